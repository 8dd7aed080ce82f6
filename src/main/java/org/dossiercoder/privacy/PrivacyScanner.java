package org.dossiercoder.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds residual personal data in extracted dossier text, to be run before the text is indexed.
 *
 * <p>Runs one detector per {@link PersonalDataCategory}; where findings of different categories
 * overlap, the longer one is kept (an IBAN contains digit runs that look like a phone number; a
 * phone number ends in 8 digits that can pass the 11-proef), ties going to the category declared
 * first. The result is sorted by offset, never overlaps, and holds masked values only.
 *
 * <p>The scanner is immutable and thread-safe: one instance can scan every document of a run.
 *
 * <pre>{@code
 * List<Finding> findings = new PrivacyScanner().scan(text, 14);
 * String safe = Redactor.redact(text, findings);
 * }</pre>
 */
public final class PrivacyScanner {
  /**
   * The year the case ages refer to: {@code cases.csv} gives each case's age on 1 January of
   * this year, the year of the Utrecht study.
   */
  public static final int REFERENCE_YEAR = 2015;

  private final List<Detector> detectors;

  /** A scanner with every detector. */
  public PrivacyScanner() {
    this(List.of(new BsnDetector(), new TelefoonDetector(), new EmailDetector(),
        new AdresDetector(), new GeboortedatumDetector(), new IbanDetector()));
  }

  PrivacyScanner(List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  /**
   * The personal data in a text.
   *
   * @param text extracted text, line ends normalised to {@code \n}
   * @param caseAge the case's age on 01-01-{@value #REFERENCE_YEAR}, or null when unknown; with
   *     it, any full date in a year the case can have been born in is reported as a birth date.
   *     A negative age (a registry typo) counts as unknown: it weakens one check, and must not
   *     stop the scan of a document.
   * @return non-overlapping findings in text order
   */
  public List<Finding> scan(String text, Integer caseAge) {
    Objects.requireNonNull(text, "text");
    Integer age = caseAge != null && caseAge >= 0 ? caseAge : null;
    List<Candidate> all = new ArrayList<>();
    for (Detector d : detectors) {
      for (Span s : d.find(text, age)) {
        all.add(new Candidate(d.category(), s));
      }
    }
    // Longest first, then earliest, then category order: the first of overlapping candidates
    // in this order wins.
    all.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
        .thenComparingInt(c -> c.span().start())
        .thenComparing(Candidate::category));
    // Kept spans never overlap, so by start they are also ordered by end: a new span overlaps
    // one of them only if it overlaps its neighbour on either side.
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : all) {
      Map.Entry<Integer, Candidate> before = kept.floorEntry(c.span().start());
      Map.Entry<Integer, Candidate> after = kept.ceilingEntry(c.span().start());
      if ((before == null || !before.getValue().span().overlaps(c.span()))
          && (after == null || !after.getValue().span().overlaps(c.span()))) {
        kept.put(c.span().start(), c);
      }
    }
    int[] lineStarts = lineStarts(text);
    List<Finding> out = new ArrayList<>(kept.size());
    for (Candidate c : kept.values()) {
      Span s = c.span();
      out.add(new Finding(c.category(), s.start(), s.end(), line(lineStarts, s.start()),
          Masking.mask(c.category(), text.substring(s.start(), s.end()))));
    }
    return List.copyOf(out);
  }

  private record Candidate(PersonalDataCategory category, Span span) {}

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** 1-based line of an offset: the number of line starts at or before it. */
  private static int line(int[] lineStarts, int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}

package org.dossiercoder.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossiercoder.privacy.DateMentions.DateMention;

/**
 * Birth dates: a date ({@code 12-03-2001}, {@code 12/03/2001}, {@code 12 maart 2001}, {@code
 * 12-3-01}) that is named as one, or whose year fits the case's age.
 *
 * <p>Named: {@code geboren}, {@code geb.}, {@code geboortedatum}, {@code geb.datum} or {@code DOB}
 * ends at most {@value #KEYWORD_REACH} characters before the date, in the same clause and with no
 * other date in between (so in "geboren 12-03-2001, aangemeld 01-09-2015" only the first is a
 * birth date, and in "geboren in Marokko; op 12-03-2015 naar Nederland" none is). A keyword
 * on the line before counts only as a label ({@code Geboortedatum:} on its own line, as in an OPP
 * header), not as the end of a sentence ("… is daar geboren.").
 *
 * <p>Fitting the age: the case's age is its age on 01-01-{@value PrivacyScanner#REFERENCE_YEAR},
 * so it was born in {@code 2015 − age − 1} or {@code 2015 − age}; any full date in those years is
 * reported, because a date that precise and that old in a school-absence dossier is nearly
 * always the pupil's birth date. Dates in 2014–2016, the years the dossiers are about, are never
 * taken for birth years.
 */
final class GeboortedatumDetector implements Detector {
  static final int KEYWORD_REACH = 30;

  private static final Pattern KEYWORD = Pattern.compile(
      "(?<!\\p{L})(?:geboren|geboortedatum|geboortedag|geb\\.? ?datum|geb\\.|geb(?!\\p{L})|dob(?!\\p{L})|d\\.o\\.b\\.)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?] +\\p{Lu}",
      Pattern.UNICODE_CHARACTER_CLASS);

  @Override
  public PersonalDataCategory category() {
    return PersonalDataCategory.GEBOORTEDATUM;
  }

  @Override
  public List<Span> find(String text, Integer caseAge) {
    List<DateMention> dates = DateMentions.find(text);
    List<Span> out = new ArrayList<>();
    int previousEnd = 0; // end of the date before this one: a keyword before it is not ours
    for (DateMention d : dates) {
      if (d.start() < previousEnd) {
        continue; // overlaps the date before; DateMentions does not produce these, but be sure
      }
      if (named(text, d.start(), previousEnd) || fitsAge(d.date().getYear(), caseAge)) {
        out.add(new Span(d.start(), d.end()));
      }
      previousEnd = d.end();
    }
    return out;
  }

  /** True when a birth keyword labels the date starting at {@code start}. */
  static boolean named(String text, int start, int previousDateEnd) {
    int from = Math.max(previousDateEnd, start - KEYWORD_REACH);
    Matcher k = KEYWORD.matcher(text);
    k.region(from, start);
    k.useTransparentBounds(true); // "ongeboren" cut by the window is no keyword
    int keywordEnd = -1;
    while (k.find()) {
      keywordEnd = k.end();
    }
    if (keywordEnd < 0) {
      return false;
    }
    String between = text.substring(keywordEnd, start);
    // Another clause began in between: "geboren in Marokko; op 12-03-2015 naar Nederland".
    if (between.indexOf(';') >= 0 || SENTENCE_END.matcher(between).find()) {
      return false;
    }
    int newline = between.indexOf('\n');
    if (newline < 0) {
      return true;
    }
    // A label line: only a colon after the keyword, then the date on the next line.
    return between.substring(0, newline).strip().matches(":?")
        && between.indexOf('\n', newline + 1) < 0;
  }

  /** True when the year is one the case can have been born in. */
  static boolean fitsAge(int year, Integer caseAge) {
    if (caseAge == null || (year >= 2014 && year <= 2016)) {
      return false;
    }
    int latest = PrivacyScanner.REFERENCE_YEAR - caseAge;
    return year == latest || year == latest - 1;
  }
}

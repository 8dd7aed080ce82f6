package org.dossiercoder.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Random;

/**
 * Generates a synthetic corpus of any size, deterministically from a seed, in the corpus layout:
 * {@code cases.csv} plus one folder per case with {@code journaal.<ext>} and, for about half the
 * cases, {@code opp.<ext>}.
 */
public final class SyntheticCorpusGenerator {

  /**
   * What was written.
   *
   * @param dir the corpus directory
   * @param cases the number of cases (rows of cases.csv and case folders)
   * @param documents the number of documents over all case folders
   * @param bytes the total size of all files written, cases.csv included
   */
  public record GeneratedCorpus(Path dir, int cases, int documents, long bytes) {}

  private SyntheticCorpusGenerator() {}

  /**
   * Writes {@code cases} cases into {@code dir}, which is created when missing and must not hold a
   * corpus (a {@code cases.csv}) already. Cases are written one at a time, so memory use does not
   * grow with the corpus. The same seed always gives the same bytes, and a case's content does not
   * depend on how many cases are generated.
   *
   * <p>{@code cases.csv}: header {@code case_id,age,sex,ethnicity,schooltype,wijk,days_2015,
   * loopt_door}, ids {@code b00001}, {@code b00002}, .... Journals: 10 to 30 entries, each a
   * paragraph starting with {@code dd-mm-2015}, in date order, 3 to 12 KB. OPPs: the six domain
   * headings, each with Belemmerende factoren, Bevorderende factoren and Ondersteuningsbehoefte
   * lines. Formats are about 70% .txt, 10% .docx, 10% .pdf, 5% .odt and 5% .rtf.
   *
   * @param dir the corpus directory
   * @param cases how many cases to generate
   * @param seed the seed; equal seeds give equal corpora
   * @return what was written
   * @throws IllegalArgumentException when {@code cases} is negative
   * @throws java.nio.file.FileAlreadyExistsException when {@code dir} has a cases.csv
   * @throws IOException when a file cannot be written
   */
  public static GeneratedCorpus generate(Path dir, int cases, long seed) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (cases < 0) {
      throw new IllegalArgumentException("cases must be >= 0, was " + cases);
    }
    Files.createDirectories(dir);
    Path csv = dir.resolve("cases.csv");
    if (Files.exists(csv)) {
      // Overwriting would leave an earlier run's documents in other formats next to the new ones.
      throw new FileAlreadyExistsException(
          csv.toString(), null, "a corpus already exists here; generate into a new directory");
    }
    FormatPlan journalFormats = new FormatPlan(Seeds.mix(seed, Seeds.JOURNAL_FORMATS));
    FormatPlan oppFormats = new FormatPlan(Seeds.mix(seed, Seeds.OPP_FORMATS));
    int documents = 0;
    long bytes = 0;
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write(CaseSampler.CSV_HEADER);
      out.write('\n');
      for (int i = 0; i < cases; i++) {
        Random random = new Random(Seeds.mix(seed, i));
        CaseProfile profile = CaseSampler.sample(i, random);
        out.write(profile.csvRow());
        out.write('\n');
        Path folder = dir.resolve(profile.caseId());
        Files.createDirectories(folder);
        Path journal = folder.resolve("journaal." + journalFormats.extension(i));
        DocumentFormatWriter.write(journal, JournalComposer.compose(profile, random));
        bytes += Files.size(journal);
        documents++;
        if (profile.hasOpp()) {
          Path opp = folder.resolve("opp." + oppFormats.extension(i));
          DocumentFormatWriter.write(opp, OppComposer.compose(profile, random));
          bytes += Files.size(opp);
          documents++;
        }
      }
    }
    bytes += Files.size(csv);
    return new GeneratedCorpus(dir, cases, documents, bytes);
  }
}

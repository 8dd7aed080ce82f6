package org.dossiercoder.index;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.dossiercoder.DossierInputException;

/**
 * The researcher-editable word lists behind the Dutch analysis, read from
 * {@code <codebooks>/lexicon/}: compound parts, stem overrides and named synonym lists.
 *
 * <p>All lists are plain UTF-8 text with {@code #} comments, so a researcher can extend them
 * without touching code. Entries are lower-cased and accent-folded the same way as the text.
 */
public final class Lexicon {
  /** File with one compound part per line. */
  public static final String COMPOUND_PARTS = "compound-parts.txt";
  /** File with {@code word<TAB>stem} lines correcting the Dutch stemmer. */
  public static final String STEM_OVERRIDES = "stem-overrides.txt";

  private final Path dir;
  private final CharArraySet compoundParts;
  private final StemmerOverrideMap stemOverrides;
  private final Map<String, SynonymMap> synonyms = new HashMap<>();

  private Lexicon(Path dir, CharArraySet compoundParts, StemmerOverrideMap stemOverrides) {
    this.dir = dir;
    this.compoundParts = compoundParts;
    this.stemOverrides = stemOverrides;
  }

  /**
   * Reads the lexicon folder of a codebook folder. A missing folder or file means an empty list.
   *
   * @throws DossierInputException naming file and line for a malformed entry
   */
  public static Lexicon load(Path codebooksDir) throws DossierInputException {
    Path dir = codebooksDir.resolve("lexicon");
    CharArraySet parts = new CharArraySet(512, false);
    Path partsFile = dir.resolve(COMPOUND_PARTS);
    List<String> lines = readLines(partsFile);
    for (int i = 0; i < lines.size(); i++) {
      String entry = entry(lines.get(i));
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.contains(" ") || entry.length() < 3) {
        throw new DossierInputException(
            partsFile, i + 1, "'" + entry + "' is not a compound part; expected one word of 3+ letters");
      }
      parts.add(fold(entry));
    }
    Path overridesFile = dir.resolve(STEM_OVERRIDES);
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    lines = readLines(overridesFile);
    for (int i = 0; i < lines.size(); i++) {
      String entry = entry(lines.get(i));
      if (entry.isEmpty()) {
        continue;
      }
      String[] cols = entry.split("\t");
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new DossierInputException(
            overridesFile, i + 1, "expected 'word<TAB>stem', found '" + entry + "'");
      }
      builder.add(fold(cols[0].strip()), fold(cols[1].strip()));
    }
    try {
      return new Lexicon(dir, parts, builder.build());
    } catch (IOException e) {
      throw new DossierInputException(overridesFile, 0, "cannot build stem overrides: " + e.getMessage(), e);
    }
  }

  /** The lexicon folder. */
  public Path dir() {
    return dir;
  }

  CharArraySet compoundParts() {
    return compoundParts;
  }

  StemmerOverrideMap stemOverrides() {
    return stemOverrides;
  }

  /**
   * The union of named synonym lists, each {@code lexicon/<name>.txt} in Solr synonym format
   * (comma-separated groups of equivalent terms, one group per line, {@code #} comments).
   *
   * @throws DossierInputException when a list does not exist or a line is malformed
   */
  public synchronized SynonymMap synonyms(List<String> names) throws DossierInputException {
    String key = String.join(",", names);
    SynonymMap map = synonyms.get(key);
    if (map != null) {
      return map;
    }
    try (Analyzer entryAnalyzer = new FoldingAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, entryAnalyzer);
      for (String name : names) {
        Path file = synonymFile(name);
        String text;
        try {
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new DossierInputException(file, 0, "cannot read as UTF-8: " + e.getMessage(), e);
        }
        try {
          parser.parse(new StringReader(text));
        } catch (ParseException e) {
          throw new DossierInputException(
              file, e.getErrorOffset(), "malformed synonym line: " + rootMessage(e), e);
        } catch (IOException | IllegalArgumentException e) {
          throw new DossierInputException(file, 0, "malformed synonym list: " + rootMessage(e), e);
        }
      }
      map = parser.build();
    } catch (IOException e) {
      throw new DossierInputException(dir, 0, "cannot build synonym lists " + names + ": " + e.getMessage(), e);
    }
    synonyms.put(key, map);
    return map;
  }

  /**
   * The file of a named synonym list.
   *
   * @throws DossierInputException when the name is malformed or the file does not exist
   */
  public Path synonymFile(String name) throws DossierInputException {
    if (!name.matches("[a-z0-9_-]+")) {
      throw new DossierInputException(
          dir, 0, "synonym list name '" + name + "' must be lower-case letters, digits, - or _");
    }
    Path file = dir.resolve(name + ".txt");
    if (!Files.isRegularFile(file)) {
      throw new DossierInputException(
          file, 0, "unknown synonym list '" + name + "'; expected this file to exist");
    }
    return file;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static List<String> readLines(Path file) throws DossierInputException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DossierInputException(file, 0, "cannot read as UTF-8: " + e.getMessage(), e);
    }
  }

  private static String entry(String line) {
    int hash = line.indexOf('#');
    String s = hash >= 0 ? line.substring(0, hash) : line;
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Lower-cases and removes accents as the analysis chain does ({@code Coördinator} gives {@code
   * coordinator}); what the lexicon, the context triggers and the absence reader compare on.
   */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    char[] out = new char[lower.length() * 4];
    int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
    return new String(out, 0, n);
  }

  /** Tokenises synonym entries the way text is tokenised before stemming. */
  static final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, ts);
    }
  }
}

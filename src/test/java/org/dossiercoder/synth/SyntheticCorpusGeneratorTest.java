package org.dossiercoder.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossiercoder.synth.SyntheticCorpusGenerator.GeneratedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusGeneratorTest {

  private static final int CASES = 20;
  private static final long SEED = 20150101L;
  private static final Pattern ENTRY_DATE = Pattern.compile("^(\\d{2})-(\\d{2})-2015(?=\\s)");
  private static final Pattern ANY_DATE = Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");

  @TempDir static Path shared;
  private static Path corpus;
  private static GeneratedCorpus generated;

  @TempDir Path dir;

  @BeforeAll
  static void generateOnce() throws IOException {
    corpus = shared.resolve("corpus");
    generated = SyntheticCorpusGenerator.generate(corpus, CASES, SEED);
  }

  @Test
  void sameSeedGivesSameBytes() throws IOException {
    Path again = dir.resolve("again");
    GeneratedCorpus second = SyntheticCorpusGenerator.generate(again, CASES, SEED);
    Map<String, byte[]> first = contents(corpus);
    Map<String, byte[]> other = contents(again);
    assertEquals(first.keySet(), other.keySet());
    for (String name : first.keySet()) {
      assertArrayEquals(first.get(name), other.get(name), name);
    }
    assertEquals(generated.documents(), second.documents());
    assertEquals(generated.bytes(), second.bytes());
  }

  @Test
  void otherSeedGivesOtherCorpus() throws IOException {
    Path other = dir.resolve("other");
    SyntheticCorpusGenerator.generate(other, CASES, SEED + 1);
    assertNotEquals(
        Files.readString(corpus.resolve("cases.csv")), Files.readString(other.resolve("cases.csv")));
  }

  @Test
  void aCaseDoesNotDependOnTheCorpusSize() throws IOException {
    Path small = dir.resolve("small");
    SyntheticCorpusGenerator.generate(small, 3, SEED);
    List<String> big = Files.readAllLines(corpus.resolve("cases.csv"));
    assertEquals(big.subList(0, 4), Files.readAllLines(small.resolve("cases.csv")));
    Map<String, byte[]> bigFiles = contents(corpus);
    Map<String, byte[]> smallFiles = contents(small);
    smallFiles.remove("cases.csv");
    for (Map.Entry<String, byte[]> e : smallFiles.entrySet()) {
      assertArrayEquals(bigFiles.get(e.getKey()), e.getValue(), e.getKey());
    }
  }

  @Test
  void casesCsvHasTheRequestedRowsAndValidValues() throws IOException {
    List<String> lines = Files.readAllLines(corpus.resolve("cases.csv"), StandardCharsets.UTF_8);
    assertEquals("case_id,age,sex,ethnicity,schooltype,wijk,days_2015,loopt_door", lines.get(0));
    assertEquals(CASES + 1, lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      assertEquals(8, f.length, lines.get(i));
      assertEquals(String.format(Locale.ROOT, "b%05d", i), f[0]);
      int age = Integer.parseInt(f[1]);
      assertTrue(age >= 12 && age <= 18, lines.get(i));
      assertTrue(Set.of("M", "V").contains(f[2]), lines.get(i));
      assertTrue(Set.of("1", "2", "3").contains(f[3]), lines.get(i));
      assertTrue(CaseSampler.SCHOOLTYPES.contains(f[4]), lines.get(i));
      assertTrue(CaseSampler.WIJKEN.contains(f[5]), lines.get(i));
      assertTrue(Integer.parseInt(f[6]) >= 0, lines.get(i));
      assertTrue(Set.of("ja", "nee").contains(f[7]), lines.get(i));
    }
  }

  @Test
  void oneFolderPerCaseWithAJournalAndSometimesAnOpp() throws IOException {
    List<Path> folders;
    try (Stream<Path> s = Files.list(corpus)) {
      folders = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    assertEquals(CASES, folders.size());
    int documents = 0;
    int opps = 0;
    Set<String> extensions = new TreeSet<>();
    for (Path folder : folders) {
      List<String> names;
      try (Stream<Path> s = Files.list(folder)) {
        names = s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      }
      assertEquals(1, names.stream().filter(n -> n.startsWith("journaal.")).count(), names::toString);
      assertTrue(names.stream().allMatch(n -> n.matches("(journaal|opp)\\.(txt|docx|pdf|odt|rtf)")));
      opps += (int) names.stream().filter(n -> n.startsWith("opp.")).count();
      documents += names.size();
      names.forEach(n -> extensions.add(n.substring(n.indexOf('.') + 1)));
    }
    assertTrue(opps > 0 && opps < CASES, "opps: " + opps);
    assertEquals(documents, generated.documents());
    assertEquals(CASES, generated.cases());
    assertEquals(corpus, generated.dir());
    long bytes = contents(corpus).values().stream().mapToLong(b -> b.length).sum();
    assertEquals(bytes, generated.bytes());
    // A block of 20 journals holds the full format mix.
    assertEquals(Set.of("txt", "docx", "pdf", "odt", "rtf"), extensions);
  }

  @Test
  void journalsAreDatedEntriesInOrderInEveryFormat() throws Exception {
    for (Path journal : documents("journaal.")) {
      String text = TikaText.extract(journal);
      List<LocalDate> dates = new ArrayList<>();
      for (String line : text.split("\\R")) {
        Matcher m = ENTRY_DATE.matcher(line.strip());
        if (m.find()) {
          dates.add(
              LocalDate.of(2015, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
      }
      assertTrue(dates.size() >= 10 && dates.size() <= 30, journal + ": " + dates.size());
      for (int i = 1; i < dates.size(); i++) {
        assertTrue(dates.get(i - 1).isBefore(dates.get(i)), journal + " at entry " + i);
      }
      String firstLine = text.strip().lines().findFirst().orElse("");
      assertTrue(ENTRY_DATE.matcher(firstLine).find(), journal + " starts with: " + firstLine);
      // Dates only ever begin entries, so wrapping or re-flowing cannot invent entries.
      long allDates = ANY_DATE.matcher(text).results().count();
      assertEquals(dates.size(), allDates, journal.toString());
    }
  }

  @Test
  void oppsHaveTheSixHeadingsEachWithThreeLines() throws Exception {
    List<Path> opps = documents("opp.");
    assertFalse(opps.isEmpty());
    for (Path opp : opps) {
      List<String> lines =
          TikaText.extract(opp).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      // In order: heading, its three labelled lines, next heading. (A PDF wraps long lines, so
      // the labels need not be on consecutive lines.)
      List<String> expected = new ArrayList<>();
      for (String heading : OppComposer.HEADINGS) {
        expected.addAll(
            List.of(
                heading,
                "Belemmerende factoren: ",
                "Bevorderende factoren: ",
                "Ondersteuningsbehoefte: "));
      }
      List<String> found = new ArrayList<>();
      for (String line : lines) {
        for (String e : expected) {
          if (line.equals(e) || (e.endsWith(" ") && line.startsWith(e))) {
            found.add(e);
            break;
          }
        }
      }
      assertEquals(expected, found, opp.toString());
    }
  }

  @Test
  void journalSizesAndEntryCountsStayInRange() {
    for (int i = 0; i < 300; i++) {
      Random random = new Random(Seeds.mix(7, i));
      CaseProfile profile = CaseSampler.sample(i, random);
      String journal = JournalComposer.compose(profile, random);
      int bytes = JournalComposer.utf8Length(journal);
      assertTrue(bytes >= 3 * 1024 && bytes <= 12_000, "case " + i + ": " + bytes + " bytes");
      long entries = journal.lines().filter(l -> ENTRY_DATE.matcher(l).find()).count();
      assertTrue(entries >= 10 && entries <= 30, "case " + i + ": " + entries + " entries");
    }
  }

  @Test
  void textsHoldNoPersonalData() {
    Pattern personal =
        Pattern.compile(
            "@|https?:|www\\.|\\d{6,}|\\d{4} ?[A-Z]{2}\\b|\\b0\\d{1,3}[- ]?\\d{6,7}\\b"
                + "|\\b(?:straat|laan|weg|plein)\\b|geboren|geboortedatum|\\bBSN\\b");
    for (int i = 0; i < 100; i++) {
      Random random = new Random(Seeds.mix(11, i));
      CaseProfile profile = CaseSampler.sample(i, random);
      String journal = JournalComposer.compose(profile, random);
      String opp = OppComposer.compose(profile, random);
      for (String text : List.of(journal, opp)) {
        Matcher m = personal.matcher(text);
        assertFalse(m.find(), () -> "case " + profile.caseId() + ": " + m.group());
      }
      assertEquals(
          journal.lines().filter(l -> ENTRY_DATE.matcher(l).find()).count(),
          ANY_DATE.matcher(journal).results().count());
    }
  }

  @Test
  void everyTemplateFills() {
    List<String> all = new ArrayList<>();
    all.addAll(PhraseBank.MELDING);
    all.addAll(PhraseBank.HEADS);
    all.addAll(PhraseBank.HYPOTHETICAL);
    all.addAll(PhraseBank.ADMIN);
    all.addAll(PhraseBank.CLOSING_OPEN);
    all.addAll(PhraseBank.CLOSING_DONE);
    for (Map<String, List<String>> bank :
        List.of(
            PhraseBank.ABSENCE,
            PhraseBank.RISK_PRESENT,
            PhraseBank.RISK_DENIED,
            PhraseBank.INTERVENTION,
            PhraseBank.PARTY)) {
      bank.values().forEach(all::addAll);
    }
    assertTrue(PhraseBank.RISK_PRESENT.keySet().containsAll(PhraseBank.RISKS));
    assertTrue(PhraseBank.RISK_DENIED.keySet().containsAll(PhraseBank.RISKS));
    assertTrue(PhraseBank.INTERVENTION.keySet().containsAll(PhraseBank.INTERVENTIONS));
    assertTrue(PhraseBank.PARTY.keySet().containsAll(PhraseBank.PARTIES));
    for (String sex : List.of("M", "V")) {
      CaseProfile profile =
          new CaseProfile(
              "b00001", 14, sex, 1, "havo", "Oost", 10, true, "eenmalig", List.of("gedrag"),
              List.of("procedureel"), List.of("ouders"), "moeder", true);
      Templates templates = new Templates(profile, new Random(1));
      for (String template : all) {
        String filled = templates.fill(template);
        assertFalse(filled.contains("{") || filled.contains("}"), filled);
        assertTrue(Character.isUpperCase(filled.charAt(0)), filled);
        assertTrue(filled.endsWith("."), filled);
      }
    }
  }

  @Test
  void formatMixIsExactPerBlock() {
    FormatPlan plan = new FormatPlan(99);
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < 200; i++) {
      counts.merge(plan.extension(i), 1, Integer::sum);
    }
    assertEquals(Map.of("docx", 20, "odt", 10, "pdf", 20, "rtf", 10, "txt", 140), counts);
  }

  @Test
  void refusesAnExistingCorpusAndNegativeCounts() throws IOException {
    Path target = dir.resolve("twice");
    GeneratedCorpus empty = SyntheticCorpusGenerator.generate(target, 0, 1);
    assertEquals(0, empty.documents());
    assertEquals(1, Files.readAllLines(target.resolve("cases.csv")).size());
    assertThrows(
        FileAlreadyExistsException.class, () -> SyntheticCorpusGenerator.generate(target, 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> SyntheticCorpusGenerator.generate(dir.resolve("neg"), -1, 1));
  }

  private static List<Path> documents(String prefix) throws IOException {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Every file under {@code root} by relative path (with '/'), in a sorted map. */
  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }
}

package org.dossiercoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.DossierInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code agreement} in-process, with the project's codebooks. */
class AgreementCommandTest {
  private static final Path CODEBOOKS = Path.of("codebooks");
  private static final String HEADER = "case_id,risicoprofiel.gedrag,verzuimpatroon.eenmalig,verzuimpatroon.langdurig_licht,"
      + "verzuimpatroon.langdurig_zwaar,verzuimpatroon.escalerend,verzuimpatroon.afnemend";

  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  /** Runs the command as Main does: input errors print one {@code error:} line and exit 2. */
  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new AgreementCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof DossierInputException d) {
        commandLine.getErr().println("error: " + d.getMessage());
        return ExitCodes.USAGE;
      }
      throw ex;
    });
    cl.setExitCodeExceptionMapper(ex -> ExitCodes.USAGE);
    int exit = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    return new Result(exit, out.toString(), err.toString());
  }

  private Path file(String name, String... rows) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void printsTheTableAndWritesBothCsvs() throws Exception {
    // gedrag: A 1 0 1 0, B 1 0 0 0 -> observed 0.75, kappa 0.5, alpha 1 - 7*1/(5*3) = 0.533
    Path a = file("anna.csv", "c1,1,1,0,0,0,0", "c2,0,0,0,0,1,0", "c3,1,0,0,0,0,0", "c4,0,0,1,0,0,0");
    Path b = file("bram.csv", "c1,1,1,0,0,0,0", "c2,0,0,0,0,0,1", "c3,0,0,0,0,0,0", "c4,0,0,1,0,0,0", "c9,1,0,0,0,0,0");
    Path dis = dir.resolve("consensus/disagreements.csv");
    Result r = run(a.toString(), b.toString(), "--codebooks", CODEBOOKS.toString(), "--disagreements", dis.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("coders: anna, bram"), r.out());
    assertTrue(r.out().matches("(?s).*variable\\s+n\\s+coders\\s+observed\\s+kappa\\s+alpha.*"), r.out());
    assertTrue(r.out().matches("(?s).*risicoprofiel\\.gedrag\\s+4\\s+2\\s+0\\.750\\s+0\\.500\\s+0\\.533\n.*"), r.out());
    // verzuimpatroon: c1 eenmalig/eenmalig, c2 escalerend/afnemend, c3 geen/geen, c4 licht/licht
    assertTrue(r.out().matches("(?s).*\nverzuimpatroon\\s+4\\s+2\\s+0\\.750\\s.*"), r.out());

    List<String> csv = Files.readAllLines(dir.resolve("agreement.csv"), StandardCharsets.UTF_8);
    assertEquals("variable,n,coders,observed,kappa,alpha", csv.get(0));
    assertEquals("risicoprofiel.gedrag,4,2,0.750,0.500,0.533", csv.get(1));
    assertEquals("verzuimpatroon.eenmalig,4,2,1.000,1.000,1.000", csv.get(2));
    assertEquals("verzuimpatroon.langdurig_zwaar,4,2,1.000,NA,NA", csv.get(4));
    assertTrue(csv.get(csv.size() - 1).startsWith("overall,24,2,"), csv.toString());

    assertEquals(List.of(
        "case_id,variable,anna,bram",
        "c2,verzuimpatroon.escalerend,1,0",
        "c2,verzuimpatroon.afnemend,0,1",
        "c2,verzuimpatroon,escalerend,afnemend",
        "c3,risicoprofiel.gedrag,1,0"), Files.readAllLines(dis, StandardCharsets.UTF_8));
  }

  @Test
  void twoCodersWithNoCaseInCommonWriteNothing() throws Exception {
    Path a = file("anna.csv", "c1,1,1,0,0,0,0");
    Path b = file("bram.csv", "c2,1,1,0,0,0,0");
    Path dis = dir.resolve("dis.csv");
    Result r = run(a.toString(), b.toString(), "--codebooks", CODEBOOKS.toString(), "--disagreements", dis.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertEquals("error: coders 'anna' and 'bram' have no case in common; nothing to compare", r.err().strip());
    assertEquals("", r.out());
    assertFalse(Files.exists(dir.resolve("agreement.csv")));
    assertFalse(Files.exists(dis));
  }

  @Test
  void needsTwoFilesAndNeverOverwritesOne() throws Exception {
    Path a = file("anna.csv", "c1,1,1,0,0,0,0");
    Result one = run(a.toString(), "--codebooks", CODEBOOKS.toString());
    assertEquals(ExitCodes.USAGE, one.exit());
    assertFalse(Files.exists(dir.resolve("agreement.csv")));

    Path b = file("agreement.csv", "c1,1,1,0,0,0,0");
    Result clash = run(a.toString(), b.toString(), "--codebooks", CODEBOOKS.toString());
    assertEquals(ExitCodes.USAGE, clash.exit());
    assertTrue(clash.err().startsWith("error: ") && clash.err().contains("--csv would overwrite"), clash.err());
    assertEquals(HEADER + "\nc1,1,1,0,0,0,0\n", Files.readString(b, StandardCharsets.UTF_8));
  }

  @Test
  void malformedFileIsOneErrorLine() throws Exception {
    Path a = file("anna.csv", "c1,1,1,0,0,0,0");
    Path b = file("bram.csv", "c1,ja,1,0,0,0,0");
    Result r = run(a.toString(), b.toString(), "--codebooks", CODEBOOKS.toString());
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().startsWith("error: ") && r.err().contains("expected 0 or 1"), r.err());
    assertEquals(1, r.err().strip().lines().count());
  }

  @Test
  void theBundledSecondCodingMeetsTheFirstOnTheCasesBothCoded() throws Exception {
    // corpus-sample/gold-second-coder.csv holds an independent second coding of 108 held-out cases
    // (c821-c928); gold.csv holds all 928, so every variable is compared over those 108.
    Path csv = dir.resolve("agreement.csv");
    Result r = run("corpus-sample/gold.csv", "corpus-sample/gold-second-coder.csv",
        "--codebooks", CODEBOOKS.toString(), "--csv", csv.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("coders: gold, gold-second-coder"), r.out());
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertTrue(rows.get(1).startsWith("risicoprofiel.gedrag,108,2,"), rows.get(1));
    assertTrue(rows.stream().anyMatch(l -> l.startsWith("verzuimpatroon,108,2,")), rows.toString());
    assertTrue(rows.get(rows.size() - 1).startsWith("overall,3456,2,"), rows.get(rows.size() - 1));
  }
}

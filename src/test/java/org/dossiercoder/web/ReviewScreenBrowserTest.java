package org.dossiercoder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.dossiercoder.Project;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionAction;
import org.dossiercoder.store.DecisionScope;
import org.dossiercoder.store.StoredSegment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review screen in a real headless Chromium: accept, reject and add a coding by selecting
 * text, then check the stored decisions through {@link Project} and the tables page. Uses the
 * system's chromium and chromedriver (CI installs them); skipped only when they are absent.
 * Screenshots of each page at laptop size go to {@code target/screenshots/}.
 */
class ReviewScreenBrowserTest {
  static final Path CHROMIUM = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
  static final Path CHROMEDRIVER = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static ReviewFixture fixture;
  static ReviewServer server;
  static ChromeDriver browser;
  /** Held so the level sticks: Selenium warns that it has no CDP bindings for this Chromium, which it does not need. */
  static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  private static Path firstExisting(String... paths) {
    for (String p : paths) {
      if (Files.isExecutable(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(CHROMIUM != null && CHROMEDRIVER != null,
        "browser tests skipped: chromium and chromium-driver are not installed (.ci/run installs them)");
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    fixture = ReviewFixture.create(dir);
    server = fixture.start("anna");
    // The system's driver, named explicitly, so Selenium Manager never looks for or downloads one.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1366,768");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1366, 768));
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void open(String path) {
    browser.get(server.uri().resolve(path).toString());
  }

  private static void shot(String name) throws Exception {
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static StoredSegment segment(String caseId, String words) throws Exception {
    try (Project p = fixture.project()) {
      return ReviewFixture.segment(p, caseId, words);
    }
  }

  private static Decision lastDecision(String caseId) throws Exception {
    try (Project p = fixture.project()) {
      List<Decision> h = p.history(caseId);
      return h.isEmpty() ? null : h.get(h.size() - 1);
    }
  }

  /** The count a tables page cell shows. */
  private static String cell(String table, String row, String column) {
    open("/tables");
    return browser.findElement(By.cssSelector("#" + table + " td[data-row='" + row + "'][data-col='" + column + "'] .n"))
        .getText();
  }

  /** The card of a proposal on the current page. */
  private static WebElement card(String key, String column) {
    return browser.findElement(By.cssSelector(".card[data-key='" + key + "'][data-column='" + column + "']"));
  }

  private static void waitForPage(String urlPart) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(urlPart)
        && ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
  }

  @Test
  void casesPageListsTheCasesWithTheCoder() throws Exception {
    open("/");
    assertEquals("anna", browser.findElement(By.id("coder")).getText());
    assertEquals(3, browser.findElements(By.cssSelector("#cases tbody tr")).size());
    shot("cases");
    browser.findElement(By.linkText("k2")).click();
    waitForPage("/case?id=k2");
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("k2"));
    shot("case");
  }

  @Test
  void thePageTextIsTheDocumentTextSoSelectionsMapToOffsets() throws Exception {
    open("/document?id=k1%2Fjournaal.txt");
    Object shown = browser.executeScript("return document.getElementById('doctext').textContent");
    try (Project p = fixture.project()) {
      assertEquals(p.store().documentText("k1/journaal.txt"), shown);
    }
  }

  @Test
  void rejectingACountedProposalLowersTheTable() throws Exception {
    StoredSegment seg = segment("k1", "brutaal");
    int before = Integer.parseInt(cell("tabel3", "risicoprofiel.gedrag", "n"));
    open("/document?id=k1%2Fjournaal.txt");
    assertTrue(card(seg.key(), "risicoprofiel.gedrag").getAttribute("class").contains("counted"));
    shot("document");
    card(seg.key(), "risicoprofiel.gedrag").findElement(By.cssSelector("button.reject")).click();
    waitForPage("#s" + seg.ordinal());
    assertTrue(card(seg.key(), "risicoprofiel.gedrag").getAttribute("class").contains("rejected"));
    assertFalse(browser.findElements(By.cssSelector("#s" + seg.ordinal() + " mark.rejected")).isEmpty(),
        "the sentence shows the rejected highlight");
    Decision d = lastDecision("k1");
    assertEquals(DecisionAction.REJECT, d.action());
    assertEquals(seg.key(), d.segmentKey());
    assertEquals("gedrag", d.code());
    assertEquals("anna", d.coder());
    assertEquals(before - 1, Integer.parseInt(cell("tabel3", "risicoprofiel.gedrag", "n")), "the table follows at once");
  }

  @Test
  void acceptingAProposalThatDidNotCountRaisesTheTable() throws Exception {
    StoredSegment seg = segment("k2", "Broer");
    String before = cell("tabel3", "risicoprofiel.gedrag", "n");
    open("/document?id=k2%2Fjournaal.txt");
    WebElement proposal = card(seg.key(), "risicoprofiel.gedrag");
    assertTrue(proposal.getAttribute("class").contains("notcounted"), "about the brother: does not count");
    proposal.findElement(By.cssSelector("button.accept")).click();
    waitForPage("#s" + seg.ordinal());
    assertTrue(card(seg.key(), "risicoprofiel.gedrag").getAttribute("class").contains("accepted"));
    Decision d = lastDecision("k2");
    assertEquals(DecisionAction.ACCEPT, d.action());
    assertEquals(seg.key(), d.segmentKey());
    assertEquals(Integer.parseInt(before) + 1, Integer.parseInt(cell("tabel3", "risicoprofiel.gedrag", "n")));
  }

  @Test
  void selectingWordsAndChoosingACodeAddsASpanCoding() throws Exception {
    StoredSegment seg = segment("k3", "slaapt slecht");
    String before = cell("tabel7", "interventie.hulp", "n");
    open("/document?id=k3%2Fjournaal.txt");
    select("slaapt slecht", "slaapt slecht");
    WebElement form = browser.findElement(By.id("add-form"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> form.isDisplayed());
    assertEquals("slaapt slecht", browser.findElement(By.id("add-quote")).getText());
    new Select(browser.findElement(By.id("add-code"))).selectByValue("interventie.hulp");
    browser.findElement(By.id("add-span")).click();
    waitForPage("#s" + seg.ordinal());
    Decision d = lastDecision("k3");
    assertEquals(DecisionAction.ADD, d.action());
    assertEquals(DecisionScope.SPAN, d.scope());
    assertEquals(seg.key(), d.segmentKey());
    assertEquals("slaapt slecht", d.text());
    assertEquals(seg.text().indexOf("slaapt slecht"), d.start());
    assertEquals("slaapt slecht", browser.findElement(By.cssSelector("#s" + seg.ordinal() + " mark.manual")).getText());
    shot("document-added");
    assertEquals(Integer.parseInt(before) + 1, Integer.parseInt(cell("tabel7", "interventie.hulp", "n")));
    shot("tables");
  }

  @Test
  void aSelectionAcrossSentencesIsRefusedBeforeItIsSent() throws Exception {
    open("/document?id=k1%2Fjournaal.txt");
    select("Melding door school", "mentor");
    WebElement hint = browser.findElement(By.id("add-hint"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> hint.getText().contains("within one sentence"));
    assertFalse(browser.findElement(By.id("add-span")).isEnabled());
    assertFalse(browser.findElement(By.id("add-sentence")).isEnabled());
  }

  /** Selects the document text from the start of one phrase to the end of another, as a mouse would. */
  private static void select(String from, String to) {
    browser.executeScript("""
        var text = document.getElementById('doctext');
        var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        var nodes = [], all = '', n;
        while ((n = walker.nextNode())) { nodes.push([n, all.length]); all += n.data; }
        function point(at) {
          for (var i = nodes.length - 1; i >= 0; i--) {
            if (nodes[i][1] <= at) { return [nodes[i][0], at - nodes[i][1]]; }
          }
        }
        var a = all.indexOf(arguments[0]), b = all.indexOf(arguments[1], a) + arguments[1].length;
        var s = point(a), e = point(b);
        var r = document.createRange();
        r.setStart(s[0], s[1]);
        r.setEnd(e[0], e[1]);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(r);
        text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        """, from, to);
  }
}

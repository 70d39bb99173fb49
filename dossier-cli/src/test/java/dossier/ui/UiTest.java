package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests (docs/UI.md): the sample dossier served once per JVM
 * ({@link UiHarness}), a page opened with {@link #open}, waiting on the router's
 * {@code main[data-state]}, and after each test a screenshot in target/screenshots/CLASS-METHOD.png
 * and a failure for any SEVERE browser console entry (uncaught error, failed request) that the
 * test did not {@link #allowConsoleError allow}.
 */
abstract class UiTest {
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  protected UiHarness ui;
  protected ChromeDriver driver;
  private final List<Pattern> allowed = new ArrayList<>();
  private String name;

  @BeforeEach
  void openBrowser(TestInfo info) {
    ui = UiHarness.get();
    driver = ui.driver;
    name = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    driver.manage().logs().get(LogType.BROWSER); // drops what earlier tests left
  }

  @AfterEach
  void screenshotAndConsole() throws IOException {
    if (driver == null) {
      return; // the harness did not start: openBrowser has failed the test with the reason
    }
    Files.createDirectories(SCREENSHOTS);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    List<String> severe = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()
          && allowed.stream().noneMatch(p -> p.matcher(e.getMessage()).find())) {
        severe.add(e.getMessage());
      }
    }
    if (!severe.isEmpty()) {
      fail("browser console errors on " + driver.getCurrentUrl() + ":\n  " + String.join("\n  ", severe));
    }
  }

  /** Lets console errors matching {@code regex} pass (e.g. the 400 a test provokes on purpose). */
  protected void allowConsoleError(String regex) {
    allowed.add(Pattern.compile(regex));
  }

  /** The server the pages come from: the shared sample dossier's, unless a test serves another. */
  protected String baseUrl() {
    return ui.url();
  }

  /** Opens a page by its hash path ("" = overview, "story/ID", "search?q=x") and waits until it is shown. */
  protected void open(String hashPath) {
    driver.get("about:blank"); // a fresh page load: the same URL with another hash would not reload
    driver.get(baseUrl() + "#/" + hashPath);
    awaitPage();
  }

  /** Waits until the router has rendered the current page (main[data-state] ready); fails on error. */
  protected void awaitPage() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      String s = d.findElement(By.id("main")).getAttribute("data-state");
      return "ready".equals(s) || "error".equals(s);
    });
    WebElement main = driver.findElement(By.id("main"));
    assertEquals("ready", main.getAttribute("data-state"), () -> "page failed: " + main.getText());
  }

  /** Clicks and waits for the page the click leads to (a link within the UI). */
  protected void clickThrough(WebElement link) {
    navigate(link::click);
  }

  /**
   * Runs {@code action} (a click, Enter in a form) and waits for the router to render the page it
   * leads to: main[data-render] changes, then main[data-state] becomes ready.
   */
  protected void navigate(Runnable action) {
    String before = driver.findElement(By.id("main")).getAttribute("data-render");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      String now = d.findElement(By.id("main")).getAttribute("data-render");
      return now != null && !now.equals(before);
    });
    awaitPage();
  }

  protected WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  protected WebElement one(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** The h1 of the page shown. */
  protected String heading() {
    return one("main h1").getText();
  }

  protected Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Presses Tab until the focused element matches {@code css}; fails after {@code max} presses. */
  protected WebElement tabTo(String css, int max) {
    for (int i = 0; i < max; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      if ((Boolean) js("return arguments[0].matches(arguments[1])", active, css)) {
        return active;
      }
    }
    fail("Tab did not reach " + css + " within " + max + " presses");
    return null;
  }

  /** Asserts the focused element draws a visible focus outline. */
  protected void assertFocusVisible(WebElement el) {
    String outline = (String) js("const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth", el);
    assertTrue(!outline.startsWith("none") && !outline.endsWith(" 0px"), "no visible focus outline: " + outline);
  }
}

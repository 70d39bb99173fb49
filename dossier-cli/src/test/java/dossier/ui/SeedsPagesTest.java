package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dossier.web.DossierServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The same pages and flows on a dossier of the real seed articles (../shared/seeds, outside the
 * repository; skipped with a message where it is absent): each page renders and leaves no console
 * error (checked after each test by {@link UiTest}). Real text brings what invented text may not:
 * long bodies, boilerplate, odd dates, copies across outlets.
 */
class SeedsPagesTest extends UiTest {
  /** From the module folder Surefire runs in: the project's sibling folder shared/seeds. */
  private static final Path SEEDS = Path.of("../../shared/seeds");
  private static DossierServer server;
  private static Path home;

  @BeforeAll
  static void serveSeeds() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), SEEDS.toAbsolutePath() + " is absent: the seeds' pages are not tested");
    UiHarness.requireBrowser();
    home = Files.createTempDirectory("dossier-ui-seeds-");
    Path out = home.resolve("seeds");
    UiHarness.build(SEEDS, out);
    server = DossierServer.start(out, c -> c.port = 0);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.stop();
    }
    if (home != null) {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Override
  protected String baseUrl() {
    return server.url();
  }

  @Test
  void overviewAndSearch() {
    open("");
    waitFor(By.cssSelector(".chart svg"));
    open("search?q=said");
    assertFalse(all("ol.hits > li").isEmpty(), "every seed article says something");
  }

  @Test
  void storyArticleAndItsCopy() {
    open("stories?sort=largest");
    clickThrough(one("main ol.list > li a"));
    assertFalse(heading().isBlank());
    clickThrough(one(".dup-group .article-line a"));
    assertFalse(one("main h1").getText().isBlank());
  }

  @Test
  void timelineEventEvidence() {
    open("timeline");
    waitFor(By.cssSelector(".chart svg"));
    WebElement button = one("#tl-table .evidence-button");
    String event = button.getAttribute("data-event");
    button.click();
    waitFor(By.cssSelector("#event-panel ol.evidence li blockquote"));
    assertEquals(event, one("#event-panel").getAttribute("data-event"));
  }

  @Test
  void entityNetworkFiguresAndEntities() {
    open("entities");
    clickThrough(one("main table tbody tr td a[href^='#/entity/']"));
    waitFor(By.cssSelector(".chart svg"));
    open("figures");
    waitFor(By.cssSelector(".chart svg"));
  }
}

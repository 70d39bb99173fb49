package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * The pages of part 2 (timeline with an event open, entity, entities, figures) at laptop width and
 * the timeline and figures at tablet width, full-page screenshots as target/screenshots/ui-NAME.png;
 * with {@code -Ddossier.docs.img=DIR} (e.g. ../docs/img) also there, for the README.
 */
class TimelineEntityFiguresScreenshotsTest extends UiTest {
  @Test
  void timeline() throws IOException {
    open("timeline");
    waitFor(By.cssSelector(".chart svg"));
    one("#tl-table .evidence-button").click();
    waitFor(By.cssSelector("#event-panel ol.evidence li blockquote"));
    save("timeline", 1280);
  }

  @Test
  void timelineAtTabletWidth() throws IOException {
    driver.manage().window().setSize(new Dimension(768, 1024));
    open("timeline");
    waitFor(By.cssSelector(".chart svg"));
    save("timeline-tablet", 768);
  }

  @Test
  void entity() throws IOException {
    open("entities");
    save("entities", 1280);
    clickThrough(one("main table tbody tr td a[href^='#/entity/']"));
    waitFor(By.cssSelector(".chart svg"));
    assertFalse(all("main .evidence-button").isEmpty());
    save("entity", 1280);
  }

  @Test
  void figures() throws IOException {
    open("figures");
    waitFor(By.cssSelector(".chart svg"));
    save("figures", 1280);
  }

  @Test
  void figuresAtTabletWidth() throws IOException {
    driver.manage().window().setSize(new Dimension(768, 1024));
    open("figures");
    waitFor(By.cssSelector(".chart svg"));
    save("figures-tablet", 768);
  }

  /** A screenshot of the whole page: the window grown to the document's height first. */
  private void save(String name, int width) throws IOException {
    long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 4000)));
    js("window.scrollTo(0, 0)");
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(SCREENSHOTS);
    Files.copy(shot, SCREENSHOTS.resolve("ui-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    String docs = System.getProperty("dossier.docs.img");
    if (docs != null && !docs.isBlank()) {
      Files.createDirectories(Path.of(docs));
      Files.copy(shot, Path.of(docs, "ui-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

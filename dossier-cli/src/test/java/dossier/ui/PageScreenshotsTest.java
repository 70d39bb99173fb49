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
 * Each page of part 1 loads on the sample dossier without console errors, and its full-page
 * screenshot is saved as target/screenshots/ui-NAME.png; with {@code -Ddossier.docs.img=DIR}
 * (e.g. ../docs/img) also there, for the README.
 */
class PageScreenshotsTest extends UiTest {
  @Test
  void overview() throws IOException {
    open("");
    waitFor(By.cssSelector(".chart svg"));
    save("overview", 1280);
  }

  @Test
  void search() throws IOException {
    open("search?q=ceasefire");
    assertFalse(all("ol.hits > li").isEmpty());
    save("search", 1280);
  }

  @Test
  void story() throws IOException {
    open("stories?sort=largest");
    clickThrough(one("main ol.list > li a"));
    save("story", 1280);
  }

  @Test
  void article() throws IOException {
    open("stories?sort=largest");
    clickThrough(one("main ol.list > li a"));
    clickThrough(one(".dup-group .copies .article-line a"));
    save("article", 1280);
  }

  @Test
  void storyAtTabletWidth() throws IOException {
    driver.manage().window().setSize(new Dimension(768, 1024));
    open("stories?sort=largest");
    clickThrough(one("main ol.list > li a"));
    save("story-tablet", 768);
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

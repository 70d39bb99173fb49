package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The stories list, a story, and an article with its marks, removed lines and evidence links. */
class StoryArticlePageTest extends UiTest {
  @Test
  void storiesListOpensAStory() {
    open("stories?sort=largest");
    List<WebElement> stories = all("main ol.list > li");
    assertTrue(stories.size() >= 10, "the sample has 16 stories: " + stories.size());
    String first = stories.get(0).findElement(By.tagName("a")).getText();
    clickThrough(stories.get(0).findElement(By.tagName("a")));
    assertEquals(first, heading());
    assertTrue(driver.getTitle().startsWith(first), driver.getTitle());
    assertEquals("page", one("#nav a[data-route='stories']").getAttribute("aria-current"));
  }

  @Test
  void articleMarksEntitiesTimesEventsAndFigures() {
    openLargestStoryArticle();
    assertFalse(all(".text a.hl.ent[href^='#/entity/']").isEmpty(), "entities link to their pages");
    assertFalse(all(".text mark.time").isEmpty(), "time expressions marked");
    assertFalse(all(".text .hl.ev").isEmpty(), "event evidence marked");
    assertFalse(all(".text .hl.fig").isEmpty(), "figure evidence marked");
    // a layer can be switched off, from the keyboard
    WebElement box = tabTo("#show-ent", 40);
    box.sendKeys(Keys.SPACE);
    assertTrue(one("section.article").getAttribute("class").contains("hide-ent"));
    assertEquals("none", js("return getComputedStyle(document.querySelector('.hl.ent')).backgroundImage"));
  }

  @Test
  void removedLinesShowOnDemandWithTheirReasons() {
    openLargestStoryArticle();
    WebElement details = one("#removed");
    assertFalse(details.findElement(By.tagName("table")).isDisplayed(), "hidden until asked for");
    details.findElement(By.tagName("summary")).click();
    List<WebElement> rows = details.findElements(By.cssSelector("tbody tr"));
    assertFalse(rows.isEmpty());
    for (WebElement r : rows) {
      assertFalse(r.findElements(By.tagName("td")).get(2).getText().isBlank(), "every cut has a reason");
    }
  }

  @Test
  void evidenceLinkMarksThePassage() {
    openLargestStoryArticle();
    WebElement show = all("section a").stream().filter(a -> a.getText().equals("show")).findFirst().orElseThrow();
    clickThrough(show);
    assertTrue(driver.getCurrentUrl().contains("at="), driver.getCurrentUrl());
    WebElement target = waitFor(By.id("target"));
    assertFalse(target.getText().isBlank());
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
        .until(d -> "target".equals(d.switchTo().activeElement().getAttribute("id")));
  }

  @Test
  void unknownStoryIsAnErrorTheUserSees() {
    allowConsoleError("status of 404");
    driver.get("about:blank");
    driver.get(ui.url() + "#/story/no-such-story");
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
        .until(d -> "error".equals(d.findElement(By.id("main")).getAttribute("data-state")));
    assertTrue(one("main [role=alert]").getText().contains("not found"), one("main [role=alert]").getText());
    assertTrue(one("#status").getText().startsWith("Error"), "announced in the live region");
  }

  private void openLargestStoryArticle() {
    open("stories?sort=largest");
    clickThrough(one("main ol.list > li a"));
    clickThrough(one(".dup-group .article-line a"));
    assertTrue(driver.getCurrentUrl().contains("#/article/"), driver.getCurrentUrl());
  }
}

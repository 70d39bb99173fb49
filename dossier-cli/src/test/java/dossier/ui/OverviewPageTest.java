package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The overview: counts, activity chart (ECharts from its WebJar), top entities, stories. */
class OverviewPageTest extends UiTest {
  @Test
  void showsCountsChartEntitiesAndStories() {
    open("");
    assertEquals("Overview", heading());
    List<WebElement> stats = all("dl.stats > div");
    assertTrue(stats.size() >= 6, "counts shown");
    String articles = stats.get(0).findElement(By.tagName("dd")).getText();
    assertTrue(Integer.parseInt(articles.replace(",", "")) >= 20, "the sample has 22 pages: " + articles);
    // the chart library came from the WebJar and drew an SVG
    WebElement chart = waitFor(By.cssSelector(".chart svg"));
    assertTrue(chart.isDisplayed());
    assertFalse(one(".chart").getAttribute("aria-label").isBlank());
    assertFalse(all("section[aria-labelledby] li a[href^='#/entity/']").isEmpty(), "top entities link to their pages");
    assertFalse(all("a[href^='#/story/']").isEmpty(), "stories link to their pages");
  }
}

package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The main flow on the sample corpus: search → story → article → the copy's diff against its
 * original; facets narrow the query; a malformed query is explained, not a blank page.
 */
class SearchFlowTest extends UiTest {
  @Test
  void searchThenStoryThenCopyThenItsDiff() {
    open("search");
    WebElement q = one("#q");
    q.sendKeys("toll Tarsen");
    navigate(() -> q.sendKeys(Keys.ENTER));
    assertTrue(driver.getCurrentUrl().contains("q="), driver.getCurrentUrl());
    List<WebElement> hits = all("ol.hits > li");
    assertFalse(hits.isEmpty(), "the sample has articles about the toll and the talks in Tarsen");
    assertFalse(all("ol.hits mark").isEmpty(), "snippets mark the words found");
    // the wire story reached four outlets: one hit for the group, its copies counted
    WebElement group = hits.stream().filter(h -> h.getText().contains("copies")).findFirst().orElseThrow();
    clickThrough(group.findElement(By.linkText("open the story")));

    assertTrue(driver.getCurrentUrl().contains("#/story/"), driver.getCurrentUrl());
    assertFalse(all("p.summary sup a[href^='#/article/']").isEmpty(), "summary sentences cite their articles");
    WebElement dup = one(".dup-group");
    assertTrue(dup.getText().contains("Original:"), dup.getText());
    List<WebElement> copies = dup.findElements(By.cssSelector(".copies > li"));
    assertTrue(copies.size() >= 2, "copies listed under the original: " + dup.getText());
    assertTrue(copies.get(0).getText().contains(" copied "), "syndication said in words: " + copies.get(0).getText());
    assertFalse(all("section table tbody tr").isEmpty(), "events and figures of the story");

    clickThrough(copies.get(0).findElement(By.cssSelector(".article-line a")));
    assertTrue(driver.getCurrentUrl().contains("#/article/"), driver.getCurrentUrl());
    WebElement diff = waitFor(By.id("diff-h"));
    assertEquals("Differences from the original", diff.getText());
    assertFalse(all("#diff ins, #diff del, #diff .d-add, #diff .d-edit").isEmpty(), "the copy's changes are marked");
    // and back to the original through the link in the diff section
    clickThrough(one("section[aria-labelledby='diff-h'] p a[href^='#/article/']"));
    assertEquals("Copies of this article", one("#diff-h").getText());
  }

  @Test
  void facetNarrowsTheQuery() {
    open("search?q=ceasefire");
    int before = hitCount();
    WebElement outlet = one(".facets .facet-list a");
    String name = outlet.getText();
    clickThrough(outlet);
    assertTrue(one("#q").getAttribute("value").contains("outlet:\"" + name + "\""), one("#q").getAttribute("value"));
    int after = hitCount();
    assertTrue(after > 0 && after <= before, before + " → " + after);
  }

  @Test
  void malformedQueryIsExplained() {
    allowConsoleError("status of 400");
    open("search?q=" + java.net.URLEncoder.encode("\"unclosed AND", java.nio.charset.StandardCharsets.UTF_8));
    WebElement alert = waitFor(By.cssSelector("main [role=alert]"));
    assertTrue(alert.getText().startsWith("Could not load"), alert.getText());
    assertTrue(one("#q").isDisplayed(), "the form stays to fix the query");
  }

  @Test
  void keyboardReachesTheSearchFieldFacetsAndHits() {
    open("search?q=talks");
    WebElement field = tabTo("#q", 15);
    assertFocusVisible(field);
    tabTo("#kind", 3);
    tabTo("button[type=submit]", 3);
    WebElement facet = tabTo(".facets a", 3);
    assertFocusVisible(facet);
    WebElement hit = tabTo("ol.hits a", 80);
    navigate(() -> hit.sendKeys(Keys.ENTER));
    assertFalse(heading().isBlank());
  }

  private int hitCount() {
    return Integer.parseInt(one("#hits-h").getText().split(" ")[0].replace(",", ""));
  }
}

package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The figures page: claims by kind over time, disputes side by side, every claim. */
class FiguresPageTest extends UiTest {
  @Test
  void showsClaimsChartAndDisputesWithClaimantsAndSources() {
    open("figures");
    assertEquals("Figures", heading());
    waitFor(By.cssSelector(".chart svg"));
    assertTrue(one(".chart").getAttribute("aria-label").contains("claims per month by kind"));
    List<WebElement> disputes = all("article.dispute");
    assertFalse(disputes.isEmpty(), "the sample's claimants disagree");
    List<WebElement> claims = disputes.get(0).findElements(By.cssSelector("li.claim"));
    assertTrue(claims.size() >= 2, "a dispute sets at least two claims side by side");
    // side by side at laptop width: the first two claims share a row
    assertEquals(claims.get(0).getLocation().getY(), claims.get(1).getLocation().getY());
    for (WebElement c : claims) {
      assertFalse(c.findElement(By.cssSelector(".value")).getText().isBlank());
      assertTrue(c.getText().contains("Claimed by"), c.getText());
    }
    WebElement source = claims.get(0).findElement(By.cssSelector("ul.sources a[href^='#/article/']"));
    String title = source.getText();
    clickThrough(source);
    assertEquals(title, heading());
  }

  @Test
  void theChartsNumbersAreBuiltWhenAskedFor() {
    open("figures");
    WebElement numbers = one("main section details");
    assertTrue(numbers.findElements(By.tagName("table")).isEmpty(), "no table until opened");
    numbers.findElement(By.tagName("summary")).click();
    WebElement table = new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> numbers.findElements(By.tagName("table")).stream().findFirst().orElse(null));
    assertTrue(table.isDisplayed());
    assertFalse(table.findElements(By.cssSelector("tbody tr")).isEmpty(), "one row per month and kind");
    numbers.findElement(By.tagName("summary")).click(); // closed and opened again: still one table
    numbers.findElement(By.tagName("summary")).click();
    assertEquals(1, numbers.findElements(By.tagName("table")).size());
  }

  @Test
  void kindFilterAndChartMeasure() {
    open("figures");
    new Select(one("#fig-kind")).selectByValue("KILLED");
    navigate(() -> one("form.filters button[type=submit]").click());
    List<WebElement> kinds = all("main table tbody tr td:nth-child(2)");
    assertFalse(kinds.isEmpty());
    // the claims table (second column = kind) holds killed figures only
    all("main section:last-of-type table tbody tr td:nth-child(2)").forEach(td -> assertEquals("killed", td.getText()));
    waitFor(By.cssSelector(".chart svg"));
    one("#fig-measure-max").click();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> one(".chart").getAttribute("aria-label").startsWith("Line chart"));
  }
}

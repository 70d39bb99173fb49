package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The entity list and an entity's page: mentions chart, events, network, click to another entity. */
class EntityPageTest extends UiTest {
  /** Opens the entity list and the most mentioned entity; returns its name. */
  String openTopEntity() {
    open("entities");
    assertEquals("Entities", heading());
    WebElement first = one("main table tbody tr td a[href^='#/entity/']");
    String name = first.getText();
    clickThrough(first);
    assertEquals(name, heading());
    return name;
  }

  @Test
  void entityToNetworkToOtherEntity() {
    String name = openTopEntity();
    // two charts: the network and the mentions per month
    waitFor(By.cssSelector(".chart svg"));
    assertEquals(2, all(".chart").size());
    assertTrue(all(".chart").get(0).getAttribute("aria-label").contains("Network"));
    WebElement box = all(".chart").get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> node = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "import('/webjars/echarts/5.3.1/dist/echarts.esm.min.js').then((m) => {"
        + "  const c = m.getInstanceByDom(document.querySelectorAll('.chart')[0]);"
        + "  const d = c.getOption().series[0].data[1];"
        + "  const p = c.convertToPixel({ seriesIndex: 0 }, [d.x, d.y]);"
        + "  done({ x: p[0], y: p[1], name: d.name, w: c.getWidth(), h: c.getHeight() });"
        + "});");
    int dx = (int) Math.round(((Number) node.get("x")).doubleValue() - ((Number) node.get("w")).doubleValue() / 2);
    int dy = (int) Math.round(((Number) node.get("y")).doubleValue() - ((Number) node.get("h")).doubleValue() / 2);
    navigate(() -> new Actions(driver).moveToElement(box, dx, dy).click().perform());
    assertEquals(node.get("name"), heading());
    assertNotEquals(name, heading());
  }

  @Test
  void networkTableAndEventsWorkWithTheKeyboard() {
    openTopEntity();
    one("main h1").click();
    WebElement summary = tabTo("details > summary", 30);
    summary.sendKeys(Keys.ENTER);
    WebElement other = one("a.network-link");
    String name = other.getText();
    navigate(() -> other.sendKeys(Keys.ENTER));
    assertEquals(name, heading());
    // its events open their evidence in place
    List<WebElement> buttons = all("main .evidence-button");
    assertFalse(buttons.isEmpty(), "the second most mentioned entity takes part in events");
    buttons.get(0).click();
    waitFor(By.cssSelector("#event-panel ol.evidence li blockquote"));
  }

  @Test
  void entityListSearchesNamesAndAliases() {
    open("entities");
    WebElement q = one("#ent-q");
    q.sendKeys("ost");
    navigate(() -> q.sendKeys(Keys.ENTER));
    List<WebElement> rows = all("main table tbody tr");
    assertFalse(rows.isEmpty());
    rows.forEach(r -> assertTrue(r.getText().toLowerCase().contains("ost"), r.getText()));
  }
}

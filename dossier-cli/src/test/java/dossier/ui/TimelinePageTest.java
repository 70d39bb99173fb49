package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The timeline: zoomable chart, events table, background and undated apart, evidence of an event. */
class TimelinePageTest extends UiTest {
  /** Waits until the open event's evidence sentences are listed; returns the panel. */
  WebElement awaitEvidence() {
    waitFor(By.cssSelector("#event-panel ol.evidence li blockquote"));
    return one("#event-panel");
  }

  @Test
  void timelineToEventToEvidenceToArticle() {
    open("timeline");
    assertEquals("Timeline", heading());
    WebElement chart = waitFor(By.cssSelector(".chart svg"));
    assertTrue(chart.isDisplayed());
    assertTrue(one(".chart").getAttribute("aria-label").contains("dated events"));
    List<WebElement> rows = all("#tl-table tbody tr");
    assertTrue(rows.size() >= 10, "the sample has dozens of dated events: " + rows.size());
    // a date the text states reads as it is; one only inferred from its report says so
    List<String> texts = rows.stream().map(WebElement::getText).toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains("(from report date)")), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> !t.contains("(from report date)")), texts.toString());
    // background facts and undated events have sections of their own
    List<String> h2 = all("main h2").stream().map(WebElement::getText).toList();
    assertTrue(h2.containsAll(List.of("Events over time", "Events in view", "Background facts", "Undated events")), h2.toString());

    WebElement button = one("#tl-table .evidence-button");
    String event = button.getAttribute("data-event");
    button.click();
    WebElement panel = awaitEvidence();
    assertEquals(event, panel.getAttribute("data-event"));
    assertEquals("event-title", driver.switchTo().activeElement().getAttribute("id"), "focus moves to the event");
    assertTrue(driver.getCurrentUrl().contains("event=" + event), "the open event is in the address");
    WebElement quote = one("#event-panel ol.evidence li blockquote");
    assertFalse(quote.getText().isBlank());
    WebElement source = one("#event-panel ol.evidence li p.cite a");
    assertTrue(source.getAttribute("href").contains("#/article/"), source.getAttribute("href"));
    String title = source.getText();
    clickThrough(source);
    assertEquals(title, heading());
  }

  @Test
  void aClaimedEventSaysWhoseWordItIs() {
    open("timeline");
    // an event told on someone's word ("the defence ministry said ..."), wherever it is in time
    @SuppressWarnings("unchecked")
    Map<String, Object> page = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeAsyncScript("const done = arguments[arguments.length - 1];"
            + "fetch('/api/events?status=claimed&limit=1').then((r) => r.json()).then(done);");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    assertFalse(items.isEmpty(), "the sample has claimed events");
    String event = (String) items.get(0).get("id");
    open("timeline?event=" + event);
    awaitEvidence();
    WebElement by = one("#event-panel .facts dd.claimants");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !by.getText().equals("—"));
    assertFalse(by.getText().isBlank());
    assertFalse(by.getText().equals("stated as fact"), "a claimed event has a claimant: " + by.getText());
  }

  @Test
  void aClickOnAPointOfTheChartOpensItsEvidence() {
    open("timeline");
    WebElement box = waitFor(By.cssSelector(".chart"));
    waitFor(By.cssSelector(".chart svg"));
    // where ECharts drew the first point of the first series, then a real mouse click there
    @SuppressWarnings("unchecked")
    Map<String, Object> at = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "import('/webjars/echarts/5.3.1/dist/echarts.esm.min.js').then((m) => {"
        + "  const c = m.getInstanceByDom(document.querySelector('.chart'));"
        // the point farthest from any other, so no neighbour covers it
        + "  const at = (d) => c.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, d.value);"
        + "  const pts = c.getOption().series.filter((s) => s.type === 'scatter').flatMap((s) => s.data)"
        + "    .map((d) => ({ d, p: at(d) }));"
        + "  const gap = (a) => Math.min(...pts.filter((b) => b !== a).map((b) => Math.hypot(a.p[0] - b.p[0], a.p[1] - b.p[1])));"
        + "  const best = pts.reduce((a, b) => (gap(b) > gap(a) ? b : a));"
        + "  done({ x: best.p[0], y: best.p[1], id: best.d.entry.event, w: c.getWidth(), h: c.getHeight() });"
        + "});");
    int dx = (int) Math.round(((Number) at.get("x")).doubleValue() - ((Number) at.get("w")).doubleValue() / 2);
    int dy = (int) Math.round(((Number) at.get("y")).doubleValue() - ((Number) at.get("h")).doubleValue() / 2);
    new Actions(driver).moveToElement(box, dx, dy).click().perform();
    WebElement panel = awaitEvidence();
    assertEquals(at.get("id"), panel.getAttribute("data-event"));
  }

  @Test
  void filtersByTypeAndByEntity() {
    open("timeline");
    new Select(one("#tl-type")).selectByValue("ASSAULT");
    navigate(() -> one("form.filters button[type=submit]").click());
    assertTrue(driver.getCurrentUrl().contains("type=ASSAULT"));
    List<WebElement> types = all("#tl-table tbody tr td:nth-child(2)");
    assertFalse(types.isEmpty());
    types.forEach(td -> assertEquals("ASSAULT", td.getText()));

    open("timeline");
    WebElement entity = one("input[name=entity]");
    entity.sendKeys("Velmora");
    navigate(() -> entity.sendKeys(Keys.ENTER));
    assertTrue(driver.getCurrentUrl().contains("entity="), driver.getCurrentUrl());
    List<WebElement> rows = all("#tl-table tbody tr");
    assertFalse(rows.isEmpty());
    rows.forEach(r -> assertTrue(r.getText().contains("Velmora"), r.getText()));
    assertEquals("Velmora", one("input[name=entity]").getAttribute("value"), "the field shows the name, not the id");
  }

  @Test
  void zoomButtonsNarrowTheWindow() {
    open("timeline");
    waitFor(By.cssSelector(".chart svg"));
    String before = one("#tl-note").getText();
    int rows = all("#tl-table tbody tr").size();
    driver.findElement(By.xpath("//div[@class='zoom']/button[.='Zoom in']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !one("#tl-note").getText().equals(before));
    int shown = Integer.parseInt(one("#tl-note").getText().replaceAll(".*: ([0-9,]+) events.*", "$1").replace(",", ""));
    int all = Integer.parseInt(before.replaceAll(".*: ([0-9,]+) events.*", "$1").replace(",", ""));
    assertTrue(shown < all, one("#tl-note").getText() + " after " + before);
    assertTrue(all("#tl-table tbody tr").size() <= rows);
  }

  @Test
  void keyboardReachesAnEventsEvidence() {
    open("timeline");
    waitFor(By.cssSelector(".chart svg"));
    one("main h1").click(); // start tabbing from the page, not from the address bar
    WebElement button = tabTo("#tl-table .evidence-button", 60);
    assertFocusVisible(button);
    button.sendKeys(Keys.ENTER);
    awaitEvidence();
  }

  @Test
  void deepLinkOpensTheEventAndFitsATablet() {
    open("timeline");
    String event = one("#tl-table .evidence-button").getAttribute("data-event");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(800, 1000));
    open("timeline?event=" + event);
    assertEquals(event, awaitEvidence().getAttribute("data-event"));
    Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(overflow.intValue() <= 0, "no sideways scrolling at tablet width: " + overflow);
  }
}

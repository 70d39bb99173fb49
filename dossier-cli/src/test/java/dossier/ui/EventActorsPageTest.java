package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

/** Generic actors ("troops (MIL)") among an event's participants: words, never entity links. */
class EventActorsPageTest extends UiTest {
  @Test
  void theEventPanelShowsAGenericActorWithItsSector() {
    open("timeline");
    // a dated event of the sample whose participants include a generic actor with a sector
    @SuppressWarnings("unchecked")
    Map<String, Object> found = (Map<String, Object>) driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "fetch('/api/events?limit=100').then((r) => r.json()).then((page) => {"
        + "  const e = page.items.find((x) => x.date.earliest"
        + "    && x.roles.some((r) => !r.entity && r.sector));"
        + "  const r = e && e.roles.find((x) => !x.entity && x.sector);"
        + "  done(e ? { id: e.id, label: r.label, sector: r.sector, text: r.text } : null);"
        + "});");
    assertNotNull(found, "the sample has a generic actor (troops, forces) in a dated event");
    open("timeline?event=" + found.get("id"));
    WebElement actor = waitFor(By.cssSelector("#event-panel dd.participants .actor"));
    List<WebElement> actors = all("#event-panel dd.participants .actor");
    assertTrue(actors.stream().anyMatch(a -> a.getText().startsWith(
        found.get("label") + " (" + found.get("sector"))), actor.getText());
    assertEquals("span", actor.getTagName(), "a generic actor is no link");
    assertTrue(actor.getAttribute("title").contains((String) found.get("text")),
        actor.getAttribute("title"));
    assertTrue(all("#event-panel dd.participants a .actor").isEmpty());
  }
}

package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.GenericActor;
import dossier.model.Participant;
import dossier.store.DossierStore;
import dossier.store.Snapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events filtered by an entity include those that name it only as a generic actor's affiliation
 * ("Kestrian police detained ..." names Kestria), marked so: /api/events and /api/timeline (the
 * entity page's list). The small invented dossier of the API tests, with two such events.
 */
class AffiliationFilterTest {
  @TempDir
  static Path dir;
  static TestDossier data = new TestDossier();
  static DossierServer server;
  static Client client;

  @BeforeAll
  static void start() throws Exception {
    data.write(dir);
    String text = TestDossier.FLOOD_TEXT;
    GenericActor police = new GenericActor("Kestrian police", "police", "COP", "e-kestria",
        data.flood.id(), "text", 0, 15);
    try (DossierStore store = DossierStore.open(dir)) {
      List<Event> events = new ArrayList<>(store.events());
      // Kestria only through its police; Lomaria a participant beside Kestrian police
      events.add(new Event("ev-detain", "COERCE", null, "happened",
          DateRange.exact(LocalDate.of(2024, 4, 15)), "e-brenmoor",
          List.of(Participant.generic(police, "SOURCE"), new Participant("e-varga", "TARGET")),
          List.of(new Evidence(data.flood.id(), 0, text.length(), "body")), 0.6));
      events.add(new Event("ev-clash", "ASSAULT", null, "happened",
          DateRange.exact(LocalDate.of(2024, 4, 16)), null,
          List.of(Participant.generic(police, "SOURCE"), new Participant("e-kestria", "TARGET")),
          List.of(new Evidence(data.flood.id(), 0, 20, "body")), 0.6));
      store.replaceEvents(events);
    }
    Snapshot.publish(dir);
    server = DossierServer.start(dir, c -> c.port = 0);
    client = new Client(server);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static List<String> ids(JsonNode page, String field) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(x -> out.add(x.get(field).asText()));
    return out;
  }

  @Test
  void theEventsListIncludesAnAffiliationAndMarksIt() throws Exception {
    JsonNode page = client.get("/api/events?entity=e-kestria").json();
    assertEquals(List.of("ev-agree", "ev-clash", "ev-detain", "ev-meet"), ids(page, "id"));
    assertEquals(4, page.get("total").asInt());
    for (JsonNode e : page.get("items")) {
      String id = e.get("id").asText();
      String want = id.equals("ev-detain") ? "affiliation" : "participant";
      assertEquals(want, e.get("entity_role").asText(), id);
    }
    JsonNode detain = page.get("items").get(2);
    assertEquals("police (COP)", detain.get("affiliated_as").asText());
    assertEquals("Kestria", page.get("entity_names").get("e-kestria").get("name").asText());
    // the type filter and the affiliation together; no entity filter, no mark
    assertEquals(List.of("ev-detain"), ids(client.get("/api/events?entity=e-kestria&type=coerce").json(),
        "id"));
    assertFalse(client.get("/api/events").json().get("items").get(0).has("entity_role"));
    assertEquals("place", client.get("/api/events?entity=e-brenmoor&type=COERCE").json().get("items")
        .get(0).get("entity_role").asText());
  }

  @Test
  void theTimelineOfAnEntityIncludesItsAffiliationsMarked() throws Exception {
    JsonNode page = client.get("/api/timeline?entity=e-kestria").json();
    List<String> events = ids(page, "event");
    assertEquals(4, page.get("total").asInt(), page.toString());
    int at = events.indexOf("ev-detain");
    JsonNode detain = page.get("items").get(at);
    assertEquals("affiliation", detain.get("entity_role").asText());
    assertEquals("police (COP)", detain.get("affiliated_as").asText());
    JsonNode clash = page.get("items").get(events.indexOf("ev-clash"));
    assertEquals("participant", clash.get("entity_role").asText(), "a participant stays one");
    assertEquals(4, client.get("/api/timeline/months?entity=e-kestria").json().get("total").asInt());
    assertEquals(List.of("ev-detain"), ids(client.get("/api/timeline?entity=e-varga").json(), "event"));
  }
}

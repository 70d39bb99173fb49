package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import dossier.model.Participant;
import dossier.store.DossierStore;
import dossier.store.Snapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routes the web UI's timeline, entity and figures pages need: counts per month, an event's
 * evidence with its words, disputes with their figures. The small invented dossier of the API
 * tests, plus two figures in dispute about the flood (made up).
 */
class ChartRoutesTest {
  @TempDir
  static Path dir;
  static TestDossier data = new TestDossier();
  static DossierServer server;
  static Client client;

  @BeforeAll
  static void start() throws Exception {
    data.write(dir);
    int n = TestDossier.FLOOD_TEXT.indexOf("300");
    Evidence flood = new Evidence(data.flood.id(), n, n + 3, "body");
    DateRange april = DateRange.exact(LocalDate.of(2024, 4, 14));
    try (DossierStore store = DossierStore.open(dir)) {
      // the API tests' three events, plus a long-past one (background) and an undated one
      int met = TestDossier.WIRE_TEXT.indexOf("met");
      List<Participant> sides = List.of(new Participant("e-kestria", "SOURCE"),
          new Participant("e-lomaria", "TARGET"));
      store.replaceEvents(List.of(
          new Event("ev-meet", "CONSULT", null, "happened", DateRange.exact(LocalDate.of(2024, 3, 5)),
              "e-orvando", sides, List.of(new Evidence(data.wire.id(), met, met + 3, "body"),
                  new Evidence(data.copy.id(), met, met + 3, "body")), 0.8),
          new Event("ev-agree", "AGREE", null, "planned", DateRange.exact(LocalDate.of(2024, 3, 5)),
              null, sides, List.of(new Evidence(data.wire.id(), 100, 106, "body")), 0.7),
          new Event("ev-flood", "OTHER", null, "happened", DateRange.between(LocalDate.of(2024, 4, 1),
              LocalDate.of(2024, 4, 30)), "e-brenmoor", List.of(),
              List.of(new Evidence(data.flood.id(), 0, 20, "body")), 0.5),
          new Event("ev-old", "ASSAULT", null, "happened", DateRange.exact(LocalDate.of(2019, 6, 1)),
              "e-brenmoor", List.of(), List.of(new Evidence(data.flood.id(), 0, 20, "body")), 0.5),
          new Event("ev-sometime", "AGREE", null, "claimed", DateRange.unknown(), null, sides,
              List.of(new Evidence(data.market.id(), 0, 10, "body")), 0.5)));
      store.replaceFigures(List.of(
          new Figure("f-displaced", 300, "DISPLACED", "about", null, april, List.of(flood)),
          new Figure("f-office", 450, "DISPLACED", null, "e-brenmoor", april, List.of(flood)),
          new Figure("f-march", 12, "KILLED", null, null, DateRange.exact(LocalDate.of(2024, 3, 5)),
              List.of(new Evidence(data.wire.id(), 0, 7, "body")))));
      store.replaceFigureDetails(List.of(
          new FigureDetail("f-office", "residents", "people", null, "the regional office", null,
              DateRange.unknown(), april, null, null, 450.0, 450.0, 1, List.of("about 300 residents"))),
          List.of(new FigureDispute("d-1", "DISPLACED", "people", "e-brenmoor", april,
              List.of("f-displaced", "f-office"))));
    }
    Snapshot.publish(dir);
    server = DossierServer.start(dir, c -> c.port = 0);
    client = new Client(server);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static JsonNode ok(String path) {
    Client.Answer a = client.get(path);
    assertEquals(200, a.status(), path + " → " + a.raw());
    return a.json();
  }

  static List<String> ids(JsonNode page) {
    List<String> out = new java.util.ArrayList<>();
    page.get("items").forEach(x -> out.add(x.get("event").asText()));
    return out;
  }

  static int status(String path) {
    return client.get(path).status();
  }

  @Test
  void timelineMonthsCountEventsByMonthAndFilter() {
    JsonNode all = ok("/api/timeline/months");
    assertEquals(5, all.get("total").asInt());
    assertEquals("2019-06", all.at("/months/0/month").asText());
    assertEquals(0, all.at("/months/0/events").asInt());
    assertEquals(1, all.at("/months/0/background").asInt());
    assertEquals("2024-03", all.at("/months/1/month").asText());
    assertEquals(2, all.at("/months/1/events").asInt());
    assertEquals("2024-04", all.at("/months/2/month").asText());
    assertEquals(1, all.at("/months/2/events").asInt());
    assertEquals(1, all.get("undated").asInt());
    JsonNode flood = ok("/api/timeline/months?place=e-brenmoor");
    assertEquals(2, flood.get("total").asInt());
    assertEquals("2024-04", flood.at("/months/1/month").asText());
    assertEquals(1, ok("/api/timeline/months?type=consult").get("total").asInt());
    assertEquals(400, status("/api/timeline/months?place=../x"));
  }

  @Test
  void timelinePlaceKeepsOnlyEventsAtThatPlace() {
    JsonNode orvando = ok("/api/timeline?place=e-orvando");
    assertEquals(1, orvando.get("total").asInt());
    assertEquals("ev-meet", orvando.at("/items/0/event").asText());
    // a participant is no place
    assertEquals(0, ok("/api/timeline?place=e-kestria").get("total").asInt());
    assertEquals(3, ok("/api/timeline?entity=e-kestria").get("total").asInt());
  }

  @Test
  void timelineSetsBackgroundAndUndatedApart() {
    JsonNode main = ok("/api/timeline?background=false&dated=true");
    // same-day events in id order, then the April one
    assertEquals(List.of("ev-agree", "ev-meet", "ev-flood"), ids(main));
    assertEquals(List.of("ev-old"), ids(ok("/api/timeline?background=true")));
    assertEquals(List.of("ev-sometime"), ids(ok("/api/timeline?dated=false")));
    assertEquals(400, status("/api/timeline?background=maybe"));
  }

  @Test
  void entityMonthsCountMentionsByPublication() {
    JsonNode j = ok("/api/entities/e-lomaria/months");
    assertEquals(1, j.get("months").size());
    assertEquals("2024-03", j.at("/months/0/month").asText());
    assertEquals(2, j.at("/months/0/count").asInt());
    assertEquals(2, j.at("/months/0/articles").asInt());
    // the undated market report's mention
    assertEquals(1, j.at("/undated/0/count").asInt());
    assertEquals(404, status("/api/entities/e-nobody/months"));
  }

  @Test
  void eventEvidenceCarriesTheWordsAndTheArticle() {
    JsonNode j = ok("/api/events/ev-meet/evidence");
    assertEquals(2, j.get("total").asInt());
    assertEquals("met", j.at("/items/0/text").asText());
    assertEquals(data.wire.id(), j.at("/items/0/article").asText());
    assertEquals(data.wire.title(), j.at("/items/0/title").asText());
    assertEquals("Daily Courier", j.at("/items/0/outlet").asText());
    assertEquals("2024-03-05", j.at("/items/0/published/value").asText());
    JsonNode second = ok("/api/events/ev-meet/evidence?offset=1&limit=1");
    assertEquals(1, second.get("items").size());
    assertEquals(data.copy.id(), second.at("/items/0/article").asText());
    assertEquals(404, status("/api/events/ev-none/evidence"));
  }

  @Test
  void figureMonthsByKind() {
    JsonNode j = ok("/api/figures/months");
    assertEquals(2, j.get("months").size());
    assertEquals("2024-03", j.at("/months/0/month").asText());
    assertEquals("KILLED", j.at("/months/0/kind").asText());
    assertEquals("DISPLACED", j.at("/months/1/kind").asText());
    assertEquals(2, j.at("/months/1/count").asInt());
    assertEquals(450.0, j.at("/months/1/max").asDouble());
    assertEquals(1, ok("/api/figures/months?kind=killed").get("months").size());
    assertEquals(400, status("/api/figures/months?kind=a%20b"));
  }

  @Test
  void disputesListTheirFiguresWithClaimantsAndSentences() {
    JsonNode j = ok("/api/disputes");
    assertEquals(1, j.get("total").asInt());
    JsonNode d = j.at("/items/0");
    assertEquals("d-1", d.get("id").asText());
    assertEquals("DISPLACED", d.get("kind").asText());
    assertEquals("people", d.get("counted_group").asText());
    assertEquals(2, d.get("figures").size());
    assertEquals(300.0, d.at("/figures/0/value").asDouble());
    JsonNode office = d.at("/figures/1");
    assertEquals("e-brenmoor", office.get("claimant").asText());
    assertEquals("the regional office", office.get("claimant_text").asText());
    assertEquals("about 300 residents", office.at("/sentences/0").asText());
    assertEquals(data.flood.id(), office.at("/sources/0/article").asText());
    assertEquals("Brenmoor", j.at("/entity_names/e-brenmoor/name").asText());
    assertEquals("Floods in Brenmoor", j.at("/articles/" + data.flood.id() + "/title").asText());
    assertEquals(0, ok("/api/disputes?kind=KILLED").get("total").asInt());
    assertEquals(400, status("/api/disputes?limit=0"));
  }

  @Test
  void figuresNameTheArticlesTheyCite() {
    JsonNode j = ok("/api/figures?kind=KILLED");
    assertEquals(data.wire.title(), j.at("/articles/" + data.wire.id() + "/title").asText());
    assertEquals("Daily Courier", j.at("/articles/" + data.wire.id() + "/outlet").asText());
    assertEquals(1, j.get("articles").size());
  }

  @Test
  void openApiListsTheNewRoutes() {
    JsonNode paths = ok("/api/openapi.json").get("paths");
    for (String p : List.of("/api/timeline/months", "/api/entities/{id}/months",
        "/api/events/{id}/evidence", "/api/figures/months", "/api/disputes")) {
      assertTrue(paths.has(p), p);
    }
    assertFalse(paths.get("/api/timeline").toString().indexOf("place") < 0);
  }
}

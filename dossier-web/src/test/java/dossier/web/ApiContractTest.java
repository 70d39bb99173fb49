package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every route of the API against a small invented dossier, including its error answers. */
class ApiContractTest {
  @TempDir
  static Path dir;
  static TestDossier data = new TestDossier();
  static DossierServer server;
  static Client client;

  @BeforeAll
  static void start() throws Exception {
    data.write(dir);
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
    assertTrue(a.contentType().startsWith("application/json"), a.contentType());
    assertNotNull(a.json(), path);
    return a.json();
  }

  static JsonNode error(String path, int status) {
    Client.Answer a = client.get(path);
    assertEquals(status, a.status(), path + " → " + a.raw());
    assertNotNull(a.json(), "error body is JSON: " + a.raw());
    assertEquals(status, a.json().get("status").asInt());
    assertTrue(a.json().hasNonNull("error"));
    assertTrue(a.json().hasNonNull("detail"));
    assertFalse(Fuzz.looksLikeStackTrace(a.raw()), a.raw());
    return a.json();
  }

  static List<String> ids(JsonNode page, String field) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(x -> out.add(x.get(field).asText()));
    return out;
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
  }

  @Test
  void info() {
    JsonNode j = ok("/api/info");
    assertEquals(4, j.at("/counts/articles").asInt());
    assertEquals(1, j.at("/counts/duplicates").asInt());
    assertEquals("2024-03-05", j.at("/published/earliest").asText());
    assertEquals(2, j.at("/outlets/Daily Courier").asInt());
    assertEquals(server.snapshot(), j.get("snapshot").asText());
    // for the web UI's overview: copies, and articles per month (copies count, undated left out)
    assertEquals(1, j.get("copies").asInt());
    assertEquals("2024-03", j.at("/articles_by_month/0/month").asText());
    assertEquals(2, j.at("/articles_by_month/0/articles").asInt());
    assertEquals("2024-04", j.at("/articles_by_month/1/month").asText());
    assertEquals(1, j.at("/articles_by_month/1/articles").asInt());
    assertEquals(2, j.get("articles_by_month").size());
  }

  @Test
  void articlesPageAndFilters() {
    JsonNode all = ok("/api/articles");
    assertEquals(4, all.get("total").asInt());
    assertEquals(List.of("in/copy.txt", "in/flood.txt", "in/market.txt", "in/wire.txt"), ids(all, "source"));
    assertFalse(all.get("items").get(0).has("text"), "lists carry no text");
    assertEquals("g-1", all.get("items").get(0).get("group").asText());

    JsonNode page = ok("/api/articles?offset=1&limit=2");
    assertEquals(4, page.get("total").asInt());
    assertEquals(List.of("in/flood.txt", "in/market.txt"), ids(page, "source"));
    assertEquals(1, page.get("offset").asInt());
    assertEquals(2, page.get("limit").asInt());

    assertEquals(List.of("in/flood.txt", "in/wire.txt"), ids(ok("/api/articles?outlet=daily%20courier"), "source"));
    assertEquals(List.of("in/copy.txt", "in/wire.txt"), ids(ok("/api/articles?credit=wire"), "source"));
    assertEquals(List.of("in/flood.txt"), ids(ok("/api/articles?from=2024-04-01&to=2024-04-30"), "source"));
    assertEquals(List.of("in/copy.txt", "in/wire.txt"), ids(ok("/api/articles?story=s-talks"), "source"));
    assertEquals(3, ok("/api/articles?entity=e-lomaria").get("total").asInt());
    assertEquals(0, ok("/api/articles?outlet=nobody").get("total").asInt());
  }

  @Test
  void oneArticleWithItsGroupAndChanges() {
    JsonNode a = ok("/api/articles/" + data.copy.id());
    assertEquals(data.copy.id(), a.get("id").asText());
    assertEquals(TestDossier.COPY_TEXT, a.get("text").asText());
    assertEquals("2024-03-05", a.at("/published/value").asText());
    assertEquals("STATED", a.at("/published/basis").asText());
    assertEquals("g-1", a.at("/group/id").asText());
    assertEquals(data.wire.id(), a.at("/group/canonical").asText());
    assertEquals("contains", a.at("/group/relations/0/relation").asText());
    assertEquals("Traders welcomed the news.", a.at("/group/changes/0/added/0/text").asText());
    assertEquals(data.copy.title(), a.at("/group/changes/0/title/to").asText());
    assertEquals("s-talks", a.at("/stories/0").asText());

    JsonNode alone = ok("/api/articles/" + data.market.id());
    assertTrue(alone.get("group").isNull());
    assertTrue(alone.at("/published/value").isNull());
    assertEquals("UNKNOWN", alone.at("/published/basis").asText());

    JsonNode m = ok("/api/articles/" + data.wire.id() + "/mentions");
    assertEquals(3, m.get("total").asInt());
    assertEquals("Kestria", m.at("/items/0/text").asText());
    assertEquals("e-kestria", m.at("/items/0/entity").asText());
  }

  @Test
  void duplicatesAndSyndication() {
    JsonNode groups = ok("/api/duplicates");
    assertEquals(1, groups.get("total").asInt());
    assertEquals(List.of(data.wire.id(), data.copy.id()),
        List.of(groups.at("/items/0/members/0").asText(), groups.at("/items/0/members/1").asText()));
    JsonNode g = ok("/api/duplicates/g-1");
    assertEquals(data.copy.id(), g.at("/changes/0/article").asText());
    JsonNode syn = ok("/api/syndication");
    assertTrue(syn.get("total").asInt() >= 1, syn.toString());
    assertEquals("Wire", syn.at("/items/0/wire").asText());
    assertEquals(0, ok("/api/syndication?wire=nobody").get("total").asInt());
  }

  @Test
  void storiesAndStorylines() {
    JsonNode s = ok("/api/stories");
    assertEquals(List.of("s-flood", "s-talks"), ids(s, "id"));
    assertEquals(List.of("s-talks"), ids(ok("/api/stories?entity=e-lomaria"), "id"));
    assertEquals(List.of("s-flood"), ids(ok("/api/stories?article=" + data.flood.id()), "id"));
    // sort (the UI's overview): latest reported first, most articles first
    assertEquals(List.of("s-flood", "s-talks"), ids(ok("/api/stories?sort=latest"), "id"));
    assertEquals(List.of("s-talks", "s-flood"), ids(ok("/api/stories?sort=largest"), "id"));
    assertEquals(List.of("s-flood", "s-talks"), ids(ok("/api/stories?sort=id"), "id"));
    assertEquals(List.of("s-talks"), ids(ok("/api/stories?sort=largest&limit=1"), "id"));
    JsonNode one = ok("/api/stories/s-talks");
    assertEquals("Kestria and Lomaria talks", one.get("label").asText());
    assertEquals("2024-03-05", one.at("/span/value").asText());
    assertEquals(data.wire.id(), one.at("/citations/0/article").asText());
    assertEquals("Lomaria", one.at("/entity_names/e-lomaria/name").asText());
    assertEquals(List.of("l-1"), ids(ok("/api/storylines"), "id"));
    assertEquals("s-talks", ok("/api/storylines/l-1").at("/stories/0").asText());
  }

  @Test
  void timelineTakesTheParametersOfTheCommand() {
    JsonNode all = ok("/api/timeline");
    assertEquals(3, all.get("total").asInt());
    assertEquals("ev-agree", all.at("/items/0/event").asText(), all.toString()); // March before April
    assertEquals("ev-flood", all.at("/items/2/event").asText());
    assertEquals(List.of("ev-flood"), ids(ok("/api/timeline?from=2024-04-10"), "event"));
    assertEquals(List.of("ev-meet"), ids(ok("/api/timeline?type=consult"), "event"));
    assertEquals(2, ok("/api/timeline?story=s-talks").get("total").asInt());
    assertEquals(2, ok("/api/timeline?entity=e-kestria").get("total").asInt());
    assertEquals("Kestria", ok("/api/timeline?type=CONSULT").at("/entity_names/e-kestria/name").asText());
    assertEquals(1, ok("/api/timeline?limit=1&offset=2").get("items").size());
    // the server keeps the timeline without its sources and reads those of the page it serves
    JsonNode meet = ok("/api/timeline?type=consult").at("/items/0/sources");
    assertEquals(2, meet.size());
    assertEquals("body", meet.get(0).get("context").asText());
    assertEquals(TestDossier.WIRE_TEXT.indexOf("met"), meet.get(1).get("start").asInt());
    assertEquals("s-talks", ok("/api/timeline?type=consult").at("/items/0/story").asText());
  }

  @Test
  void entitiesWithMentionsAndCooccurrence() {
    JsonNode list = ok("/api/entities");
    assertEquals(5, list.get("total").asInt());
    assertEquals("e-lomaria", list.at("/items/0/id").asText()); // three mentions: the most
    assertEquals(3, list.at("/items/0/mentions").asInt());
    assertEquals(List.of("e-lomaria"), ids(ok("/api/entities?q=republic"), "id"));
    assertEquals(List.of("e-varga"), ids(ok("/api/entities?type=person"), "id"));
    assertEquals(0, ok("/api/entities?q=%25").get("total").asInt(), "% is a character, not a wildcard");
    JsonNode e = ok("/api/entities/e-lomaria");
    assertEquals("Republic of Lomaria", e.at("/aliases/0").asText());
    assertEquals(3, e.get("article_count").asInt());
    List<String> co = new ArrayList<>();
    e.get("cooccurring").forEach(x -> co.add(x.get("id").asText()));
    assertEquals(List.of("e-kestria", "e-varga"), co);
    assertEquals(2, e.at("/cooccurring/0/articles").asInt());
    assertEquals(3, ok("/api/entities/e-lomaria/mentions").get("total").asInt());
    assertEquals(1, ok("/api/entities/e-lomaria/mentions?limit=1").get("items").size());
    assertEquals(2, ok("/api/entities/e-lomaria/cooccurring").get("total").asInt());
    // a name lookup (the timeline's filter field) skips the co-occurrence count
    JsonNode named = ok("/api/entities/e-lomaria?cooccurring=0");
    assertEquals(e.get("name"), named.get("name"));
    assertEquals(0, named.get("cooccurring").size());
    JsonNode one = ok("/api/entities/e-lomaria?cooccurring=1");
    assertEquals(1, one.get("cooccurring").size());
    assertEquals("e-kestria", one.at("/cooccurring/0/id").asText());
  }

  @Test
  void eventsAndFigures() {
    assertEquals(3, ok("/api/events").get("total").asInt());
    JsonNode consult = ok("/api/events?type=consult&status=happened");
    assertEquals(List.of("ev-meet"), ids(consult, "id"));
    assertEquals("Orvando", consult.at("/entity_names/e-orvando/name").asText());
    assertEquals(List.of("ev-flood"), ids(ok("/api/events?entity=e-brenmoor"), "id"));
    assertEquals(List.of("ev-flood"), ids(ok("/api/events?from=2024-04-01"), "id"));
    assertEquals(2, ok("/api/events?article=" + data.wire.id()).get("total").asInt());
    JsonNode ev = ok("/api/events/ev-meet");
    assertEquals("STATED", ev.at("/date/basis").asText(), "what the date rests on");
    assertEquals("SOURCE", ev.at("/roles/0/role").asText());
    assertEquals(2, ev.get("sources").size());
    assertEquals("body", ev.at("/sources/0/context").asText());
    assertEquals(0, ev.get("claims").size(), "told as fact: no one's word");
    JsonNode agree = ok("/api/events/ev-agree");
    assertEquals("e-lomaria", agree.at("/claims/0/claimant").asText());
    assertEquals("Lomaria's foreign ministry", agree.at("/claims/0/claimant_text").asText());
    assertEquals(100, agree.at("/claims/0/start").asInt());
    // a generic actor: among the roles with its label, sector and words, never among the entity ids
    JsonNode flood = ok("/api/events/ev-flood");
    assertEquals(0, flood.get("participants").size());
    assertTrue(flood.at("/roles/0/entity").isNull());
    assertEquals("crowd", flood.at("/roles/0/label").asText());
    assertEquals("CVL", flood.at("/roles/0/sector").asText());
    assertEquals("residents", flood.at("/roles/0/text").asText());
    assertEquals(TestDossier.FLOOD_TEXT.indexOf("residents"), flood.at("/roles/0/start").asInt());
    assertEquals(0, ok("/api/timeline?from=2024-04-10").at("/items/0/participants").size(),
        "the timeline lists entity ids only");
    assertEquals("REPORT", ok("/api/timeline?from=2024-04-10").at("/items/0/date/basis").asText(),
        "a date only inferred from its report says so");
    assertTrue(ok("/api/events/ev-agree").at("/date/basis").isNull(), "not known: null");

    JsonNode figs = ok("/api/figures?kind=displaced");
    assertEquals(List.of("f-displaced"), ids(figs, "id"));
    JsonNode f = ok("/api/figures/f-displaced");
    assertEquals(300, f.get("value").asInt());
    assertEquals("about", f.get("qualifier").asText());
    assertTrue(f.get("disputes").isObject(), "no dispute tables yet: an empty object");
    assertEquals(0, ok("/api/figures?claimant=e-varga").get("total").asInt());
    // an article's time expressions (the UI's article page)
    JsonNode times = ok("/api/articles/" + data.flood.id() + "/times");
    assertEquals(1, times.get("total").asInt());
    assertEquals("Sunday", times.at("/items/0/text").asText());
    assertEquals("text", times.at("/items/0/part").asText());
    assertEquals("2024-04-14", times.at("/items/0/value").asText());
    assertEquals("2024-04-14", times.at("/items/0/date/value").asText());
    assertEquals(TestDossier.FLOOD_TEXT.indexOf("Sunday"), times.at("/items/0/start").asInt());
    assertEquals(0, ok("/api/articles/" + data.market.id() + "/times").get("total").asInt());
    assertEquals(404, client.get("/api/articles/0000000000000000/times").status());
    // story (the UI's story page): figures with a source in one of the story's articles
    assertEquals(List.of("f-displaced"), ids(ok("/api/figures?story=s-flood"), "id"));
    assertEquals(0, ok("/api/figures?story=s-talks").get("total").asInt());
  }

  @Test
  void openApiListsEveryRoute() {
    JsonNode doc = ok("/api/openapi.json");
    assertEquals("3.0.3", doc.get("openapi").asText());
    for (String p : List.of("/api/articles", "/api/articles/{id}", "/api/duplicates", "/api/syndication",
        "/api/stories/{id}", "/api/storylines", "/api/timeline", "/api/entities/{id}/cooccurring",
        "/api/events", "/api/figures/{id}", "/api/search", "/api/info")) {
      assertTrue(doc.at("/paths").has(p), p);
      assertEquals("application/json", doc.at("/paths").get(p).at("/get/responses/400/content")
          .fieldNames().next());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/articles/0000000000000000", "/api/duplicates/g-404", "/api/stories/nope",
      "/api/storylines/nope", "/api/entities/nope", "/api/entities/nope/mentions",
      "/api/entities/nope/cooccurring", "/api/events/nope", "/api/figures/nope",
      "/api/articles/0000000000000000/mentions", "/api/nothing-here", "/elsewhere"})
  void unknownIdsAndRoutesAre404(String path) {
    error(path, 404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/articles?limit=0", "/api/articles?limit=101", "/api/articles?limit=-5",
      "/api/articles?offset=-1", "/api/articles?offset=1000001", "/api/articles?limit=ten",
      "/api/articles?limit=99999999999999999999", "/api/articles?from=2024-13-01",
      "/api/articles?from=2024-05-01&to=2024-04-01", "/api/events?type=a%20b",
      "/api/articles?limit=1&limit=2", "/api/articles?entity=..%2F..%2Fetc",
      "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/%27%3B%20DROP%20TABLE%20articles",
      "/api/entities/a%00b", "/api/search?limit=0", "/api/search?collapse=maybe",
      "/api/search?kind=people", "/api/timeline?to=yesterday", "/api/stories?sort=random", "/api/figures?kind=%3Cscript%3E"})
  void malformedRequestsAre400(String path) {
    Client.Answer a = client.get(path);
    assertTrue(a.status() >= 400 && a.status() < 500, path + " → " + a.status() + " " + a.raw());
    assertNotNull(a.json(), a.raw());
    assertFalse(Fuzz.looksLikeStackTrace(a.raw()), a.raw());
  }

  @Test
  void oversizedQueriesAreRefused() {
    error("/api/entities?q=" + "a".repeat(1001), 400);
    Client.Answer huge = client.get("/api/articles?outlet=" + "b".repeat(20_000));
    assertTrue(huge.status() == 400 || huge.status() == 414 || huge.status() == 431, huge.raw());
    assertFalse(Fuzz.looksLikeStackTrace(huge.raw()));
  }

  @Test
  void injectionIsJustText() {
    assertEquals(0, ok("/api/articles?outlet=x%27%20OR%20%271%27%3D%271").get("total").asInt());
    assertEquals(0, ok("/api/entities?q=%27%3B%20DROP%20TABLE%20entities%3B%20--").get("total").asInt());
    assertEquals(5, ok("/api/entities").get("total").asInt(), "still there");
  }

  @Test
  void onlyGetIsAllowed() {
    Client.Answer a = client.send("DELETE", "/api/articles/" + data.wire.id());
    assertTrue(a.status() == 404 || a.status() == 405, a.status() + " " + a.raw());
    assertNotNull(a.json(), a.raw());
  }
}

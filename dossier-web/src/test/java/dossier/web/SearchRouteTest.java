package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/search} over an indexed dossier, and the JSON 503 of a dossier that has no index yet.
 */
class SearchRouteTest {
  @TempDir
  static Path dir;
  @TempDir
  static Path bare;
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

  @Test
  void withoutAnIndexSearchIs503Json() throws Exception {
    new TestDossier().write(bare, false);
    DossierServer unindexed = DossierServer.start(bare, c -> c.port = 0);
    try {
      Client.Answer a = new Client(unindexed).get("/api/search?q=crossing");
      assertEquals(503, a.status(), a.raw());
      assertEquals(503, a.json().get("status").asInt());
      assertTrue(a.json().get("detail").asText().contains("search"), a.raw());
      assertFalse(Fuzz.looksLikeStackTrace(a.raw()));
    } finally {
      unindexed.stop();
    }
  }

  @Test
  void parametersAreCheckedBeforeTheIndex() {
    assertEquals(400, client.get("/api/search?q=" + "a".repeat(1001)).status());
    assertEquals(400, client.get("/api/search?limit=101").status());
    assertEquals(400, client.get("/api/search?kind=people").status());
    assertEquals(400, client.get("/api/search?facets=perhaps").status());
  }

  @Test
  void findsArticlesAndCollapsesCopies() {
    JsonNode j = client.get("/api/search?q=crossing").json();
    assertEquals(1, j.get("total").asInt(), j.toString());
    assertFalse(j.get("total_is_lower_bound").asBoolean(), j.toString()); // few hits: counted exactly
    JsonNode hit = j.at("/items/0");
    assertEquals("article", hit.get("kind").asText());
    assertEquals("g-1", hit.get("group").asText());
    assertEquals(2, hit.get("outlets").size());
    assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
  }

  @Test
  void uncollapsedCopiesAreTwoHits() {
    assertEquals(2, client.get("/api/search?q=crossing&collapse=false").json().get("total").asInt());
  }

  @Test
  void facetsAndPaging() {
    JsonNode j = client.get("/api/search?q=&facets=true&limit=1").json();
    assertEquals(1, j.get("items").size());
    assertTrue(j.at("/facets/outlet").isArray(), j.toString());
    assertTrue(j.get("total").asInt() >= 3);
  }

  @Test
  void malformedQueryIs400() {
    Client.Answer a = client.get("/api/search?q=%22unclosed%20AND%20(");
    assertEquals(400, a.status(), a.raw());
    assertFalse(Fuzz.looksLikeStackTrace(a.raw()));
  }
}

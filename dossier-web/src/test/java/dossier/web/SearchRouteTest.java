package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.search.SearchIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/search}. Without an index (search not built, or never indexed) the route answers a
 * JSON 503; the contract tests below that need an index are skipped, by assumption, only while
 * {@link SearchIndex#open} fails on the test dossier.
 */
class SearchRouteTest {
  @TempDir
  static Path dir;
  static TestDossier data = new TestDossier();
  static DossierServer server;
  static Client client;
  static boolean indexed;

  @BeforeAll
  static void start() throws Exception {
    data.write(dir);
    indexed = tryIndex(dir);
    assertTrue(indexed, "the search index could not be built");
    server = DossierServer.start(dir, c -> c.port = 0);
    client = new Client(server);
  }

  /** Builds the dossier's search index, as the last step of a build does. */
  private static boolean tryIndex(Path dir) {
    try (dossier.store.DossierStore store = dossier.store.DossierStore.open(dir)) {
      dossier.search.SearchIndexer.update(store);
    } catch (Exception e) {
      return false;
    }
    try (SearchIndex ignored = SearchIndex.open(dir)) {
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void withoutAnIndexSearchIs503Json() throws Exception {
    Path bare = dir.resolve("without-index");
    new TestDossier().write(bare);
    Client.Answer a;
    try (DossierServer s = DossierServer.start(bare, c -> c.port = 0)) {
      a = new Client(s).get("/api/search?q=crossing");
    }
    assertEquals(503, a.status(), a.raw());
    assertEquals(503, a.json().get("status").asInt());
    assertTrue(a.json().get("detail").asText().contains("search"), a.raw());
    assertFalse(Fuzz.looksLikeStackTrace(a.raw()));
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
    assumeTrue(indexed, "no search index");
    JsonNode j = client.get("/api/search?q=crossing").json();
    assertEquals(1, j.get("total").asInt(), j.toString());
    JsonNode hit = j.at("/items/0");
    assertEquals("article", hit.get("kind").asText());
    assertEquals("g-1", hit.get("group").asText());
    assertEquals(2, hit.get("outlets").size());
    assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
  }

  @Test
  void uncollapsedCopiesAreTwoHits() {
    assumeTrue(indexed, "no search index");
    assertEquals(2, client.get("/api/search?q=crossing&collapse=false").json().get("total").asInt());
  }

  @Test
  void facetsAndPaging() {
    assumeTrue(indexed, "no search index");
    JsonNode j = client.get("/api/search?q=&facets=true&limit=1").json();
    assertEquals(1, j.get("items").size());
    assertTrue(j.at("/facets/outlet").isArray(), j.toString());
    assertTrue(j.get("total").asInt() >= 3);
  }

  @Test
  void malformedQueryIs400() {
    assumeTrue(indexed, "no search index");
    Client.Answer a = client.get("/api/search?q=%22unclosed%20AND%20(");
    assertEquals(400, a.status(), a.raw());
    assertFalse(Fuzz.looksLikeStackTrace(a.raw()));
  }
}

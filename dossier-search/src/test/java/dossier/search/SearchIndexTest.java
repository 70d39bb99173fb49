package dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dossier.store.DossierStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir
  static Path dir;
  static SearchIndex index;

  @BeforeAll
  static void build() throws IOException {
    TestDossier.write(dir);
    try (DossierStore s = DossierStore.open(dir)) {
      IndexUpdate u = SearchIndexer.update(s);
      assertEquals(5 + 2 + 5, u.added(), u.summary());
    }
    index = SearchIndex.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static SearchResult articles(String q) {
    return index.search(SearchRequest.of(q));
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void titleMatchRanksFirst() {
    SearchResult r = articles("Brask");
    assertEquals(List.of("a4", "a3"), ids(r));
  }

  @Test
  void phrasesKeepWordOrder() {
    assertEquals(List.of("a1"), ids(articles("\"ferry traffic\"")));
    assertEquals(0, articles("\"traffic ferry\"").total());
  }

  @Test
  void phrasesOfCommonWordsReadTheirPairs() {
    SearchResult r = articles("\"the strike would last\"");
    assertEquals(List.of("a1"), ids(r));
    assertTrue(r.hits().get(0).snippet().contains("<mark>the strike would last</mark>"), r.hits().get(0).snippet());
    assertEquals(0, articles("\"the strike would end\"").total());
    // a sloppy phrase reads single words: the pair "strike_the" is in no text
    assertEquals(List.of("a1"), ids(articles("\"strike the\"~2")));
    assertEquals(0, articles("\"strike the\"").total());
  }

  @Test
  void wordsAreAllRequiredAndBooleansWork() {
    assertEquals(List.of("a3"), ids(articles("talks Voss")));
    assertEquals(2, articles("ferry OR museum").total());
    assertEquals(List.of("a4"), ids(articles("Brask NOT ceasefire")));
    assertEquals(List.of("a3", "a4", "a5"), ids(articles("NOT ferry")).stream().sorted().toList());
  }

  @Test
  void fieldsNarrowTheSearch() {
    assertEquals(List.of("a4"), ids(articles("outlet:\"evening ledger\"")));
    assertEquals(List.of("a3"), ids(articles("entity:voss")));
    assertEquals(List.of("a3"), ids(articles("title:ceasefire")));
    assertEquals(2, articles("type:assault").total());
    assertEquals(2, articles("kind:KILLED").total());
    assertEquals(2, articles("story:s2").total());
    assertEquals(0, articles("title:Voss").total());
  }

  @Test
  void datesIntersectTheRangeAsked() {
    assertEquals(2, articles("published:[2021-04-01 TO 2021-04-30]").total());
    assertEquals(List.of("a1"), ids(articles("published:2021-03")));
    assertEquals(3, articles("published:2021").total()); // the undated museum piece is left out
    assertEquals(List.of("a4"), ids(articles("published:2021-04-10")));
    assertEquals(1, articles("published:[* TO 2021-03-31]").total());
    assertEquals(2, articles("published:{2021-04-09 TO *]").total()); // a4 may be the 10th
    assertEquals(List.of("a3"), ids(articles("published:{2021-04-10 TO *]")));
  }

  @Test
  void caseAndAccentsAreFolded() {
    assertEquals(List.of("a1"), ids(articles("olmez")));
    assertEquals(List.of("a1"), ids(articles("ŞÜKRÜ")));
    assertEquals(List.of("a1"), ids(articles("entity:\"sukru olmez\"")));
    assertEquals(List.of("a1"), ids(articles("dockworker*")));
  }

  @Test
  void copiesCollapseIntoOneHitWithAllOutlets() {
    SearchResult r = articles("strike");
    assertEquals(1, r.total());
    SearchHit h = r.hits().get(0);
    assertEquals("a1", h.id());
    assertEquals("g1", h.group());
    assertEquals(List.of("a1", "a2"), h.articles());
    assertEquals(List.of("Coastal Courier", "Valley Herald"), h.outlets());
    assertEquals("s1", h.story());
    assertEquals("2021-03-01", h.published());

    SearchResult all = index.search(new SearchRequest("strike", List.of(), 0, 10, false, false));
    assertEquals(2, all.total());
    assertEquals(List.of("Coastal Courier"), all.hits().stream().filter(x -> x.id().equals("a1"))
        .findFirst().orElseThrow().outlets());
  }

  @Test
  void facetsCountHitsAndOutletsCountCopies() {
    SearchResult r = index.search(new SearchRequest("", List.of(), 0, 10, true, true));
    assertEquals(4, r.total());
    Map<String, List<FacetCount>> f = r.facets();
    assertEquals(Map.of("Coastal Courier", 2L, "Valley Herald", 2L, "Evening Ledger", 1L), asMap(f.get("outlet")));
    assertEquals(Map.of("s1", 1L, "s2", 2L), asMap(f.get("story")));
    assertEquals(List.of(new FacetCount("2021-03", 1), new FacetCount("2021-04", 2)), f.get("month"));
    assertEquals(Map.of("ASSAULT", 2L, "CONSULT", 1L), asMap(f.get("type")));
    assertEquals(Map.of("KILLED", 2L), asMap(f.get("kind")));
    assertEquals(2L, asMap(f.get("entity")).get("Brask"));
    assertEquals(1L, asMap(f.get("entity")).get("Şükrü Ölmez"));

    SearchResult narrow = index.search(new SearchRequest("Brask", List.of(), 0, 10, true, true));
    assertEquals(Map.of("Valley Herald", 1L, "Evening Ledger", 1L), asMap(narrow.facets().get("outlet")));
    assertTrue(articles("Brask").facets().isEmpty());
  }

  private static Map<String, Long> asMap(List<FacetCount> counts) {
    Map<String, Long> m = new java.util.HashMap<>();
    counts.forEach(c -> m.put(c.value(), c.count()));
    return m;
  }

  @Test
  void snippetsMarkMatchesAndEscapeTheRest() {
    String s = articles("shuttered").hits().get(0).snippet();
    assertTrue(s.contains("&lt;Closed&gt; &amp; <mark>shuttered</mark>"), s);
    assertFalse(s.contains("<Closed>"), s);
    String none = articles("entity:voss").hits().get(0).snippet();
    assertTrue(none.startsWith("Negotiators from both sides"), none);
    assertFalse(none.contains("<mark>"), none);
    assertTrue(articles("\"ferry traffic\"").hits().get(0).snippet().contains("<mark>ferry traffic</mark>"));
  }

  @Test
  void wildcardsAreHighlightedThroughTheWordsTheyMatch() {
    // the highlighter gets the expanded words, not the automaton: the same marks, bounded work
    assertTrue(articles("dockworker*").hits().get(0).snippet().contains("<mark>Dockworkers</mark>"));
    assertTrue(articles("walk* AND strait").hits().get(0).snippet().contains("<mark>walked</mark>"));
    String s = articles("walk* AND strait").hits().get(0).snippet();
    assertTrue(s.contains("<mark>walkout</mark>"), s);
    assertFalse(articles("wag?s NOT ferry").total() > 0);
    assertTrue(articles("wag?s").hits().get(0).snippet().contains("<mark>wages</mark>"));
  }

  @Test
  void eventsAndEntitiesAreSearchable() {
    SearchResult ev = index.search(new SearchRequest("Lindholm", List.of("event"), 0, 10, true, false));
    assertEquals(List.of("ev1"), ids(ev));
    SearchHit h = ev.hits().get(0);
    assertEquals("event", h.kind());
    assertEquals("CONSULT: Greta Voss @ Lindholm", h.title());
    assertEquals(List.of("a3"), h.articles());
    assertEquals(List.of("ev2"), ids(index.search(new SearchRequest("type:assault AND published:2021-04-06",
        List.of("event"), 0, 10, true, false))));
    // a generic actor is in the event's title (found by its label), not an entity facet
    SearchResult troops = index.search(new SearchRequest("troops", List.of("event"), 0, 10, true, false));
    assertEquals(List.of("ev2"), ids(troops));
    assertTrue(troops.hits().get(0).title().startsWith("ASSAULT: troops"), troops.hits().get(0).title());
    SearchResult en = index.search(new SearchRequest("voss", List.of("entity"), 0, 10, true, false));
    assertEquals(List.of("e3"), ids(en));
    SearchResult mixed = index.search(new SearchRequest("entity:brask", List.of("article", "event", "entity"), 0, 10,
        true, false));
    assertEquals(4, mixed.total()); // a3, a4, ev2, e4; ev1 is in Lindholm
  }

  @Test
  void pagesWalkTheHits() {
    SearchResult p1 = index.search(new SearchRequest("", List.of(), 0, 3, true, false));
    SearchResult p2 = index.search(new SearchRequest("", List.of(), 3, 3, true, false));
    assertEquals(4, p1.total());
    assertEquals(3, p1.hits().size());
    assertEquals(1, p2.hits().size());
    assertFalse(ids(p1).contains(p2.hits().get(0).id()));
  }

  @Test
  void badRequestsAreQueryExceptions() {
    for (String q : List.of("\"ferry", "(ferry", "ferry AND", "AND", "*erry", "f*", "?x", "/fer+y/",
        "foo:bar", "published:[yesterday TO today]", "published:2021-13", "published:fer*",
        "title:[a TO b]", "ferry^^2", "x~", "published:[2021-05 TO 2021-04]", "a".repeat(1001), ":", "\\")) {
      QueryException e = assertThrows(QueryException.class, () -> articles(q), q);
      assertFalse(e.getMessage().isBlank());
    }
    assertThrows(QueryException.class, () -> index.search(new SearchRequest("ferry", List.of(), 0, 0, true, false)));
    assertThrows(QueryException.class, () -> index.search(new SearchRequest("ferry", List.of(), 0, 101, true, false)));
    assertThrows(QueryException.class, () -> index.search(new SearchRequest("ferry", List.of(), -1, 10, true, false)));
    assertThrows(QueryException.class, () -> index.search(new SearchRequest("ferry", List.of(), 5, 10, true, false)));
    assertThrows(QueryException.class, () -> index.search(new SearchRequest("", List.of("figure"), 0, 10, true, false)));
    QueryException tooLong = assertThrows(QueryException.class, () -> articles("a".repeat(1001)));
    assertTrue(tooLong.getMessage().contains("1000"), tooLong.getMessage());
    QueryException field = assertThrows(QueryException.class, () -> articles("foo:bar"));
    assertTrue(field.getMessage().contains("unknown field 'foo:'"), field.getMessage());
  }

  @Test
  void randomMalformedQueriesGiveOnlyQueryExceptions() {
    String[] parts = {"\"", "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "^", "\\", "/", "+", "-", "!",
        "&&", "||", " AND ", " OR ", " NOT ", " TO ", "ferry", "Brask", "published", "title", "outlet", "2021-04",
        "2021", "0", "~2", "^3", " ", " ", "İ", "\u0000", "é", "*:*", "\uD83D\uDE00"};
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(8);
    int ok = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + rnd.nextInt(12); n > 0; n--) {
        b.append(parts[rnd.nextInt(parts.length)]);
      }
      String q = b.toString();
      try {
        index.search(new SearchRequest(q, List.of("article", "event", "entity"), rnd.nextInt(3), 1 + rnd.nextInt(5),
            rnd.nextBoolean(), rnd.nextBoolean()));
        ok++;
      } catch (QueryException expected) {
        assertFalse(expected.getMessage().isBlank());
      } catch (RuntimeException other) {
        throw new AssertionError("query " + q + " gave " + other, other);
      }
    }
    assertTrue(ok > 100, "some random queries are valid: " + ok);
  }
}

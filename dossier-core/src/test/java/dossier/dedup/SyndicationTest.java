package dossier.dedup;

import static dossier.dedup.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DuplicateGroup;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyndicationTest {
  private static final LocalDate DAY = LocalDate.of(2023, 6, 12);
  private static final String FLOOD_TITLE = "Floods force 4,200 from homes";

  /** Runs the duplicates stage and the statistics over its stored-like output. */
  private static List<Syndication.Row> rows(List<Article> articles) {
    DedupResult r = DedupStage.run(articles, DedupConfig.news());
    return Syndication.of(r.groups(), byId(articles), r.changes());
  }

  private static Map<String, Article> byId(List<Article> articles) {
    Map<String, Article> m = new HashMap<>();
    articles.forEach(a -> m.put(a.id(), a));
    return m;
  }

  private static Map<String, Syndication.Row> byOutlet(List<Syndication.Row> rows) {
    return rows.stream().collect(Collectors.toMap(Syndication.Row::outlet, r -> r));
  }

  @Test
  void outletsRepublishingTheAgencysOwnStoryAreCountedWithTheirEdits() {
    Article agency = article("w", FLOOD_TITLE, Fixtures.WIRE, "AFP", "AFP", DAY);
    Article trimmed = article("t", FLOOD_TITLE, Fixtures.trimmed(), "Valley Weekly", "AFP", DAY);
    Article verbatim = article("v", FLOOD_TITLE, Fixtures.WIRE, "Coast Gazette", "AFP", DAY);
    Article retitled = article("r", "Marrow floods: thousands leave", Fixtures.WIRE,
        "City Courier", "AFP", DAY);
    Article football = article("f", "Athletic promoted", Fixtures.FOOTBALL, "North Star", null,
        DAY);
    Map<String, Syndication.Row> rows = byOutlet(
        rows(List.of(football, retitled, verbatim, trimmed, agency)));

    // the agency's own site is the source, not a republisher; the lone report is no copy
    assertEquals(java.util.Set.of("Valley Weekly", "Coast Gazette", "City Courier"),
        rows.keySet());
    rows.values().forEach(r -> {
      assertEquals("AFP", r.wire());
      assertEquals(1, r.copies());
      assertEquals(1, r.stories());
      assertEquals(1, r.compared());
    });
    assertEquals(0, rows.get("Coast Gazette").edited());
    assertEquals(0.0, rows.get("Coast Gazette").meanChangedShare());
    // a new title is an edit, though no sentence changed
    assertEquals(1, rows.get("City Courier").edited());
    assertEquals(0.0, rows.get("City Courier").meanChangedShare());
    // the trimmed copy lacks the last three of nine sentences (and adds a credit line)
    Syndication.Row t = rows.get("Valley Weekly");
    assertEquals(1, t.edited());
    assertTrue(t.meanChangedShare() >= 3.0 / 10 && t.meanChangedShare() <= 4.0 / 10,
        "share " + t.meanChangedShare());
  }

  @Test
  void withoutCreditsTheWireIsTheCanonicalOutletAndSharesAreAveragedPerOutlet() {
    Article original = article("f", "Athletic promoted", Fixtures.FOOTBALL, "Harbour Post", null,
        DAY);
    Article copy = article("c", "Athletic promoted", Fixtures.FOOTBALL + "\n\nTickets for the "
        + "parade are free, the council said.", "Dunmore Daily", null, DAY.plusDays(1));
    Article flood = article("w", FLOOD_TITLE, Fixtures.WIRE, "Harbour Post", null, DAY);
    Article floodCopy = article("x", FLOOD_TITLE, Fixtures.WIRE, "Dunmore Daily", null,
        DAY.plusDays(1));
    List<Article> all = List.of(copy, original, floodCopy, flood);
    DedupResult dedup = DedupStage.run(all, DedupConfig.news());
    List<Syndication.Row> rows = Syndication.of(dedup.groups(), byId(all), dedup.changes());

    assertEquals(1, rows.size(), rows.toString());
    Syndication.Row r = rows.get(0);
    assertEquals("Harbour Post", r.wire());
    assertEquals("Dunmore Daily", r.outlet());
    assertEquals(2, r.copies());
    assertEquals(2, r.stories());
    assertEquals(1, r.edited());
    // one sentence added to four: 1/5; the verbatim copy 0; mean 0.1
    assertEquals(0.1, r.meanChangedShare(), 1e-9);
    assertEquals(new Syndication.Totals(1, 2),
        Syndication.totals(dedup.groups(), byId(all), dedup.changes()));
  }

  @Test
  void aCreditedCanonicalFromAnotherOutletIsARepublicationNotCompared() {
    Article first = article("a", FLOOD_TITLE, Fixtures.WIRE, "Harbor Ledger", null, DAY);
    Article second = article("b", FLOOD_TITLE, Fixtures.WIRE, "Valley Weekly", "Reuters", DAY);
    Article third = article("c", FLOOD_TITLE, Fixtures.WIRE, "North Star", "reuters", DAY);
    // hand-built group: canonical without a credit, the members' credit decides the wire
    DuplicateGroup g = new DuplicateGroup("dup-a", "a", List.of(
        new DuplicateGroup.Member("b", "exact", 1.0), new DuplicateGroup.Member("c", "exact", 1.0)));
    Map<String, Syndication.Row> rows = byOutlet(Syndication.of(List.of(g),
        byId(List.of(first, second, third)), List.of(
            ChangeFinder.between(first, second), ChangeFinder.between(first, third))));

    assertEquals(3, rows.size(), rows.toString());
    assertTrue(rows.values().stream().allMatch(r -> r.wire().equals("Reuters")));
    Syndication.Row canon = rows.get("Harbor Ledger");
    assertEquals(1, canon.copies());
    assertEquals(0, canon.compared());
    assertTrue(Double.isNaN(canon.meanChangedShare()));
    assertEquals(1, rows.get("North Star").compared());
  }
}

package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Article;
import dossier.model.Entity;
import dossier.model.Mention;
import dossier.model.Story;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-snapshot counts {@link Snapshot#publish} stores answer the server's largest-stories and
 * entity-list reads exactly as counting on the live store (which has no such tables) does.
 */
class SnapshotSummaryTest {
  @TempDir
  Path dir;

  @Test
  void snapshotCountsGiveTheSameAnswersAsCountingNow() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      articles.add(Fixtures.generated("feed/report.txt", i));
    }
    List<String> ids = articles.stream().map(Article::id).toList();
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), articles));
      // story-b is the largest (3 articles), story-a and story-c tie at 1 and order by id
      store.replaceStories(List.of(
          new Story("story-a", "Talks", List.of(ids.get(0)), null, List.of("e1"), "Talks began."),
          new Story("story-b", "Convoys", List.of(ids.get(1), ids.get(2), ids.get(3)), null,
              List.of("e2"), "Convoys arrived."),
          new Story("story-c", "Roads", List.of(ids.get(4)), null, List.of(), "Roads closed.")));
      // e2 is named 4 times in 3 articles, e1 twice in one, e3 never
      store.replaceEntities(List.of(new Entity("e1", "Northern Province", "LOCATION", List.of()),
              new Entity("e2", "Relief Agency", "ORGANIZATION", List.of("the agency")),
              new Entity("e3", "Harbour Board", "ORGANIZATION", List.of())),
          List.of(new Mention(ids.get(0), 0, 9, "Paragraph", "LOCATION", "e1"),
              new Mention(ids.get(0), 20, 29, "Paragraph", "LOCATION", "e1"),
              new Mention(ids.get(1), 0, 9, "Paragraph", "ORGANIZATION", "e2"),
              new Mention(ids.get(1), 20, 29, "Paragraph", "ORGANIZATION", "e2"),
              new Mention(ids.get(2), 0, 9, "Paragraph", "ORGANIZATION", "e2"),
              new Mention(ids.get(3), 0, 9, "Paragraph", "ORGANIZATION", "e2")));
    }
    Path snap = Snapshot.publish(dir);

    List<String> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snap.resolve(DossierStore.FILE));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'snapshot%'"
            + " ORDER BY 1")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    assertEquals(List.of(ApiReader.COOCCURRING, ApiReader.ENTITY_COUNTS, ApiReader.ENTITY_MONTHS,
        ApiReader.STORY_SIZES), tables);

    Answers fromSnapshot;
    try (DossierStore read = DossierStore.openReadOnly(snap)) {
      fromSnapshot = answers(new ApiReader(read));
    }
    Answers counted;
    try (DossierStore live = DossierStore.openReadOnly(dir)) {
      counted = answers(new ApiReader(live));
    }
    assertEquals(List.of("story-b", "story-a", "story-c"), fromSnapshot.largest());
    assertEquals(List.of("e2 4/3", "e1 2/1", "e3 0/0"), fromSnapshot.entities());
    assertEquals(List.of("e2 4/3"), fromSnapshot.one());
    assertEquals(List.of("e3 0/0"), fromSnapshot.oneUnmentioned());
    assertEquals(counted, fromSnapshot);
  }

  /**
   * Co-occurring entities and mentions per month, stored for entities in at least
   * {@link ApiReader#COOCCURRING_FROM} articles, read as counting them now reads them: ties by id,
   * an entity no longer stored left out, a rarer entity counted per request.
   */
  @Test
  void storedCooccurrenceAndMonthsGiveTheSameAnswersAsCountingNow() throws Exception {
    int n = ApiReader.COOCCURRING_FROM + 20;
    List<Article> articles = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article a = Fixtures.generated("feed/report.txt", i * 7); // dated over a year
      articles.add(a);
      mentions.add(new Mention(a.id(), 0, 9, "Paragraph", "ORGANIZATION", "e-big"));
      mentions.add(new Mention(a.id(), 30, 39, "Paragraph", "ORGANIZATION", "e-big"));
      if (i % 3 != 0) {
        mentions.add(new Mention(a.id(), 50, 59, "Paragraph", "LOCATION", i % 2 == 0 ? "e-a" : "e-b"));
      }
      if (i % 5 == 0) {
        mentions.add(new Mention(a.id(), 60, 69, "Paragraph", "PERSON", "e-c"));
        mentions.add(new Mention(a.id(), 70, 79, "Paragraph", "PERSON", "e-gone"));
      }
      if (i % 11 == 0) {
        mentions.add(new Mention(a.id(), 80, 89, "Paragraph", "LOCATION", "e-a"));
      }
    }
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), articles));
      store.replaceEntities(List.of(new Entity("e-big", "Relief Agency", "ORGANIZATION", List.of()),
          new Entity("e-a", "Northern Province", "LOCATION", List.of()),
          new Entity("e-b", "Southern Province", "LOCATION", List.of()),
          new Entity("e-c", "Ana Ortiz", "PERSON", List.of())), mentions);
    }
    Path snap = Snapshot.publish(dir);
    List<List<String>> fromSnapshot;
    try (DossierStore read = DossierStore.openReadOnly(snap)) {
      fromSnapshot = cooccurrence(new ApiReader(read));
    }
    List<List<String>> counted;
    try (DossierStore live = DossierStore.openReadOnly(dir)) {
      counted = cooccurrence(new ApiReader(live));
    }
    assertEquals(List.of("e-a 87", "e-b 73", "e-c 44"), fromSnapshot.get(0)); // e-gone is no entity
    assertEquals(List.of("e-a 87"), fromSnapshot.get(1));
    assertEquals(counted, fromSnapshot);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snap.resolve(DossierStore.FILE));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT DISTINCT entity_id FROM " + ApiReader.COOCCURRING)) {
      assertEquals(true, r.next());
      assertEquals("e-big", r.getString(1)); // the others are in fewer articles: counted per request
      assertEquals(false, r.next());
    }
  }

  private static List<List<String>> cooccurrence(ApiReader r) {
    List<List<String>> out = new ArrayList<>();
    out.add(r.cooccurring("e-big", 20).stream().map(c -> c.id() + " " + c.articles()).toList());
    out.add(r.cooccurring("e-big", 1).stream().map(c -> c.id() + " " + c.articles()).toList());
    out.add(r.cooccurring("e-a", 20).stream().map(c -> c.id() + " " + c.articles()).toList());
    for (String e : List.of("e-big", "e-a", "e-c", "e-none")) {
      out.add(r.mentionMonths(e).stream().map(m -> m.month() + " " + m.count() + "/" + m.articles()).toList());
    }
    return out;
  }

  private record Answers(List<String> largest, List<String> entities, List<String> one,
      List<String> oneUnmentioned) {}

  private static Answers answers(ApiReader r) {
    List<String> largest = r.stories(null, null, ApiReader.StoryOrder.LARGEST, 0, 10).items().stream()
        .map(Story::id).toList();
    List<String> entities = r.entities(null, null, 0, 10).items().stream().map(SnapshotSummaryTest::row).toList();
    return new Answers(largest, entities, List.of(row(r.entity("e2").orElseThrow())),
        List.of(row(r.entity("e3").orElseThrow())));
  }

  private static String row(ApiReader.EntityRow e) {
    return e.entity().id() + " " + e.mentions() + "/" + e.articles();
  }
}

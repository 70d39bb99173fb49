package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Mention;
import dossier.model.Part;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language layer's per-article tables: chunks, stored names, parts, stale rows, migration. */
class NlpTablesTest {
  @TempDir Path dir;

  /** The wire story's annotation: a body name, a caption name and a caption date. */
  private static ArticleAnnotation annotation(Article a, String state, PublicationDate published) {
    String caption = a.captions().get(0).text();
    int at = caption.indexOf("March 2, 2021");
    return new ArticleAnnotation(a.id(), state, 60,
        List.of(new Mention(a.id(), 0, 6, "GENEVA", "LOCATION", null),
            new Mention(a.id(), 0, 9, "Delegates", "NATIONALITY", null, Part.caption(0))),
        Set.of("Genevan"),
        List.of(new TimeExpression(a.id(), 58, 65, "Tuesday", "DATE", "2021-03-02",
                DateRange.exact(LocalDate.of(2021, 3, 2))),
            new TimeExpression(a.id(), at, at + 13, "March 2, 2021", "DATE", "2021-03-02",
                DateRange.exact(LocalDate.of(2021, 3, 2)), Part.caption(0))),
        published);
  }

  @Test
  void aChunkIsStoredWholeAndReadBackWithItsParts() throws IOException {
    Article a = Fixtures.wireStory();
    Article b = Fixtures.rangeStory();
    PublicationDate content = new PublicationDate(DateRange.between(LocalDate.of(2019, 5, 10),
        LocalDate.of(2019, 5, 31)), DateBasis.CONTENT, "mentions 10 May", 0.3);
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(a, b)));
      store.commitAnnotations(List.of(annotation(a, "k1", null),
          new ArticleAnnotation(b.id(), "k2", 20, List.of(), Set.of(), List.of(), content)));

      assertEquals(Map.of(a.id(), "k1", b.id(), "k2"), store.annotationStates());
      assertEquals(content, store.article(b.id()).orElseThrow().published(), "new date in the same commit");
      assertEquals(a.published(), store.article(a.id()).orElseThrow().published(), "null: unchanged");
      List<TimeExpression> times = store.times();
      assertEquals(annotation(a, "k1", null).times(), times, "body first, then the caption");
      assertEquals(Part.caption(0), times.get(1).part());

      // ordered by source ("batch/..." before "inbox/..."), names in their stored order
      List<ArticleAnnotation> names = store.annotatedNames();
      assertEquals(List.of(b.id(), a.id()), names.stream().map(ArticleAnnotation::articleId).toList());
      ArticleAnnotation readA = names.get(1);
      assertEquals(annotation(a, "k1", null).names(), readA.names());
      assertEquals(Set.of("Genevan"), readA.adjectives());
      assertEquals(List.of(), readA.times());
      assertNull(readA.published());

      // re-annotating replaces the article's rows, it never adds to them
      store.commitAnnotations(List.of(annotation(a, "k3", null)));
      assertEquals("k3", store.annotationStates().get(a.id()));
      assertEquals(2, store.times().size());
      assertEquals(2, store.count("nlp_names"));

      // resolved caption mentions keep their part
      Mention inCaption = new Mention(a.id(), 0, 9, "Delegates", "PERSON", "e1", Part.caption(0));
      store.replaceEntities(List.of(new Entity("e1", "Delegates", "PERSON", List.of())), List.of(inCaption));
      assertEquals(List.of(inCaption), store.mentions());
    }
  }

  @Test
  void annotationsOfArticlesNoLongerStoredAreDropped() throws IOException {
    Article a = Fixtures.wireStory();
    try (DossierStore store = DossierStore.open(dir)) {
      store.commitAnnotations(List.of(annotation(a, "k1", null))); // its article was never stored
      assertEquals(0, store.annotatedNames().size(), "only names of stored articles are read");
      assertEquals(1, store.dropStaleAnnotations());
      assertTrue(store.annotationStates().isEmpty());
      assertEquals(0, store.count("nlp_names"));
      assertTrue(store.times().isEmpty());
    }
  }

  @Test
  void anOlderFileGetsThePartColumnsWithBodyForOldRows() throws Exception {
    Path file = dir.resolve(DossierStore.FILE);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
      s.execute("INSERT INTO meta VALUES ('schema_version', '3')");
      s.execute("CREATE TABLE mentions (article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL,"
          + " end_char INTEGER NOT NULL, text VARCHAR NOT NULL, type VARCHAR, entity_id VARCHAR)");
      s.execute("INSERT INTO mentions VALUES ('a1', 0, 6, 'GENEVA', 'LOCATION', 'e1')");
    }
    try (DossierStore store = DossierStore.open(dir)) {
      assertEquals(List.of(new Mention("a1", 0, 6, "GENEVA", "LOCATION", "e1", Part.TEXT)), store.mentions());
    }
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      assertEquals(1, store.count("mentions"), "version 4 after the migration");
    }
  }
}

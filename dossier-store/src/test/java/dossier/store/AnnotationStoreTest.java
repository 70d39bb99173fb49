package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStoreTest {
  @TempDir Path dir;

  @Test
  void laterStagesReadBackWhatTheyStored() throws IOException {
    Article a = Fixtures.wireStory();
    Article b = Fixtures.rangeStory();
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(a, b)));
      Annotations.storeAll(store, a, b);

      assertEquals(Annotations.entities().stream().sorted((x, y) -> x.id().compareTo(y.id()))
          .toList(), store.entities());
      assertEquals(Annotations.mentions(a).stream()
          .sorted((x, y) -> Integer.compare(x.start(), y.start())).toList(), store.mentions());
      assertEquals(Annotations.duplicates(a, b), store.duplicates());
      assertEquals(Annotations.stories(a, b), store.stories());
      assertEquals(Annotations.times(a), store.times());
      assertEquals(Annotations.events(a), store.events());
      assertEquals(Annotations.figures(a), store.figures());
    }
  }

  @Test
  void rerunningAStageReplacesItsRows() throws IOException {
    Article a = Fixtures.wireStory();
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(a)));
      store.replaceEvents(Annotations.events(a));
      store.replaceEvents(Annotations.events(a));
      assertEquals(Annotations.events(a), store.events());
      store.addTimes(Annotations.times(a));
      store.addTimes(Annotations.times(a).subList(0, 1));
      assertEquals(Annotations.times(a).subList(0, 1), store.times());
      store.replaceEntities(List.of(), List.of());
      assertTrue(store.entities().isEmpty());
      assertEquals(0, store.count("entity_aliases"));
    }
  }

  @Test
  void eventsOfAFileWrittenBeforeDateBasesReadWithNoBasis() throws Exception {
    Article a = Fixtures.wireStory();
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(a)));
      store.replaceEvents(Annotations.events(a));
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(
            "jdbc:duckdb:" + dir.resolve(DossierStore.FILE).toAbsolutePath());
        java.sql.Statement s = c.createStatement()) {
      s.execute("ALTER TABLE events DROP COLUMN date_basis"); // as an older Dossier wrote it
    }
    try (DossierStore store = DossierStore.open(dir)) {
      dossier.model.Event e = store.events().get(0);
      assertEquals(null, e.dateBasis(), "not known, not guessed");
      assertEquals(Annotations.events(a).get(0).date(), e.date());
      store.replaceEvents(Annotations.events(a)); // the added column takes new rows
      assertEquals(Annotations.events(a), store.events());
    }
  }

  @Test
  void contentDatesAreWrittenBackAndMentionsCounted() throws IOException {
    Article a = Fixtures.wireStory();
    Article b = Fixtures.rangeStory();
    dossier.model.PublicationDate range = new dossier.model.PublicationDate(
        dossier.model.DateRange.between(java.time.LocalDate.of(2021, 3, 1), null),
        dossier.model.DateBasis.CONTENT, "mentions as past: 1 March 2021", 0.3);
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(a, b)));
      store.addTimes(Annotations.times(a));
      store.replaceEntities(Annotations.entities(), Annotations.mentions(a));
      store.updatePublished(Map.of(a.id(), range));
      assertEquals(a.withPublished(range), store.article(a.id()).orElseThrow());
      assertEquals(b, store.article(b.id()).orElseThrow(), "other articles are untouched");
      assertEquals(Annotations.times(a), store.times(), "its time expressions stay");
      Map<String, EntityStats> stats = store.entityStats();
      assertEquals(new EntityStats(1, List.of(a.id())), stats.get("e-geneva"));
      assertEquals(2, stats.size(), "an unresolved mention counts for no entity");
    }
  }

  @Test
  void redatingAnArticleKeepsItsAnnotationsButAChangedFileDropsThem() throws IOException {
    Article a = Fixtures.wireStory();
    FileRecord before = new FileRecord(a.source(), 812, 1L, null, FileRecord.DONE, null, 0, 1);
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(before), List.of(a)));
      store.addTimes(Annotations.times(a));
      store.replaceEntities(Annotations.entities(), Annotations.mentions(a));
      store.commit(new Batch(List.of(), List.of(a.withPublished(
          dossier.model.PublicationDate.unknown()))));
      assertEquals(Annotations.times(a), store.times());
      assertEquals(3, store.mentions().size());

      FileRecord edited = new FileRecord(a.source(), 990, 2L, null, FileRecord.DONE, null, 0, 0);
      store.commit(new Batch(List.of(edited), List.of()));
      assertTrue(store.article(a.id()).isEmpty());
      assertTrue(store.times().isEmpty());
      assertTrue(store.mentions().isEmpty());
      assertEquals(2, store.entities().size()); // entities are rebuilt by their own stage
    }
  }

  @Test
  void runsAreRecordedWithStageTimings() throws IOException {
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("ingest", 1520L);
    timings.put("dates", 88L);
    Instant start = Instant.parse("2024-02-01T10:00:00Z");
    RunRecord running = new RunRecord("r1", start, null, 12, 0, 0, timings);
    RunRecord finished = new RunRecord("r1", start, start.plusSeconds(95), 12, 40, 3, timings);
    try (DossierStore store = DossierStore.open(dir)) {
      store.recordRun(running);
      assertEquals(List.of(running), store.runs());
      store.recordRun(finished);
      assertEquals(List.of(finished), store.runs());
      assertEquals(List.of("ingest", "dates"), List.copyOf(store.runs().get(0).stageMillis().keySet()));
    }
  }
}

package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.export.Exporter;
import dossier.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-parquet → import-parquet gives back the same dossier; tables that do not fit are named. */
class ParquetTablesTest {
  @TempDir Path tmp;
  private Path dossier;

  @BeforeEach
  void fill() throws IOException {
    dossier = tmp.resolve("d");
    Article wire = Fixtures.wireStory();
    Article range = Fixtures.rangeStory();
    try (DossierStore store = DossierStore.open(dossier)) {
      store.commit(new Batch(List.of(), List.of(wire, range, Fixtures.bare())));
      Annotations.storeAll(store, wire, range);
    }
  }

  private static String json(Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      Exporter.export(store, Exporter.Format.JSON, out);
    }
    // the export's own time stamp is the one field that may differ
    return out.toString(StandardCharsets.UTF_8).replaceFirst("\"exported_at\":\"[^\"]*\"", "\"exported_at\":\"\"");
  }

  private Path exported() throws IOException {
    Path pq = tmp.resolve("pq");
    try (DossierStore store = DossierStore.openReadOnly(dossier)) {
      ParquetTables.Written w = ParquetTables.export(store, pq);
      assertEquals(3L, w.rows().get("articles"));
      assertEquals(Schema.tables().size(), w.rows().size());
    }
    return pq;
  }

  @Test
  void roundTripGivesTheSameExport() throws IOException {
    Path pq = exported();
    for (String table : Schema.tables()) {
      assertTrue(Files.isDirectory(pq.resolve(table)), table);
    }
    // articles are partitioned by year; the bare article (no date) goes to the null partition
    assertTrue(Files.isDirectory(pq.resolve("articles/published_year=2021")));
    assertTrue(Files.isDirectory(pq.resolve("articles/published_year=2019")));

    Path back = tmp.resolve("back");
    Map<String, Long> rows = ParquetTables.importInto(pq, back);
    assertEquals(3L, rows.get("articles"));
    assertEquals(1L, rows.get("stories"));
    String before = json(dossier);
    assertTrue(before.contains("Palais des Nations"));
    assertEquals(before, json(back));
  }

  @Test
  void aMissingTableReadsAsEmptyButArticlesAreRequired() throws IOException {
    Path pq = exported();
    deleteTree(pq.resolve("events"));
    Map<String, Long> rows = ParquetTables.importInto(pq, tmp.resolve("back"));
    assertEquals(0L, rows.get("events"));
    assertEquals(3L, rows.get("articles"));

    deleteTree(pq.resolve("articles"));
    IOException e = assertThrows(IOException.class, () -> ParquetTables.importInto(pq, tmp.resolve("b2")));
    assertTrue(e.getMessage().contains("no articles table"), e.getMessage());
  }

  @Test
  void aColumnOfTheWrongTypeOrMissingIsNamedAndNothingIsLeftBehind() throws Exception {
    Path pq = exported();
    // a writer that got the contract wrong: published_value as text, stories without summary
    rewrite(pq.resolve("articles"), "SELECT * REPLACE (CAST(published_value AS VARCHAR) AS published_value)");
    Path back = tmp.resolve("back");
    IOException e = assertThrows(IOException.class, () -> ParquetTables.importInto(pq, back));
    assertTrue(e.getMessage().contains("articles: column published_value is VARCHAR, the store wants DATE"),
        e.getMessage());
    assertFalse(Files.exists(back.resolve(DossierStore.FILE)), "a failed import leaves no dossier");

    Path pq2 = tmp.resolve("pq2");
    try (DossierStore store = DossierStore.openReadOnly(dossier)) {
      ParquetTables.export(store, pq2);
    }
    rewrite(pq2.resolve("stories"), "SELECT * EXCLUDE (summary)");
    e = assertThrows(IOException.class, () -> ParquetTables.importInto(pq2, back));
    assertTrue(e.getMessage().contains("stories: no column summary"), e.getMessage());

    rewrite(pq2.resolve("stories"), "SELECT *, NULL::VARCHAR AS summary, 1 AS weight");
    e = assertThrows(IOException.class, () -> ParquetTables.importInto(pq2, back));
    assertTrue(e.getMessage().contains("stories: unknown column weight"), e.getMessage());
  }

  @Test
  void refusesANonEmptyTargetAndAnExistingDossier() throws IOException {
    Path pq = exported();
    try (DossierStore store = DossierStore.openReadOnly(dossier)) {
      IOException e = assertThrows(IOException.class, () -> ParquetTables.export(store, pq));
      assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }
    IOException e = assertThrows(IOException.class, () -> ParquetTables.importInto(pq, dossier));
    assertTrue(e.getMessage().contains("holds a dossier already"), e.getMessage());
  }

  /** Replaces the Parquet files of one table by {@code select} over them (FROM added). */
  private static void rewrite(Path tableDir, String select) throws Exception {
    Path tmpFile = tableDir.resolveSibling(tableDir.getFileName() + ".tmp.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (" + select + " FROM read_parquet('" + tableDir + "/**/*.parquet',"
          + " hive_partitioning = false)) TO '" + tmpFile + "' (FORMAT parquet)");
    }
    deleteTree(tableDir);
    Files.createDirectories(tableDir);
    Files.move(tmpFile, tableDir.resolve("part-0.parquet"));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}

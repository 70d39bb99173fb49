package dossier.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Read snapshots of a dossier, for readers (the server) that must go on while a build writes.
 * DuckDB lets one process hold a database file for writing and then no other process may open it,
 * so a build publishes, at the end of each run, a copy of its closed database as
 * {@code DIR/snapshots/NAME/dossier.duckdb} and then switches the one-line pointer
 * {@code DIR/snapshots/CURRENT} to NAME by an atomic rename. Readers open the snapshot named by
 * CURRENT read-only and move to a newer one when CURRENT changes. The last {@link #KEEP} snapshots
 * are kept, so a reader still on the previous one is not cut off.
 */
public final class Snapshot {
  /** Folder of the snapshots inside a dossier. */
  public static final String DIR = "snapshots";
  /** The pointer file naming the current snapshot. */
  public static final String CURRENT = "CURRENT";
  /** How many snapshots are kept. */
  public static final int KEEP = 2;

  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Snapshot() {}

  /**
   * Copies the dossier's database (closed by its writer, or held by no writer) into a new snapshot
   * and makes it current; removes snapshots older than the last {@link #KEEP}.
   *
   * @return the new snapshot's folder
   */
  public static Path publish(Path dossierDir) throws IOException {
    Path db = dossierDir.resolve(DossierStore.FILE);
    if (!Files.isRegularFile(db)) {
      throw new IOException(dossierDir + " is not a dossier (no " + DossierStore.FILE + ")");
    }
    Path root = dossierDir.resolve(DIR);
    Files.createDirectories(root);
    String name = uniqueName(root);
    Path tmp = root.resolve(name + ".tmp");
    Files.createDirectories(tmp);
    Files.copy(db, tmp.resolve(DossierStore.FILE), StandardCopyOption.REPLACE_EXISTING);
    Path wal = dossierDir.resolve(DossierStore.FILE + ".wal");
    if (Files.isRegularFile(wal)) {
      // a store closed uncleanly keeps committed work in its log: the snapshot replays it on open
      Files.copy(wal, tmp.resolve(DossierStore.FILE + ".wal"), StandardCopyOption.REPLACE_EXISTING);
    }
    index(tmp.resolve(DossierStore.FILE));
    Path dest = root.resolve(name);
    move(tmp, dest);
    Path pointer = root.resolve(CURRENT + ".tmp");
    Files.writeString(pointer, name + "\n", StandardCharsets.UTF_8);
    move(pointer, root.resolve(CURRENT));
    prune(root, name);
    return dest;
  }

  /**
   * Lookup indexes the server's per-article and per-group reads use. The live store has none (they
   * would slow every write); on the copy, made once per build, a lookup by id costs a fraction of
   * a millisecond where a scan of a child table costs tens at 100,000 articles.
   */
  static final String[][] INDEXES = {{"article_paragraphs", "article_id"}, {"article_credits", "article_id"},
      {"article_captions", "article_id"}, {"article_removed", "article_id"}, {"article_flags", "article_id"},
      {"duplicate_members", "article_id"}, {"duplicate_members", "group_id"},
      {"duplicate_changes", "article_id"}, {"story_articles", "article_id"}, {"story_articles", "story_id"},
      {"mentions", "article_id"}, {"mentions", "entity_id"}, {"event_sources", "article_id"}};

  /**
   * Per-snapshot answers the server would otherwise recompute on every request: articles per story
   * (the overview's largest stories) and mentions per entity (the entities list's order, an
   * entity's counts). A snapshot never changes, so they never go stale. Name, source table, query.
   */
  static final String[][] SUMMARIES = {
      {ApiReader.STORY_SIZES, "story_articles",
          "SELECT story_id, count(*) AS n FROM story_articles GROUP BY story_id"},
      {ApiReader.ENTITY_COUNTS, "mentions",
          "SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS a FROM mentions GROUP BY entity_id"},
      {ApiReader.ENTITY_MONTHS, "mentions", "SELECT m.entity_id, " + ApiReader.MONTH.formatted("a.published")
          + " AS mo, count(*) AS n, count(DISTINCT m.article_id) AS a FROM mentions m JOIN articles a"
          + " ON a.id = m.article_id WHERE m.entity_id IS NOT NULL GROUP BY ALL"},
      // ranked as ApiReader counts them per request: shared articles, then id; unknown ids left out
      {ApiReader.COOCCURRING, "mentions", "WITH em AS (SELECT DISTINCT entity_id, article_id FROM"
          + " mentions WHERE entity_id IS NOT NULL), top AS (SELECT entity_id FROM " + ApiReader.ENTITY_COUNTS
          + " WHERE entity_id IS NOT NULL AND a >= " + ApiReader.COOCCURRING_FROM + "),"
          + " pairs AS (SELECT x.entity_id, y.entity_id AS other_id, count(*) AS articles FROM em x"
          + " JOIN em y ON y.article_id = x.article_id AND y.entity_id <> x.entity_id"
          + " WHERE x.entity_id IN (SELECT entity_id FROM top) AND y.entity_id IN (SELECT id FROM entities)"
          + " GROUP BY ALL)"
          + " SELECT entity_id, other_id, articles, row_number() OVER (PARTITION BY entity_id"
          + " ORDER BY articles DESC, other_id) AS rank FROM pairs"
          + " QUALIFY rank <= " + ApiReader.COOCCURRING_KEPT}};

  private static void index(Path db) throws IOException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      for (String[] ix : INDEXES) {
        if (!exists(s, ix[0])) {
          continue; // a dossier from before this table existed
        }
        s.execute("CREATE INDEX IF NOT EXISTS snapshot_" + ix[0] + "_" + ix[1] + " ON " + ix[0] + "(" + ix[1] + ")");
      }
      for (String[] sum : SUMMARIES) {
        if (exists(s, sum[1])) {
          s.execute("CREATE OR REPLACE TABLE " + sum[0] + " AS " + sum[2]);
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot index the snapshot " + db + ": " + e.getMessage(), e);
    }
  }

  private static boolean exists(Statement s, String table) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE table_name = '" + table + "'")) {
      return r.next() && r.getLong(1) > 0;
    }
  }

  /** The folder of the current snapshot, when one was published. */
  public static Optional<Path> current(Path dossierDir) throws IOException {
    Optional<String> name = currentName(dossierDir);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Path dir = dossierDir.resolve(DIR).resolve(name.get());
    return Files.isRegularFile(dir.resolve(DossierStore.FILE)) ? Optional.of(dir) : Optional.empty();
  }

  /** The name written in CURRENT, when there is one (cheap: readers poll it). */
  public static Optional<String> currentName(Path dossierDir) throws IOException {
    Path pointer = dossierDir.resolve(DIR).resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    // the pointer names a folder beside it, never a path elsewhere
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  private static String uniqueName(Path root) {
    String base = NAME.format(java.time.Instant.now());
    String name = base;
    for (int i = 1; Files.exists(root.resolve(name)); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes all but the newest {@link #KEEP} snapshots (names sort by time) and stray temp folders. */
  private static void prune(Path root, String current) throws IOException {
    List<Path> snaps = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, Files::isDirectory)) {
      ds.forEach(snaps::add);
    }
    snaps.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path p : snaps) {
      if (p.getFileName().toString().endsWith(".tmp")) {
        deleteTree(p); // left by a publish that was killed; one writer at a time, so not in use
      }
    }
    List<Path> done = snaps.stream().filter(p -> !p.getFileName().toString().endsWith(".tmp")).toList();
    for (int i = 0; i < done.size() - KEEP; i++) {
      if (!done.get(i).getFileName().toString().equals(current)) {
        deleteTree(done.get(i));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    // a reader may still have the file open: on POSIX its data stays readable until it closes it
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

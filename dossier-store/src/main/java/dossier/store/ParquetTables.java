package dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tables of a dossier as Parquet, one directory per table (docs/schema.md, "Parquet layout"):
 * what {@code dossier export-parquet} writes and the Spark job writes, and what
 * {@code dossier import-parquet} reads back into a store.
 */
public final class ParquetTables {
  /** The partition column of {@code articles}: the year of the earliest possible publication day. */
  public static final String ARTICLES_PARTITION = "published_year";

  private ParquetTables() {}

  /** What an export wrote: rows per table, in table order. */
  public record Written(Map<String, Long> rows) {
    public long total() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Writes every table of {@code store} under {@code out} (created; must be empty): {@code out/TABLE/}
   * holds the table's Parquet files; {@code articles} is partitioned by {@value #ARTICLES_PARTITION}
   * ({@code published_year=2024/...}) so a reader of a time window opens only its years.
   */
  public static Written export(DossierStore store, Path out) throws IOException {
    emptyTarget(out);
    Map<String, Long> rows = new LinkedHashMap<>();
    Connection c = store.connection();
    try {
      for (String table : Schema.tables()) {
        Path dir = Files.createDirectories(out.resolve(table));
        long n = count(c, table);
        rows.put(table, n);
        String sql;
        if (table.equals("articles") && n > 0) {
          sql = "COPY (SELECT *, year(coalesce(published_value, published_earliest)) AS "
              + ARTICLES_PARTITION + " FROM articles ORDER BY id) TO " + literal(dir)
              + " (FORMAT parquet, PARTITION_BY (" + ARTICLES_PARTITION + "), OVERWRITE_OR_IGNORE)";
        } else {
          // one file per table: the small tables stay one file, and an empty one still carries its schema
          sql = "COPY (SELECT * FROM " + table + ") TO " + literal(dir.resolve("part-0.parquet"))
              + " (FORMAT parquet)";
        }
        execute(c, sql);
      }
    } catch (SQLException e) {
      throw new IOException("cannot write Parquet to " + out + ": " + e.getMessage(), e);
    }
    return new Written(rows);
  }

  /**
   * Creates the dossier {@code dossierDir} (which must not hold one yet) from the tables under
   * {@code parquetDir}, in one transaction. {@code articles} is required, every other table may be
   * missing (read as empty); a table present must have every column of the store's table with a
   * type that converts without loss, else an {@link IOException} names the table and the column.
   * Extra columns are refused unless they are hive partition keys (a {@code key=value} directory).
   */
  public static Map<String, Long> importInto(Path parquetDir, Path dossierDir) throws IOException {
    if (!Files.isDirectory(parquetDir)) {
      throw new IOException(parquetDir + ": not a directory of Parquet tables");
    }
    if (!Files.isDirectory(parquetDir.resolve("articles"))) {
      throw new IOException(parquetDir + ": no articles table (articles/*.parquet)");
    }
    if (Files.exists(dossierDir.resolve(DossierStore.FILE))) {
      throw new IOException(dossierDir + " holds a dossier already; import into a new folder");
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    try (DossierStore store = DossierStore.open(dossierDir)) {
      Connection c = store.connection();
      try {
        checkVersion(c, parquetDir);
        Transactions.run(c, () -> {
          for (String table : Schema.tables()) {
            if (table.equals("meta")) {
              continue; // open() wrote the version; checkVersion compared the imported one
            }
            Path dir = parquetDir.resolve(table);
            if (!Files.isDirectory(dir) || !hasParquet(dir)) {
              rows.put(table, 0L);
              continue;
            }
            rows.put(table, load(c, table, dir));
          }
        });
      } catch (SQLException e) {
        throw new IOException(e.getMessage(), e);
      }
    } catch (IOException e) {
      deleteStore(dossierDir);
      throw e;
    }
    return rows;
  }

  private static long load(Connection c, String table, Path dir) throws SQLException {
    String source = "read_parquet(" + literal(dir.resolve("**").resolve("*.parquet"))
        + ", hive_partitioning = true, union_by_name = true)";
    Map<String, String> want = columns(c, "DESCRIBE " + table);
    Map<String, String> have = columns(c, "DESCRIBE SELECT * FROM " + source);
    List<String> partitionKeys = partitionKeys(dir);
    for (Map.Entry<String, String> w : want.entrySet()) {
      String got = have.get(w.getKey());
      if (got == null) {
        throw new SQLException("Parquet table " + table + ": no column " + w.getKey() + " ("
            + w.getValue() + "); it has " + have.keySet());
      }
      if (!ParquetTypes.fits(got, w.getValue())) {
        throw new SQLException("Parquet table " + table + ": column " + w.getKey() + " is " + got
            + ", the store wants " + w.getValue());
      }
    }
    for (String extra : have.keySet()) {
      if (!want.containsKey(extra) && !partitionKeys.contains(extra)) {
        throw new SQLException("Parquet table " + table + ": unknown column " + extra + " ("
            + have.get(extra) + "); the store's columns are " + want.keySet());
      }
    }
    String cols = String.join(", ", want.keySet());
    try {
      execute(c, "INSERT INTO " + table + " (" + cols + ") SELECT " + cols + " FROM " + source);
    } catch (SQLException e) {
      throw new SQLException("Parquet table " + table + ": " + e.getMessage(), e);
    }
    return count(c, table);
  }

  /** Column name to DuckDB type, in order. */
  private static Map<String, String> columns(Connection c, String describe) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(describe)) {
      while (r.next()) {
        out.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    return out;
  }

  /** The names of the {@code key=value} directories under {@code dir}: hive partition keys. */
  private static List<String> partitionKeys(Path dir) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> n.indexOf('=') > 0).map(n -> n.substring(0, n.indexOf('=')))
          .distinct().forEach(keys::add);
    } catch (IOException e) {
      throw new SQLException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    return keys;
  }

  private static boolean hasParquet(Path dir) throws SQLException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new SQLException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** An imported {@code meta} table must carry this store's schema version. */
  private static void checkVersion(Connection c, Path parquetDir) throws SQLException, IOException {
    Path meta = parquetDir.resolve("meta");
    if (!Files.isDirectory(meta) || !hasParquet(meta)) {
      return;
    }
    String sql = "SELECT value FROM read_parquet(" + literal(meta.resolve("**").resolve("*.parquet"))
        + ") WHERE key = 'schema_version'";
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      if (r.next() && !Integer.toString(Schema.VERSION).equals(r.getString(1))) {
        throw new IOException(parquetDir + ": tables of schema version " + r.getString(1)
            + ", this Dossier reads " + Schema.VERSION);
      }
    }
  }

  private static void emptyTarget(Path out) throws IOException {
    if (Files.exists(out)) {
      try (Stream<Path> list = Files.list(out)) {
        if (list.findAny().isPresent()) {
          throw new IOException(out + " is not empty; write Parquet tables to a new folder");
        }
      }
    }
    Files.createDirectories(out);
  }

  private static void deleteStore(Path dossierDir) {
    for (String name : List.of(DossierStore.FILE, DossierStore.FILE + ".wal")) {
      try {
        Files.deleteIfExists(dossierDir.resolve(name));
      } catch (IOException ignored) {
        // the error being reported matters more than a leftover half-made file
      }
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * A path as an SQL string literal. DuckDB takes no bound parameter for a COPY target or a table
   * function's file name, so the path is quoted here (quotes doubled); table names come from Schema.
   */
  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}

package dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes some tables of a store as Parquet part files, {@code DIR/TABLE/NAME.parquet}: how the
 * Spark job writes the rows each task computed through the store's own writers, so the files have
 * exactly the store's columns and types (the layout of docs/schema.md, which {@code dossier
 * import-parquet} reads). {@code articles} is split by the year of its earliest possible
 * publication day, {@code DIR/articles/published_year=YYYY/NAME_0.parquet}.
 */
public final class ParquetParts {
  /** The partition column of {@code articles}. */
  public static final String ARTICLES_PARTITION = "published_year";

  private ParquetParts() {}

  /** The names of the store's tables (the Parquet layout has one directory each). */
  public static List<String> tables() {
    return Schema.tables();
  }

  /**
   * Writes the non-empty tables among {@code tables} under {@code dir}, each file named {@code name}
   * (unique per writer); returns the files written.
   */
  public static List<Path> write(DossierStore store, Collection<String> tables, Path dir, String name)
      throws IOException {
    List<Path> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement()) {
      for (String table : tables) {
        if (!Schema.tables().contains(table)) {
          throw new IllegalArgumentException("no table " + table);
        }
        if (store.count(table) == 0) {
          continue;
        }
        Path tdir = Files.createDirectories(dir.resolve(table));
        if (table.equals("articles")) {
          s.execute("COPY (SELECT *, year(coalesce(published_value, published_earliest)) AS "
              + ARTICLES_PARTITION + " FROM articles ORDER BY id) TO " + literal(tdir)
              + " (FORMAT parquet, PARTITION_BY (" + ARTICLES_PARTITION + "), OVERWRITE_OR_IGNORE,"
              + " FILENAME_PATTERN '" + name.replace("'", "") + "_{i}')");
        } else {
          s.execute("COPY (SELECT * FROM " + table + ") TO "
              + literal(tdir.resolve(name + ".parquet")) + " (FORMAT parquet)");
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot write Parquet under " + dir + ": " + e.getMessage(), e);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).forEach(out::add);
    }
    return out;
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}

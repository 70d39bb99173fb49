package dossier.store;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** DuckDB appenders on the main schema. */
final class Appenders {
  private Appenders() {}

  static DuckDBAppender open(DuckDBConnection c, String table) throws SQLException {
    return c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /** Flushes explicitly: a failed flush throws here, while close() does not report it. */
  static void flush(DuckDBAppender... appenders) throws SQLException {
    for (DuckDBAppender ap : appenders) {
      ap.flush();
    }
  }
}

package dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit transactions. DuckDB's appender joins a transaction only when one is already open on
 * the connection (with JDBC's lazy auto-commit-off it would commit on its own), so every write
 * opens one with {@code BEGIN TRANSACTION} before it appends anything.
 */
final class Transactions {
  private Transactions() {}

  /** Work done inside one transaction. */
  interface Work {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
  static void run(Connection c, Work work) throws SQLException {
    execute(c, "BEGIN TRANSACTION");
    try {
      work.run();
      execute(c, "COMMIT");
    } catch (SQLException | RuntimeException e) {
      try {
        execute(c, "ROLLBACK");
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}

package dossier.store;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small helpers to read query results into records. */
final class Rows {
  private Rows() {}

  /** Turns the current row of a result set into a value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** All rows of a parameterless query. */
  static <T> List<T> list(Connection c, String sql, Reader<T> reader) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(reader.read(r));
      }
    }
    return out;
  }

  /** Whether the store has table {@code name} (tables added later are absent from older files). */
  static boolean hasTable(Connection c, String name) throws SQLException {
    return !list(c, "SELECT 1 FROM duckdb_tables() WHERE table_name = '" + name + "'", r -> 1)
        .isEmpty(); // name is a constant of the caller, never input
  }

  /** Rows grouped by the string in column 1, each group in query order. */
  static <T> Map<String, List<T>> grouped(Connection c, String sql, Reader<T> reader)
      throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(reader.read(r));
      }
    }
    return out;
  }

  /** The values of a SQL array as strings; an empty list for SQL null. */
  static List<String> strings(Array a) throws SQLException {
    List<String> out = new ArrayList<>();
    if (a != null) {
      for (Object o : (Object[]) a.getArray()) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }

  /** A read that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlCall<T> {
    T call() throws SQLException;
  }

  /** Runs {@code call}, turning a SQL error into a {@link StoreException} naming the dossier and the read. */
  static <T> T read(Path dir, String what, SqlCall<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot " + what, e);
    }
  }
}

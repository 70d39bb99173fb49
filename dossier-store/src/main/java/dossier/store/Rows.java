package dossier.store;

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
}

package dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code files} table: what each build did with each input file. */
final class FileTable {
  private static final String COLUMNS =
      "source, size, mtime, sha256, status, reason, progress, articles";

  private FileTable() {}

  static Optional<FileRecord> find(Connection c, String source) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM files WHERE source = ?")) {
      p.setString(1, source);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    }
  }

  static List<FileRecord> all(Connection c) throws SQLException {
    List<FileRecord> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM files ORDER BY source");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(read(r));
      }
    }
    return out;
  }

  static void upsert(Connection c, FileRecord f) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT OR REPLACE INTO files (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, f.source());
      p.setLong(2, f.size());
      p.setLong(3, f.mtime());
      p.setString(4, f.sha256());
      p.setString(5, f.status());
      p.setString(6, f.reason());
      p.setLong(7, f.progress());
      p.setInt(8, f.articles());
      p.executeUpdate();
    }
  }

  static FileRecord read(ResultSet r) throws SQLException {
    return new FileRecord(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4),
        r.getString(5), r.getString(6), r.getLong(7), r.getInt(8));
  }
}

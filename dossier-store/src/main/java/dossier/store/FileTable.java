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

  /** The stored records of {@code sources}, by source: one query for a whole batch. */
  static java.util.Map<String, FileRecord> findAll(Connection c, java.util.Collection<String> sources)
      throws SQLException {
    java.util.Map<String, FileRecord> out = new java.util.HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
        + " FROM files WHERE source IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
      p.setArray(1, c.createArrayOf("VARCHAR", sources.toArray()));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          FileRecord f = read(r);
          out.put(f.source(), f);
        }
      }
    }
    return out;
  }

  /**
   * Replaces the records of a batch with one delete and one insert: a statement per file made
   * the file table, not the articles, the cost of a build.
   */
  static void replaceAll(Connection c, java.util.Collection<FileRecord> records)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "DELETE FROM files WHERE source IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
      p.setArray(1, c.createArrayOf("VARCHAR", records.stream().map(FileRecord::source).toArray()));
      p.executeUpdate();
    }
    // One INSERT over unnested arrays: bound parameters, one statement for the whole batch.
    try (PreparedStatement p = c.prepareStatement("INSERT INTO files (" + COLUMNS + ") SELECT unnest(CAST(? AS"
        + " VARCHAR[])), unnest(CAST(? AS BIGINT[])), unnest(CAST(? AS BIGINT[])), unnest(CAST(? AS VARCHAR[])),"
        + " unnest(CAST(? AS VARCHAR[])), unnest(CAST(? AS VARCHAR[])), unnest(CAST(? AS BIGINT[])),"
        + " unnest(CAST(? AS INTEGER[]))")) {
      p.setArray(1, c.createArrayOf("VARCHAR", records.stream().map(FileRecord::source).toArray()));
      p.setArray(2, c.createArrayOf("BIGINT", records.stream().map(FileRecord::size).toArray()));
      p.setArray(3, c.createArrayOf("BIGINT", records.stream().map(FileRecord::mtime).toArray()));
      p.setArray(4, c.createArrayOf("VARCHAR", records.stream().map(FileRecord::sha256).toArray()));
      p.setArray(5, c.createArrayOf("VARCHAR", records.stream().map(FileRecord::status).toArray()));
      p.setArray(6, c.createArrayOf("VARCHAR", records.stream().map(FileRecord::reason).toArray()));
      p.setArray(7, c.createArrayOf("BIGINT", records.stream().map(FileRecord::progress).toArray()));
      p.setArray(8, c.createArrayOf("INTEGER", records.stream().map(FileRecord::articles).toArray()));
      p.executeUpdate();
    }
  }

  static FileRecord read(ResultSet r) throws SQLException {
    return new FileRecord(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4),
        r.getString(5), r.getString(6), r.getLong(7), r.getInt(8));
  }
}

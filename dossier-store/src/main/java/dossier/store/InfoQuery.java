package dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes {@link Info}: counts, problem files, the date span, outlets and credits. */
final class InfoQuery {
  private InfoQuery() {}

  static Info run(Connection c) throws SQLException {
    long articles;
    LocalDate earliest;
    LocalDate latest;
    try (PreparedStatement p = c.prepareStatement(
        "SELECT count(*), min(published_earliest), max(published_latest) FROM articles");
        ResultSet r = p.executeQuery()) {
      r.next();
      articles = r.getLong(1);
      earliest = r.getObject(2, LocalDate.class);
      latest = r.getObject(3, LocalDate.class);
    }
    List<FileRecord> problems = Rows.list(c, "SELECT source, size, mtime, sha256, status, reason,"
        + " progress, articles FROM files WHERE status IN ('skipped', 'error') ORDER BY source",
        FileTable::read);
    return new Info(articles,
        counts(c, "SELECT status, count(*) AS n FROM files GROUP BY status ORDER BY n DESC, status"),
        problems, earliest, latest,
        counts(c, "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL"
            + " GROUP BY outlet ORDER BY n DESC, outlet"),
        counts(c, "SELECT credit, count(DISTINCT article_id) AS n FROM article_credits"
            + " GROUP BY credit ORDER BY n DESC, credit"));
  }

  private static Map<String, Long> counts(Connection c, String sql) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Object[] row : Rows.list(c, sql, r -> new Object[] {r.getString(1), r.getLong(2)})) {
      out.put((String) row[0], (Long) row[1]);
    }
    return out;
  }
}

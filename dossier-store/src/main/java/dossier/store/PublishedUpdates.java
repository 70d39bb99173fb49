package dossier.store;

import dossier.model.PublicationDate;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/** Rewrites the publication dates of stored articles (the dating stages), nothing else of them. */
final class PublishedUpdates {
  private PublishedUpdates() {}

  static void update(DuckDBConnection c, Map<String, PublicationDate> dates) throws SQLException {
    Transactions.run(c, () -> write(c, dates));
  }

  /** Rewrites the dates inside the caller's transaction. */
  static void write(DuckDBConnection c, Map<String, PublicationDate> dates) throws SQLException {
    {
      try (PreparedStatement p = c.prepareStatement("UPDATE articles SET published_value = ?,"
          + " published_earliest = ?, published_latest = ?, published_basis = ?,"
          + " published_evidence = ?, published_confidence = ? WHERE id = ?")) {
        for (Map.Entry<String, PublicationDate> e : dates.entrySet()) {
          PublicationDate d = e.getValue();
          day(p, 1, d.range().value());
          day(p, 2, d.range().earliest());
          day(p, 3, d.range().latest());
          p.setString(4, d.basis().name());
          p.setString(5, d.evidence());
          p.setDouble(6, d.confidence());
          p.setString(7, e.getKey());
          p.executeUpdate(); // one by one: DuckDB's executeBatch opens a transaction of its own
        }
      }
    }
  }

  private static void day(PreparedStatement p, int i, LocalDate d) throws SQLException {
    if (d == null) {
      p.setNull(i, Types.DATE);
    } else {
      p.setDate(i, Date.valueOf(d));
    }
  }
}

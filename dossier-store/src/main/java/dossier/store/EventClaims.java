package dossier.store;

import dossier.model.Claim;
import dossier.model.Evidence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;

/**
 * Whose word each attributed report of an event is ({@code event_claims}): one row per claim, with
 * the report's evidence and the claimant. A dossier written before the table existed has none:
 * its events read with no claims.
 */
final class EventClaims {
  static final String TABLE = "event_claims";
  static final String COLUMNS = "event_id, ord, article_id, start_char, end_char, context, part,"
      + " claimant_id, claimant_text";

  private EventClaims() {}

  static void append(DuckDBAppender a, String eventId, List<Claim> claims) throws SQLException {
    int ord = 0;
    for (Claim x : claims) {
      Evidence e = x.source();
      a.beginRow().append(eventId).append(ord++).append(e.article()).append(e.start())
          .append(e.end()).append(e.context()).append(e.part()).append(x.claimantId())
          .append(x.claimantText()).endRow();
    }
  }

  /** One row of {@link #COLUMNS} (event id first) as a claim. */
  static Claim read(ResultSet r) throws SQLException {
    return new Claim(new Evidence(r.getString(3), r.getInt(4), r.getInt(5), r.getString(6),
        r.getString(7)), r.getString(8), r.getString(9));
  }

  /** Whether the store has the table (dossiers written before it do not). */
  static boolean exists(Connection c) throws SQLException {
    return Rows.hasTable(c, TABLE);
  }
}

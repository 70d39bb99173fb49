package dossier.store;

import dossier.model.GenericActor;
import dossier.model.Participant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;

/**
 * Generic actors of events ({@code event_actors}): the participants that are no entity ("police",
 * "Velorian troops"). Their {@code ord} counts in the same sequence as {@code event_participants}'
 * ord, so an event's participants read back in their order. A dossier written before the table
 * existed has none: its events read as before.
 */
final class EventActors {
  static final String TABLE = "event_actors";
  static final String COLUMNS = "event_id, ord, role, label, sector, text, affiliation_id,"
      + " article_id, part, start_char, end_char";

  private EventActors() {}

  /** A participant read from either table, with its place in the event's list. */
  record Ordered(int ord, Participant participant) {}

  static void append(DuckDBAppender a, String eventId, int ord, Participant p)
      throws SQLException {
    GenericActor g = p.actor();
    a.beginRow().append(eventId).append(ord).append(p.role()).append(g.label())
        .append(g.sector()).append(g.text()).append(g.affiliationId()).append(g.article())
        .append(g.part()).append(g.start()).append(g.end()).endRow();
  }

  /** One row of {@link #COLUMNS} (event id first) as an ordered participant. */
  static Ordered read(ResultSet r) throws SQLException {
    GenericActor g = new GenericActor(r.getString(6), r.getString(4), r.getString(5),
        r.getString(7), r.getString(8), r.getString(9), r.getInt(10), r.getInt(11));
    return new Ordered(r.getInt(2), Participant.generic(g, r.getString(3)));
  }

  /** Whether the store has the table (dossiers written before it do not). */
  static boolean exists(Connection c) throws SQLException {
    return Rows.hasTable(c, TABLE);
  }

  /** Entity participants and generic actors of each event, merged in their stored order. */
  static Map<String, List<Participant>> merge(Map<String, List<Ordered>> entities,
      Map<String, List<Ordered>> actors) {
    Map<String, List<Participant>> out = new HashMap<>();
    for (Map<String, List<Ordered>> m : List.of(entities, actors)) {
      m.forEach((id, list) -> out.computeIfAbsent(id, k -> new ArrayList<>()));
    }
    for (Map.Entry<String, List<Participant>> e : out.entrySet()) {
      List<Ordered> all = new ArrayList<>(entities.getOrDefault(e.getKey(), List.of()));
      all.addAll(actors.getOrDefault(e.getKey(), List.of()));
      all.sort(Comparator.comparingInt(Ordered::ord));
      all.forEach(o -> e.getValue().add(o.participant()));
    }
    return out;
  }
}

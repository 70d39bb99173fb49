package dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Claim;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Story;
import dossier.model.TimeExpression;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the later stages stored. These sets are small next to the articles (one row per
 * entity, event, figure, group), so they are read as lists; each list is in id order.
 */
final class AnnotationReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The body first, then the captions in their order ("caption:10" after "caption:9"). */
  private static final String PART_ORDER = "part <> 'text', length(part), part";
  private final Connection c;

  AnnotationReader(Connection c) {
    this.c = c;
  }

  List<Entity> entities() throws SQLException {
    Map<String, List<String>> aliases = Rows.grouped(c,
        "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, ord", r -> r.getString(2));
    return Rows.list(c, "SELECT id, name, type FROM entities ORDER BY id",
        r -> new Entity(r.getString(1), r.getString(2), r.getString(3),
            aliases.get(r.getString(1))));
  }

  List<Mention> mentions() throws SQLException {
    return Rows.list(c, "SELECT article_id, start_char, end_char, text, type, entity_id, part"
            + " FROM mentions ORDER BY article_id, " + PART_ORDER + ", start_char, end_char",
        r -> new Mention(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4),
            r.getString(5), r.getString(6), r.getString(7)));
  }

  Map<String, EntityStats> entityStats() throws SQLException {
    Map<String, List<String>> articles = Rows.grouped(c, "SELECT entity_id, article_id FROM mentions"
        + " WHERE entity_id IS NOT NULL GROUP BY entity_id, article_id ORDER BY entity_id, article_id",
        r -> r.getString(2));
    Map<String, EntityStats> out = new LinkedHashMap<>();
    for (Object[] row : Rows.list(c, "SELECT entity_id, count(*) FROM mentions"
        + " WHERE entity_id IS NOT NULL GROUP BY entity_id ORDER BY entity_id",
        r -> new Object[] {r.getString(1), r.getInt(2)})) {
      String id = (String) row[0];
      out.put(id, new EntityStats((Integer) row[1], articles.getOrDefault(id, List.of())));
    }
    return out;
  }

  List<TimeExpression> times() throws SQLException {
    return Rows.list(c, "SELECT * FROM time_expressions ORDER BY article_id, " + PART_ORDER
            + ", start_char, end_char",
        r -> new TimeExpression(r.getString("article_id"), r.getInt("start_char"),
            r.getInt("end_char"), r.getString("text"), r.getString("timex_type"),
            r.getString("timex_value"), Dates.read(r, "date"), r.getString("part")));
  }

  List<DuplicateGroup> duplicates() throws SQLException {
    Map<String, List<DuplicateGroup.Member>> members = Rows.grouped(c,
        "SELECT group_id, article_id, relation, similarity FROM duplicate_members"
            + " ORDER BY group_id, ord",
        r -> new DuplicateGroup.Member(r.getString(2), r.getString(3), r.getDouble(4)));
    return Rows.list(c, "SELECT id, canonical FROM duplicate_groups ORDER BY id",
        r -> new DuplicateGroup(r.getString(1), r.getString(2), members.get(r.getString(1))));
  }

  List<Story> stories() throws SQLException {
    Map<String, List<String>> articles = Rows.grouped(c,
        "SELECT story_id, article_id FROM story_articles ORDER BY story_id, ord",
        r -> r.getString(2));
    Map<String, List<String>> entities = Rows.grouped(c,
        "SELECT story_id, entity_id FROM story_entities ORDER BY story_id, ord",
        r -> r.getString(2));
    return Rows.list(c, "SELECT * FROM stories ORDER BY id", r -> {
      String id = r.getString("id");
      return new Story(id, r.getString("label"), articles.get(id), Dates.read(r, "span"),
          entities.get(id), r.getString("summary"));
    });
  }

  List<Event> events() throws SQLException {
    Map<String, List<EventActors.Ordered>> named = Rows.grouped(c,
        "SELECT event_id, entity_id, role, ord FROM event_participants ORDER BY event_id, ord",
        r -> new EventActors.Ordered(r.getInt(4), new Participant(r.getString(2), r.getString(3))));
    Map<String, List<EventActors.Ordered>> actors = EventActors.exists(c)
        ? Rows.grouped(c, "SELECT " + EventActors.COLUMNS + " FROM " + EventActors.TABLE
            + " ORDER BY event_id, ord", EventActors::read)
        : Map.of();
    Map<String, List<Participant>> participants = EventActors.merge(named, actors);
    Map<String, List<Evidence>> sources = evidence("event_sources", "event_id");
    Map<String, List<Claim>> claims = EventClaims.exists(c)
        ? Rows.grouped(c, "SELECT " + EventClaims.COLUMNS + " FROM " + EventClaims.TABLE
            + " ORDER BY event_id, ord", EventClaims::read)
        : Map.of();
    return Rows.list(c, "SELECT * FROM events ORDER BY id", r -> {
      String id = r.getString("id");
      return new Event(id, r.getString("type"), r.getString("mode"), r.getString("status"),
          Dates.read(r, "date"), r.getString("location_id"), participants.get(id),
          sources.get(id), r.getDouble("confidence"), claims.get(id), r.getString("date_basis"));
    });
  }

  List<Figure> figures() throws SQLException {
    Map<String, List<Evidence>> sources = evidence("figure_sources", "figure_id");
    return Rows.list(c, "SELECT * FROM figures ORDER BY id", r -> {
      String id = r.getString("id");
      return new Figure(id, r.getDouble("value"), r.getString("kind"), r.getString("qualifier"),
          r.getString("claimant_id"), Dates.read(r, "date"), sources.get(id));
    });
  }

  List<RunRecord> runs() throws SQLException {
    return Rows.list(c, "SELECT * FROM runs ORDER BY started, id", r -> {
      Timestamp finished = r.getTimestamp("finished");
      return new RunRecord(r.getString("id"), r.getTimestamp("started").toInstant(),
          finished == null ? null : finished.toInstant(), r.getInt("files_read"),
          r.getInt("articles_written"), r.getInt("skipped"), timings(r.getString("timings")));
    });
  }

  private Map<String, List<Evidence>> evidence(String table, String owner) throws SQLException {
    // table and owner are constants of this class, never input
    try {
      return Rows.grouped(c, "SELECT " + owner + ", article_id, start_char, end_char, context, part"
              + " FROM " + table + " ORDER BY " + owner + ", ord",
          r -> new Evidence(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5), r.getString(6)));
    } catch (SQLException e) {
      // a store written before evidence had a part, opened read-only: every evidence is in the body
      return Rows.grouped(c, "SELECT " + owner + ", article_id, start_char, end_char, context FROM "
              + table + " ORDER BY " + owner + ", ord",
          r -> new Evidence(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5)));
    }
  }

  private static Map<String, Long> timings(String json) throws SQLException {
    if (json == null) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Long>>() {});
    } catch (JsonProcessingException e) {
      throw new SQLException("stored stage timings are not JSON: " + json, e);
    }
  }
}

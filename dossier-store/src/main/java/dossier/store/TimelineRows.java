package dossier.store;

import dossier.model.DateRange;
import dossier.timeline.Timeline;
import dossier.timeline.TimelineEntry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline as the server keeps it: every entry of {@code TimelineRecords.entries} but without
 * its sources (a page of them is read when served, {@link ApiReader#eventSources}). What the
 * timeline derives from the reports (the first report's day, the stories by report count) is
 * derived in SQL, so no report row and no sentence crosses JDBC: reading every event with its
 * sources object by object took 6–16 s on 100,000 events.
 */
public final class TimelineRows {
  /** Earliest known publication day of each event's reports. */
  private static final String FIRST_REPORT = "SELECT s.event_id, min(a.published_earliest) first_day"
      + " FROM event_sources s JOIN articles a ON a.id = s.article_id GROUP BY s.event_id";
  /**
   * Each event's stories, most reports first, ties by the first report's place: a report counts
   * for the story of its article's canonical copy (else its own); an article in several stories
   * for the first by id; an article in several groups takes the last group's canonical, as
   * {@code TimelineRecords} does.
   */
  private static final String STORIES = "WITH canon AS (SELECT m.article_id, arg_max(g.canonical,"
      + " g.id) canonical FROM duplicate_members m JOIN duplicate_groups g ON g.id = m.group_id"
      + " GROUP BY m.article_id),"
      + " story_of AS (SELECT article_id, min(story_id) story FROM story_articles GROUP BY article_id),"
      + " src AS (SELECT s.event_id, s.ord, coalesce(c1.story, c2.story) story FROM event_sources s"
      + " LEFT JOIN canon ON canon.article_id = s.article_id"
      + " LEFT JOIN story_of c1 ON c1.article_id = coalesce(canon.canonical, s.article_id)"
      + " LEFT JOIN story_of c2 ON c2.article_id = s.article_id),"
      + " per AS (SELECT event_id, story, count(*) n, min(ord) first_ord FROM src"
      + " WHERE story IS NOT NULL GROUP BY event_id, story)"
      + " SELECT event_id, string_agg(story, chr(9) ORDER BY n DESC, first_ord) stories FROM per"
      + " GROUP BY event_id";

  private TimelineRows() {}

  /** The snapshot's timeline in timeline order, each entry with no sources. */
  public static List<TimelineEntry> withoutSources(DossierStore store) {
    Connection c = store.connection();
    try {
      if (count(c, "SELECT count(*) FROM events") == 0) {
        return List.of();
      }
      Map<String, List<String>> participants = participants(c);
      boolean stories = count(c, "SELECT count(*) FROM story_articles") > 0;
      Map<String, String> lineOf = Timeline.storylineOf(store.storylines());
      String sql = "SELECT e.id, e.type, e.status, e.date_value, e.date_earliest, e.date_latest,"
          + " e.location_id, f.first_day, " + (stories ? "st.stories" : "NULL") + ", e.date_basis"
          + " FROM events e LEFT JOIN (" + FIRST_REPORT + ") f ON f.event_id = e.id"
          + (stories ? " LEFT JOIN (" + STORIES + ") st ON st.event_id = e.id" : "");
      List<TimelineEntry> out = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          String id = r.getString(1);
          String inStories = r.getString(9);
          out.add(Timeline.entry(id, range(r.getObject(4, LocalDate.class),
                  r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class)),
              r.getString(2), r.getString(3), participants.getOrDefault(id, List.of()),
              r.getString(7), List.of(), r.getObject(8, LocalDate.class),
              inStories == null ? List.of() : Arrays.asList(inStories.split("\t")), lineOf,
              r.getString(10)));
        }
      }
      return Timeline.sort(out);
    } catch (SQLException e) {
      throw new StoreException("read the timeline: " + e.getMessage(), e);
    }
  }

  /**
   * The entities events name only through a generic actor's affiliation ("Turkish police"), by
   * event id: each affiliation with the actor's display ("police (COP)"), in the actors' order.
   * Empty for a dossier written before generic actors were stored.
   */
  public static Map<String, Map<String, String>> affiliations(DossierStore store) {
    Connection c = store.connection();
    Map<String, Map<String, String>> out = new HashMap<>();
    try {
      if (!EventActors.exists(c)) {
        return out;
      }
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT a.event_id,"
          + " a.affiliation_id, a.label, a.sector FROM " + EventActors.TABLE + " a"
          + " WHERE a.affiliation_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_participants p"
          + " WHERE p.event_id = a.event_id AND p.entity_id = a.affiliation_id)"
          + " ORDER BY a.event_id, a.ord")) {
        while (r.next()) {
          String sector = r.getString(4);
          out.computeIfAbsent(r.getString(1), k -> new java.util.LinkedHashMap<>(2))
              .putIfAbsent(r.getString(2), r.getString(3) + (sector == null ? "" : " (" + sector + ")"));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("read the events' affiliations: " + e.getMessage(), e);
    }
  }

  private static Map<String, List<String>> participants(Connection c) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
        "SELECT event_id, entity_id FROM event_participants ORDER BY event_id, ord")) {
      while (r.next()) {
        out.computeIfAbsent(r.getString(1), k -> new ArrayList<>(2)).add(r.getString(2));
      }
    }
    return out;
  }

  private static DateRange range(LocalDate value, LocalDate earliest, LocalDate latest) {
    return value == null && earliest == null && latest == null ? DateRange.unknown()
        : new DateRange(value, earliest, latest);
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }
}

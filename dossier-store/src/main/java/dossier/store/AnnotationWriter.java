package dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Story;
import dossier.model.TimeExpression;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes what the later stages find. Each method is one transaction; a "replace" method empties
 * the tables of its stage first, so re-running a stage never leaves rows of the previous run.
 */
final class AnnotationWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DuckDBConnection c;

  AnnotationWriter(DuckDBConnection c) {
    this.c = c;
  }

  void replaceEntities(List<Entity> entities, List<Mention> mentions) throws SQLException {
    Transactions.run(c, () -> {
      clear("entities", "entity_aliases", "mentions");
      try (DuckDBAppender e = appender("entities"); DuckDBAppender al = appender("entity_aliases");
          DuckDBAppender m = appender("mentions")) {
        for (Entity x : entities) {
          e.beginRow().append(x.id()).append(x.name()).append(x.type()).endRow();
          int i = 0;
          for (String alias : x.aliases()) {
            al.beginRow().append(x.id()).append(i++).append(alias).endRow();
          }
        }
        for (Mention x : mentions) {
          m.beginRow().append(x.articleId()).append(x.start()).append(x.end()).append(x.text())
              .append(x.type()).append(x.entityId()).append(x.part()).endRow();
        }
        Appenders.flush(e, al, m);
      }
    });
  }

  void replaceDuplicates(List<DuplicateGroup> groups) throws SQLException {
    Transactions.run(c, () -> {
      clear("duplicate_groups", "duplicate_members");
      appendDuplicates(groups);
    });
  }

  /** Appends groups and their members inside the caller's transaction. */
  void appendDuplicates(List<DuplicateGroup> groups) throws SQLException {
    try (DuckDBAppender g = appender("duplicate_groups");
        DuckDBAppender m = appender("duplicate_members")) {
      for (DuplicateGroup x : groups) {
        g.beginRow().append(x.id()).append(x.canonical()).endRow();
        int i = 0;
        for (DuplicateGroup.Member member : x.members()) {
          m.beginRow().append(x.id()).append(i++).append(member.articleId())
              .append(member.relation()).append(member.similarity()).endRow();
        }
      }
      Appenders.flush(g, m);
    }
  }

  void replaceStories(List<Story> stories) throws SQLException {
    Transactions.run(c, () -> {
      clear("stories", "story_articles", "story_entities");
      try (DuckDBAppender s = appender("stories"); DuckDBAppender sa = appender("story_articles");
          DuckDBAppender se = appender("story_entities")) {
        for (Story x : stories) {
          s.beginRow().append(x.id()).append(x.label());
          Dates.append(s, x.span()).append(x.summary()).endRow();
          ordered(sa, x.id(), x.articles());
          ordered(se, x.id(), x.entities());
        }
        Appenders.flush(s, sa, se);
      }
    });
  }

  /** Stores time expressions, replacing those stored before for the same articles. */
  void addTimes(List<TimeExpression> times) throws SQLException {
    Set<String> articles = new LinkedHashSet<>();
    times.forEach(t -> articles.add(t.articleId()));
    Transactions.run(c, () -> {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM time_expressions"
          + " WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
        p.setArray(1, c.createArrayOf("VARCHAR", articles.toArray()));
        p.executeUpdate();
      }
      try (DuckDBAppender t = appender("time_expressions")) {
        for (TimeExpression x : times) {
          appendTime(t, x);
        }
        Appenders.flush(t);
      }
    });
  }

  /** Appends one row of {@code time_expressions} (with its part) inside the caller's transaction. */
  static void appendTime(DuckDBAppender t, TimeExpression x) throws SQLException {
    t.beginRow().append(x.articleId()).append(x.start()).append(x.end()).append(x.text())
        .append(x.timexType()).append(x.value());
    Dates.append(t, x.range() == null ? DateRange.unknown() : x.range()).append(x.part()).endRow();
  }

  void replaceEvents(List<Event> events) throws SQLException {
    Transactions.run(c, () -> {
      clear("events", "event_participants", "event_sources", EventActors.TABLE, EventClaims.TABLE);
      try (DuckDBAppender e = appender("events"); DuckDBAppender p = appender("event_participants");
          DuckDBAppender s = appender("event_sources");
          DuckDBAppender g = appender(EventActors.TABLE);
          DuckDBAppender w = appender(EventClaims.TABLE)) {
        for (Event x : events) {
          e.beginRow().append(x.id()).append(x.type()).append(x.mode()).append(x.status());
          Dates.append(e, x.date()).append(x.locationId()).append(x.confidence())
              .append(x.dateBasis()).endRow();
          int i = 0;
          for (Participant part : x.participants()) {
            if (part.isGeneric()) {
              EventActors.append(g, x.id(), i++, part); // "police": no entity to point to
            } else {
              p.beginRow().append(x.id()).append(i++).append(part.entityId()).append(part.role())
                  .endRow();
            }
          }
          evidence(s, x.id(), x.sources());
          EventClaims.append(w, x.id(), x.claims());
        }
        Appenders.flush(e, p, s, g, w);
      }
    });
  }

  void replaceFigures(List<Figure> figures) throws SQLException {
    Transactions.run(c, () -> {
      clear("figures", "figure_sources");
      try (DuckDBAppender f = appender("figures"); DuckDBAppender s = appender("figure_sources")) {
        for (Figure x : figures) {
          f.beginRow().append(x.id()).append(x.value()).append(x.kind()).append(x.qualifier())
              .append(x.claimantId());
          Dates.append(f, x.date()).endRow();
          evidence(s, x.id(), x.sources());
        }
        Appenders.flush(f, s);
      }
    });
  }

  void recordRun(RunRecord run) throws SQLException {
    String timings;
    try {
      timings = JSON.writeValueAsString(run.stageMillis());
    } catch (JsonProcessingException e) {
      throw new SQLException("stage timings of run " + run.id() + " are not JSON", e);
    }
    Transactions.run(c, () -> {
      try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO runs (id, started,"
          + " finished, files_read, articles_written, skipped, timings)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, run.id());
        p.setTimestamp(2, Timestamp.from(run.started()));
        p.setTimestamp(3, run.finished() == null ? null : Timestamp.from(run.finished()));
        p.setInt(4, run.filesRead());
        p.setInt(5, run.articlesWritten());
        p.setInt(6, run.skipped());
        p.setString(7, timings);
        p.executeUpdate();
      }
    });
  }

  private static void evidence(DuckDBAppender s, String owner, List<Evidence> sources)
      throws SQLException {
    int i = 0;
    for (Evidence ev : sources) {
      s.beginRow().append(owner).append(i++).append(ev.article()).append(ev.start())
          .append(ev.end()).append(ev.context()).append(ev.part()).endRow();
    }
  }

  private static void ordered(DuckDBAppender ap, String owner, List<String> values)
      throws SQLException {
    int i = 0;
    for (String v : values) {
      ap.beginRow().append(owner).append(i++).append(v).endRow();
    }
  }

  private void clear(String... tables) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : tables) {
        s.execute("DELETE FROM " + t); // table names are constants, never input
      }
    }
  }

  private DuckDBAppender appender(String table) throws SQLException {
    return Appenders.open(c, table);
  }
}

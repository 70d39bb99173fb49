package dossier.store;

import dossier.model.Evidence;
import dossier.model.Story;
import dossier.model.Storyline;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The stories stage's tables: stories with their articles and entities, the sources of each
 * summary sentence ({@code story_citations}), and storylines. Written together in one transaction,
 * so stories, their citations and the storylines over them always agree.
 */
final class StoryTables {
  private final DuckDBConnection c;

  StoryTables(DuckDBConnection c) {
    this.c = c;
  }

  void replace(List<Story> stories, Map<String, List<Evidence>> citations, List<Storyline> lines)
      throws SQLException {
    Transactions.run(c, () -> {
      try (Statement s = c.createStatement()) {
        for (String t : List.of("stories", "story_articles", "story_entities", "story_citations",
            "storylines", "storyline_stories")) {
          s.execute("DELETE FROM " + t); // constants, never input
        }
      }
      try (DuckDBAppender s = Appenders.open(c, "stories");
          DuckDBAppender sa = Appenders.open(c, "story_articles");
          DuckDBAppender se = Appenders.open(c, "story_entities");
          DuckDBAppender sc = Appenders.open(c, "story_citations");
          DuckDBAppender l = Appenders.open(c, "storylines");
          DuckDBAppender ls = Appenders.open(c, "storyline_stories")) {
        for (Story x : stories) {
          s.beginRow().append(x.id()).append(x.label());
          Dates.append(s, x.span()).append(x.summary()).endRow();
          ordered(sa, x.id(), x.articles());
          ordered(se, x.id(), x.entities());
          int i = 0;
          for (Evidence e : citations.getOrDefault(x.id(), List.of())) {
            sc.beginRow().append(x.id()).append(i++).append(e.article()).append(e.start())
                .append(e.end()).endRow();
          }
        }
        for (Storyline x : lines) {
          l.beginRow().append(x.id()).append(x.label()).endRow();
          ordered(ls, x.id(), x.stories());
        }
        Appenders.flush(s, sa, se, sc, l, ls);
      }
    });
  }

  Map<String, List<Evidence>> citations() throws SQLException {
    return Rows.grouped(c, "SELECT story_id, article_id, start_char, end_char FROM story_citations"
        + " ORDER BY story_id, ord", r -> new Evidence(r.getString(2), r.getInt(3), r.getInt(4), "body"));
  }

  List<Storyline> storylines() throws SQLException {
    Map<String, List<String>> stories = Rows.grouped(c,
        "SELECT storyline_id, story_id FROM storyline_stories ORDER BY storyline_id, ord",
        r -> r.getString(2));
    return Rows.list(c, "SELECT id, label FROM storylines ORDER BY id",
        r -> new Storyline(r.getString(1), r.getString(2), stories.get(r.getString(1))));
  }

  private static void ordered(DuckDBAppender ap, String owner, List<String> values) throws SQLException {
    int i = 0;
    for (String v : values) {
      ap.beginRow().append(owner).append(i++).append(v).endRow();
    }
  }
}

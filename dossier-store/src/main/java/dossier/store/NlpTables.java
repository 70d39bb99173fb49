package dossier.store;

import dossier.model.Mention;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The language layer's per-article tables: {@code nlp_state} (what each stored annotation depended
 * on), {@code nlp_names} (the names it read) and the article's rows of {@code time_expressions}.
 * A chunk of annotated articles is committed in one transaction with their new dates, so a build
 * killed in the language stage keeps every chunk it finished.
 */
final class NlpTables {
  private static final String IN_IDS = " WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))";
  private static final String STALE = " WHERE article_id NOT IN (SELECT id FROM articles)";
  private final DuckDBConnection c;

  NlpTables(DuckDBConnection c) {
    this.c = c;
  }

  /** The stored annotation key of every annotated article, by article id. */
  Map<String, String> states() throws SQLException {
    Map<String, String> out = new java.util.HashMap<>();
    for (String[] row : Rows.list(c, "SELECT article_id, state FROM nlp_state",
        r -> new String[] {r.getString(1), r.getString(2)})) {
      out.put(row[0], row[1]);
    }
    return out;
  }

  /** Replaces the annotations of the given articles and sets their new dates, in one transaction. */
  void commit(List<ArticleAnnotation> annotated) throws SQLException {
    if (annotated.isEmpty()) {
      return;
    }
    Object[] ids = annotated.stream().map(ArticleAnnotation::articleId).distinct().toArray();
    Map<String, PublicationDate> dates = new LinkedHashMap<>();
    Transactions.run(c, () -> {
      for (String t : List.of("time_expressions", "nlp_names", "nlp_state")) {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + t + IN_IDS)) {
          p.setArray(1, c.createArrayOf("VARCHAR", ids));
          p.executeUpdate();
        }
      }
      try (DuckDBAppender s = Appenders.open(c, "nlp_state");
          DuckDBAppender n = Appenders.open(c, "nlp_names");
          DuckDBAppender t = Appenders.open(c, "time_expressions")) {
        for (ArticleAnnotation a : annotated) {
          s.beginRow().append(a.articleId()).append(a.state()).append(a.tokens())
              .append(String.join("\n", a.adjectives().stream().sorted().toList())).endRow();
          int i = 0;
          for (Mention m : a.names()) {
            n.beginRow().append(a.articleId()).append(i++).append(m.part()).append(m.start())
                .append(m.end()).append(m.text()).append(m.type()).endRow();
          }
          for (TimeExpression x : a.times()) {
            AnnotationWriter.appendTime(t, x);
          }
          if (a.published() != null) {
            dates.put(a.articleId(), a.published());
          }
        }
        Appenders.flush(s, n, t);
      }
      PublishedUpdates.write(c, dates);
    });
  }

  /**
   * The stored names of every annotated article still in the dossier, ordered as the articles are
   * read (source, then id), so entity resolution sees them in the same order on every build.
   * The records carry no times and no date.
   */
  List<ArticleAnnotation> names() throws SQLException {
    Map<String, List<Mention>> names = Rows.grouped(c, "SELECT n.article_id, n.part, n.start_char,"
            + " n.end_char, n.text, n.type FROM nlp_names n ORDER BY n.article_id, n.ord",
        r -> new Mention(r.getString(1), r.getInt(3), r.getInt(4), r.getString(5), r.getString(6),
            null, r.getString(2)));
    return Rows.list(c, "SELECT s.article_id, s.state, s.tokens, s.adjectives FROM nlp_state s"
            + " JOIN articles a ON a.id = s.article_id ORDER BY a.source, a.id",
        r -> {
          String adj = r.getString(4);
          Set<String> adjectives = adj == null || adj.isEmpty() ? Set.of()
              : Set.copyOf(Arrays.asList(adj.split("\n")));
          return new ArticleAnnotation(r.getString(1), r.getString(2), r.getInt(3),
              names.getOrDefault(r.getString(1), List.of()), adjectives, List.of(), null);
        });
  }

  /** Drops the annotations of articles no longer stored; returns how many articles they were. */
  int dropStale() throws SQLException {
    int[] n = {0};
    Transactions.run(c, () -> {
      try (Statement s = c.createStatement()) {
        n[0] = s.executeUpdate("DELETE FROM nlp_state" + STALE);
        s.executeUpdate("DELETE FROM nlp_names" + STALE);
        s.executeUpdate("DELETE FROM time_expressions" + STALE);
      }
    });
    return n[0];
  }
}

package dossier.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The events stage's per-article table {@code event_mentions}: one row per read article with the
 * key it was read under and its event and figure mentions. A chunk of articles is committed in one
 * transaction, so a build killed in the events stage keeps every chunk it finished.
 */
final class EventTables {
  private static final String STALE = " WHERE article_id NOT IN (SELECT id FROM articles)";
  private final DuckDBConnection c;

  EventTables(DuckDBConnection c) {
    this.c = c;
  }

  /** The stored key of every read article, by article id. */
  Map<String, String> states() throws SQLException {
    Map<String, String> out = new HashMap<>();
    Rows.list(c, "SELECT article_id, state FROM event_mentions",
        r -> out.put(r.getString(1), r.getString(2)));
    return out;
  }

  /** Replaces the rows of the given articles, in one transaction. */
  void commit(List<ArticleEventMentions> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    Object[] ids = rows.stream().map(ArticleEventMentions::articleId).distinct().toArray();
    Transactions.run(c, () -> {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM event_mentions"
          + " WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
        p.setArray(1, c.createArrayOf("VARCHAR", ids));
        p.executeUpdate();
      }
      try (DuckDBAppender a = Appenders.open(c, "event_mentions")) {
        for (ArticleEventMentions m : rows) {
          a.beginRow().append(m.articleId()).append(m.state()).append(m.sentences())
              .append(m.parsed()).append(m.tokens()).append(m.events()).append(m.figures())
              .endRow();
        }
        Appenders.flush(a);
      }
    });
  }

  /** Every stored row of an article still in the dossier, in the order articles are read. */
  List<ArticleEventMentions> all() throws SQLException {
    return Rows.list(c, "SELECT e.article_id, e.state, e.sentences, e.parsed, e.tokens, e.events,"
            + " e.figures FROM event_mentions e JOIN articles a ON a.id = e.article_id"
            + " ORDER BY a.source, a.id",
        r -> new ArticleEventMentions(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4),
            r.getInt(5), r.getString(6), r.getString(7)));
  }

  /** Drops the rows of articles no longer stored; returns how many. */
  int dropStale() throws SQLException {
    int[] n = {0};
    Transactions.run(c, () -> {
      try (Statement s = c.createStatement()) {
        n[0] = s.executeUpdate("DELETE FROM event_mentions" + STALE);
      }
    });
    return n[0];
  }
}

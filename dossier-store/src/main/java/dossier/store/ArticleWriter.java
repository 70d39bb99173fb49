package dossier.store;

import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.PublicationDate;
import dossier.model.RemovedLine;
import dossier.model.Span;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a {@link Batch} in one transaction. Rows go in through DuckDB's appender (a prepared
 * statement per row is an order of magnitude slower); the transaction is opened first so the
 * appended rows commit or roll back with the rest.
 */
final class ArticleWriter {
  /** The article's own rows. */
  private static final List<String> PARTS = List.of("article_paragraphs", "article_credits",
      "article_captions", "article_removed");
  /** Rows of later stages that point into an article's text. */
  private static final List<String> ANNOTATIONS = List.of("mentions", "time_expressions");

  private final DuckDBConnection c;

  ArticleWriter(DuckDBConnection c) {
    this.c = c;
  }

  void commit(Batch batch) throws SQLException {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : batch.articles()) {
      byId.put(a.id(), a); // a repeated id within a batch: the last one wins, as across batches
    }
    Transactions.run(c, () -> {
      if (!batch.files().isEmpty()) {
        Map<String, FileRecord> merged = new LinkedHashMap<>();
        for (FileRecord f : batch.files()) {
          merged.merge(f.source(), f, ArticleWriter::later); // chunks of one file in one batch
        }
        Map<String, FileRecord> stored = FileTable.findAll(c, merged.keySet());
        for (Map.Entry<String, FileRecord> e : merged.entrySet()) {
          FileRecord old = stored.get(e.getKey());
          if (old == null) {
            continue;
          }
          if (!old.sameFile(e.getValue())) {
            dropArticlesOf(e.getKey()); // the file changed: its old articles are stale
          } else if (!old.finished()) {
            e.setValue(later(old, e.getValue())); // resumed: count the chunks stored before
          }
        }
        FileTable.replaceAll(c, merged.values());
      }
      if (!byId.isEmpty()) {
        // same id = same source and text, so annotations of the old copy still hold: keep them
        // a first build finds none stored: then skip deletes that would scan every child table
        List<String> stored = ids("SELECT id FROM articles WHERE id IN (SELECT unnest(CAST(? AS"
            + " VARCHAR[])))", c.createArrayOf("VARCHAR", byId.keySet().toArray()));
        if (!stored.isEmpty()) {
          dropArticles(stored.toArray(new String[0]), PARTS);
        }
        append(byId.values());
      }
    });
  }

  /** A file's record after a later chunk of it: the later state, articles counted over both. */
  private static FileRecord later(FileRecord earlier, FileRecord next) {
    return new FileRecord(next.source(), next.size(), next.mtime(), next.sha256(), next.status(),
        next.reason(), next.progress(), earlier.articles() + next.articles());
  }

  private void dropArticles(String[] ids, List<String> children) throws SQLException {
    Array list = c.createArrayOf("VARCHAR", ids);
    for (String t : children) {
      delete("DELETE FROM " + t + " WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))",
          list);
    }
    delete("DELETE FROM articles WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", list);
  }

  /** Deletes the articles read from {@code source}: the file itself and its records PATH#ID. */
  private void dropArticlesOf(String source) throws SQLException {
    List<String> ids = ids("SELECT id FROM articles WHERE source = ? OR starts_with(source, ?)",
        source, source + "#");
    if (!ids.isEmpty()) {
      List<String> all = new ArrayList<>(PARTS);
      all.addAll(ANNOTATIONS);
      dropArticles(ids.toArray(new String[0]), all);
    }
  }

  /** The ids a query with bound parameters returns. */
  private List<String> ids(String sql, Object... params) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    return ids;
  }

  private void delete(String sql, Array ids) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setArray(1, ids);
      p.executeUpdate();
    }
  }

  private void append(Iterable<Article> articles) throws SQLException {
    try (DuckDBAppender art = Appenders.open(c, "articles");
        DuckDBAppender par = Appenders.open(c, "article_paragraphs");
        DuckDBAppender cre = Appenders.open(c, "article_credits");
        DuckDBAppender cap = Appenders.open(c, "article_captions");
        DuckDBAppender rem = Appenders.open(c, "article_removed")) {
      for (Article a : articles) {
        appendArticle(art, a);
        int i = 0;
        for (Span s : a.paragraphs()) {
          par.beginRow().append(a.id()).append(i++).append(s.start()).append(s.end()).endRow();
        }
        i = 0;
        for (String credit : a.credits()) {
          cre.beginRow().append(a.id()).append(i++).append(credit).endRow();
        }
        i = 0;
        for (Caption k : a.captions()) {
          cap.beginRow().append(a.id()).append(i++).append(k.text()).append(k.line());
          Dates.append(cap, k.date()).endRow();
        }
        i = 0;
        for (RemovedLine r : a.removed()) {
          rem.beginRow().append(a.id()).append(i++).append(r.line()).append(r.text())
              .append(r.reason()).endRow();
        }
      }
      Appenders.flush(art, par, cre, cap, rem);
    }
  }

  private static void appendArticle(DuckDBAppender art, Article a) throws SQLException {
    PublicationDate p = a.published();
    art.beginRow().append(a.id()).append(a.source()).append(a.url()).append(a.title())
        .append(a.text()).append(a.outlet()).append(a.byline()).append(a.dateline())
        .append(a.language());
    Dates.append(art, p.range()).append(p.basis().name()).append(p.evidence())
        .append(p.confidence()).endRow();
  }
}

package dossier.store;

import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateBasis;
import dossier.model.PublicationDate;
import dossier.model.RemovedLine;
import dossier.model.Span;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads articles back with all their parts, a page at a time (keyset paging on source and id), so
 * an export of any size holds at most one page of articles in memory.
 */
final class ArticleReader {
  private static final int PAGE = 1000;
  private static final String COLUMNS = "id, source, url, title, text, outlet, byline, dateline,"
      + " language, published_value, published_earliest, published_latest, published_basis,"
      + " published_evidence, published_confidence";
  private static final String IN_IDS = " WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))"
      + " ORDER BY article_id, ord";

  private final Connection c;

  ArticleReader(Connection c) {
    this.c = c;
  }

  /** Every article, ordered by source then id. */
  void forEach(Consumer<Article> sink) throws SQLException {
    String lastSource = "";
    String lastId = "";
    while (true) {
      List<Article> page;
      // pick the page on the two key columns only, then read the whole rows of that page
      try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM articles"
          + " WHERE id IN (SELECT id FROM articles WHERE source > ? OR (source = ? AND id > ?)"
          + " ORDER BY source, id LIMIT ?) ORDER BY source, id")) {
        p.setString(1, lastSource);
        p.setString(2, lastSource);
        p.setString(3, lastId);
        p.setInt(4, PAGE);
        page = withParts(p);
      }
      if (page.isEmpty()) {
        return;
      }
      page.forEach(sink);
      Article last = page.get(page.size() - 1);
      lastSource = last.source();
      lastId = last.id();
    }
  }

  Optional<Article> byId(String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
      p.setString(1, id);
      return withParts(p).stream().findFirst();
    }
  }

  /** The stored articles among {@code ids}, in id order. */
  List<Article> byIds(java.util.Collection<String> ids) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM articles"
        + " WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY id")) {
      p.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
      return withParts(p);
    }
  }

  /** Sets the publication date of stored articles, nothing else (their parts stay as they are). */
  void updatePublished(List<Article> articles) throws SQLException {
    Transactions.run(c, () -> {
      try (PreparedStatement p = c.prepareStatement("UPDATE articles SET published_value = ?,"
          + " published_earliest = ?, published_latest = ?, published_basis = ?,"
          + " published_evidence = ?, published_confidence = ? WHERE id = ?")) {
        for (Article a : articles) {
          var d = a.published();
          p.setObject(1, d.range().value());
          p.setObject(2, d.range().earliest());
          p.setObject(3, d.range().latest());
          p.setString(4, d.basis().name());
          p.setString(5, d.evidence());
          p.setDouble(6, d.confidence());
          p.setString(7, a.id());
          p.executeUpdate();
        }
      }
    });
  }

  /** Runs an article query and adds each article's paragraphs, credits, captions, removed lines. */
  private List<Article> withParts(PreparedStatement query) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet r = query.executeQuery()) {
      while (r.next()) {
        rows.add(new Row(r));
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Array ids = c.createArrayOf("VARCHAR", rows.stream().map(x -> x.id).toArray());
    Map<String, List<Span>> paragraphs = children(ids,
        "SELECT article_id, start_char, end_char FROM article_paragraphs",
        r -> new Span(r.getInt(2), r.getInt(3)));
    Map<String, List<String>> credits = children(ids,
        "SELECT article_id, credit FROM article_credits", r -> r.getString(2));
    Map<String, List<Caption>> captions = children(ids,
        "SELECT article_id, text, line, date_value, date_earliest, date_latest"
            + " FROM article_captions",
        r -> new Caption(r.getString(2), r.getInt(3), Dates.read(r, "date")));
    Map<String, List<RemovedLine>> removed = children(ids,
        "SELECT article_id, line, text, reason FROM article_removed",
        r -> new RemovedLine(r.getInt(2), r.getString(3), r.getString(4)));
    List<Article> out = new ArrayList<>(rows.size());
    for (Row x : rows) {
      out.add(new Article(x.id, x.source, x.url, x.title, x.text,
          paragraphs.getOrDefault(x.id, List.of()), x.outlet, credits.getOrDefault(x.id, List.of()),
          x.byline, x.dateline, captions.getOrDefault(x.id, List.of()), x.published, x.language,
          removed.getOrDefault(x.id, List.of())));
    }
    return out;
  }

  /** Reads one child table for the given article ids; column 1 must be the article id. */
  private <T> Map<String, List<T>> children(Array ids, String select, Rows.Reader<T> reader)
      throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement(select + IN_IDS)) {
      p.setArray(1, ids);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(reader.read(r));
        }
      }
    }
    return out;
  }

  /** The article's own columns, before its parts are attached. */
  private static final class Row {
    final String id;
    final String source;
    final String url;
    final String title;
    final String text;
    final String outlet;
    final String byline;
    final String dateline;
    final String language;
    final PublicationDate published;

    Row(ResultSet r) throws SQLException {
      id = r.getString("id");
      source = r.getString("source");
      url = r.getString("url");
      title = r.getString("title");
      text = r.getString("text");
      outlet = r.getString("outlet");
      byline = r.getString("byline");
      dateline = r.getString("dateline");
      language = r.getString("language");
      published = new PublicationDate(Dates.read(r, "published"),
          DateBasis.valueOf(r.getString("published_basis")), r.getString("published_evidence"),
          r.getDouble("published_confidence"));
    }
  }
}

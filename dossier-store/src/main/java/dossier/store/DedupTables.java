package dossier.store;

import dossier.dedup.Match;
import dossier.dedup.Signature;
import dossier.model.ArticleFlag;
import dossier.model.CopyChanges;
import dossier.model.CopyChanges.Change;
import dossier.model.CopyChanges.Edit;
import dossier.model.CopyChanges.Passage;
import dossier.model.CopyChanges.Respelling;
import dossier.model.DuplicateGroup;
import dossier.model.Span;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The duplicates stage's tables: signatures and verified pairs (kept so a later build verifies
 * only pairs with new articles), and what the stage found (groups, each copy's changes, article
 * flags). Signature arrays are stored as base64 text: a few hundred bytes an article.
 */
final class DedupTables {
  private final DuckDBConnection c;

  DedupTables(DuckDBConnection c) {
    this.c = c;
  }

  /** Drops signatures and pairs of articles no longer stored (their file changed). */
  void dropStale() throws SQLException {
    Transactions.run(c, () -> {
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM dedup_signatures WHERE article_id NOT IN (SELECT id FROM articles)");
        s.execute("DELETE FROM dedup_matches WHERE a NOT IN (SELECT id FROM articles)"
            + " OR b NOT IN (SELECT id FROM articles)");
      }
    });
  }

  List<String> unsigned() throws SQLException {
    return Rows.list(c, "SELECT id FROM articles WHERE id NOT IN"
        + " (SELECT article_id FROM dedup_signatures) ORDER BY id", r -> r.getString(1));
  }

  Map<String, String> texts(Collection<String> ids) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT id, text FROM articles"
        + " WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
      p.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
      try (var r = p.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getString(2));
        }
      }
    }
    return out;
  }

  void addSignatures(List<Signature> sigs) throws SQLException {
    Transactions.run(c, () -> {
      try (DuckDBAppender ap = Appenders.open(c, "dedup_signatures")) {
        for (Signature s : sigs) {
          ap.beginRow().append(s.articleId()).append(s.shingles()).append(s.textHash())
              .append(ints(s.minhash())).append(longs(s.sentenceKeys())).endRow();
        }
        Appenders.flush(ap);
      }
    });
  }

  List<Signature> signatures() throws SQLException {
    return Rows.list(c, "SELECT article_id, shingles, text_hash, minhash, sentence_keys"
        + " FROM dedup_signatures ORDER BY article_id", r -> new Signature(r.getString(1),
            r.getInt(2), r.getLong(3), ints(r.getString(4)), longs(r.getString(5))));
  }

  void addMatches(List<Match> matches) throws SQLException {
    Transactions.run(c, () -> {
      try (DuckDBAppender ap = Appenders.open(c, "dedup_matches")) {
        for (Match m : matches) {
          ap.beginRow().append(m.a()).append(m.b()).append(m.jaccard()).append(m.inB())
              .append(m.inA()).append(m.sharedSentences()).append(m.exact()).append(m.copy())
              .endRow();
        }
        Appenders.flush(ap);
      }
    });
  }

  List<Match> matches() throws SQLException {
    return Rows.list(c, "SELECT * FROM dedup_matches ORDER BY a, b", r -> new Match(
        r.getString("a"), r.getString("b"), r.getDouble("jaccard"), r.getDouble("in_b"),
        r.getDouble("in_a"), r.getInt("shared_sentences"), r.getBoolean("exact"),
        r.getBoolean("copy")));
  }

  /** Replaces the groups, the copies' changes and the article flags in one transaction. */
  void replaceResults(List<DuplicateGroup> groups, List<CopyChanges> changes,
      List<ArticleFlag> flags) throws SQLException {
    Transactions.run(c, () -> {
      try (Statement s = c.createStatement()) {
        for (String t : List.of("duplicate_groups", "duplicate_members", "duplicate_changes",
            "article_flags")) {
          s.execute("DELETE FROM " + t); // constants, never input
        }
      }
      new AnnotationWriter(c).appendDuplicates(groups);
      try (DuckDBAppender ch = Appenders.open(c, "duplicate_changes")) {
        for (CopyChanges x : changes) {
          appendChanges(ch, x);
        }
        Appenders.flush(ch);
      }
      insertFlags(flags);
    });
  }

  private void insertFlags(List<ArticleFlag> flags) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO article_flags"
        + " (article_id, ord, flag, detail, parts) VALUES (?, ?, ?, ?, ?)")) {
      Map<String, Integer> ord = new HashMap<>();
      for (ArticleFlag f : flags) {
        p.setString(1, f.articleId());
        p.setInt(2, ord.merge(f.articleId(), 1, Integer::sum) - 1);
        p.setString(3, f.flag());
        p.setString(4, f.detail());
        p.setArray(5, c.createArrayOf("VARCHAR", f.parts().toArray()));
        p.executeUpdate();
      }
    }
  }

  /**
   * Replaces only some groups: drops the groups {@code dropped} (with their copies' changes),
   * writes {@code groups} and their changes, and replaces all article flags; one transaction.
   */
  void updateResults(Collection<String> dropped, List<DuplicateGroup> groups,
      List<CopyChanges> changes, List<ArticleFlag> flags) throws SQLException {
    List<String> gone = new ArrayList<>(dropped);
    groups.forEach(g -> gone.add(g.id()));
    List<String> copies = new ArrayList<>();
    changes.forEach(x -> copies.add(x.articleId()));
    Transactions.run(c, () -> {
      Array ids = c.createArrayOf("VARCHAR", gone.toArray());
      delete("DELETE FROM duplicate_changes WHERE article_id IN (SELECT article_id FROM"
          + " duplicate_members WHERE group_id IN (SELECT unnest(CAST(? AS VARCHAR[]))))", ids);
      delete("DELETE FROM duplicate_changes WHERE article_id IN"
          + " (SELECT unnest(CAST(? AS VARCHAR[])))", c.createArrayOf("VARCHAR", copies.toArray()));
      delete("DELETE FROM duplicate_members WHERE group_id IN"
          + " (SELECT unnest(CAST(? AS VARCHAR[])))", ids);
      delete("DELETE FROM duplicate_groups WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", ids);
      new AnnotationWriter(c).appendDuplicates(groups);
      try (DuckDBAppender ch = Appenders.open(c, "duplicate_changes")) {
        for (CopyChanges x : changes) {
          appendChanges(ch, x);
        }
        Appenders.flush(ch);
      }
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM article_flags");
      }
      insertFlags(flags);
    });
  }

  private void delete(String sql, Array ids) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setArray(1, ids);
      p.executeUpdate();
    }
  }

  private static void appendChanges(DuckDBAppender ap, CopyChanges x) throws SQLException {
    int ord = 0;
    if (x.title() != null) {
      row(ap, x, ord++, "title", null, null, x.title().from(), x.title().to(), 0);
    }
    for (Passage p : x.added()) {
      row(ap, x, ord++, "added", null, p.span(), null, p.text(), 0);
    }
    for (Passage p : x.removed()) {
      row(ap, x, ord++, "removed", p.span(), null, p.text(), null, 0);
    }
    for (Edit e : x.edited()) {
      row(ap, x, ord++, "edited", e.from().span(), e.to().span(), e.from().text(), e.to().text(),
          0);
    }
    for (Respelling r : x.spelling()) {
      row(ap, x, ord++, "spelling", null, null, r.from(), r.to(), r.count());
    }
  }

  private static void row(DuckDBAppender ap, CopyChanges x, int ord, String kind, Span from,
      Span to, String fromText, String toText, int count) throws SQLException {
    ap.beginRow().append(x.articleId()).append(x.canonicalId()).append(ord).append(kind);
    span(ap, from);
    span(ap, to);
    text(ap, fromText);
    text(ap, toText);
    ap.append(count).endRow();
  }

  private static void span(DuckDBAppender ap, Span s) throws SQLException {
    if (s == null) {
      ap.appendNull().appendNull();
    } else {
      ap.append(s.start()).append(s.end());
    }
  }

  private static void text(DuckDBAppender ap, String s) throws SQLException {
    if (s == null) {
      ap.appendNull();
    } else {
      ap.append(s);
    }
  }

  /** Every copy's changes, in article order. */
  List<CopyChanges> changes() throws SQLException {
    Map<String, Builder> out = new LinkedHashMap<>();
    Rows.list(c, "SELECT * FROM duplicate_changes ORDER BY article_id, ord", r -> {
      Builder b = out.computeIfAbsent(r.getString("article_id"),
          k -> new Builder(k, readString(r, "canonical_id")));
      String kind = r.getString("kind");
      Passage from = passage(r, "from");
      Passage to = passage(r, "to");
      switch (kind) {
        case "title" -> b.title = new Change(r.getString("from_text"), r.getString("to_text"));
        case "added" -> b.added.add(to);
        case "removed" -> b.removed.add(from);
        case "edited" -> b.edited.add(new Edit(from, to));
        case "spelling" -> b.spelling.add(new Respelling(r.getString("from_text"),
            r.getString("to_text"), r.getInt("count")));
        default -> throw new SQLException("unknown change kind " + kind);
      }
      return null;
    });
    return out.values().stream().map(Builder::build).toList();
  }

  /** Article flags by article id. */
  Map<String, List<ArticleFlag>> flags() throws SQLException {
    return Rows.grouped(c, "SELECT article_id, flag, detail, parts FROM article_flags"
        + " ORDER BY article_id, ord", r -> new ArticleFlag(r.getString(1), r.getString(2),
            r.getString(3), Rows.strings(r.getArray(4))));
  }


  private static String readString(java.sql.ResultSet r, String col) {
    try {
      return r.getString(col);
    } catch (SQLException e) {
      throw new StoreException("cannot read " + col, e);
    }
  }

  private static Passage passage(java.sql.ResultSet r, String side) throws SQLException {
    int start = r.getInt(side + "_start");
    if (r.wasNull()) {
      return null;
    }
    return new Passage(new Span(start, r.getInt(side + "_end")), r.getString(side + "_text"));
  }

  private static final class Builder {
    final String article;
    final String canonical;
    Change title;
    final List<Passage> added = new ArrayList<>();
    final List<Passage> removed = new ArrayList<>();
    final List<Edit> edited = new ArrayList<>();
    final List<Respelling> spelling = new ArrayList<>();

    Builder(String article, String canonical) {
      this.article = article;
      this.canonical = canonical;
    }

    CopyChanges build() {
      return new CopyChanges(article, canonical, title, added, removed, edited, spelling);
    }
  }

  static String ints(int[] a) {
    ByteBuffer b = ByteBuffer.allocate(a.length * 4);
    b.asIntBuffer().put(a);
    return Base64.getEncoder().encodeToString(b.array());
  }

  static int[] ints(String s) {
    var b = ByteBuffer.wrap(Base64.getDecoder().decode(s)).asIntBuffer();
    int[] out = new int[b.remaining()];
    b.get(out);
    return out;
  }

  static String longs(long[] a) {
    ByteBuffer b = ByteBuffer.allocate(a.length * 8);
    b.asLongBuffer().put(a);
    return Base64.getEncoder().encodeToString(b.array());
  }

  static long[] longs(String s) {
    var b = ByteBuffer.wrap(Base64.getDecoder().decode(s)).asLongBuffer();
    long[] out = new long[b.remaining()];
    b.get(out);
    return out;
  }
}

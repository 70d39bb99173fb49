package dossier.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of the body: the best two passages of about a sentence, matched words in
 * {@code <mark>}, everything else HTML-escaped; the opening of the body when no word of the query
 * is in it (a query on an entity or a date).
 */
final class Snippets {
  static final int PASSAGE_CHARS = 160;
  static final int FALLBACK_CHARS = 240;

  private Snippets() {}

  static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs) throws IOException {
    UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
        .withMaxLength(1_000_000)
        .build();
    int[] passages = {2};
    Map<String, String[]> out = h.highlightFields(new String[] {Fields.BODY}, HighlightQuery.of(query, searcher),
        docs.clone(), passages);
    String[] body = out.get(Fields.BODY);
    String[] snippets = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      String s = body == null ? null : body[i];
      if (s == null || !s.contains("<mark>")) {
        String text = searcher.storedFields().document(docs[i], java.util.Set.of(Fields.BODY)).get(Fields.BODY);
        s = text == null ? "" : escape(opening(text));
      }
      snippets[i] = s.replaceAll("\\s+", " ").strip();
    }
    return snippets;
  }

  private static String opening(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= FALLBACK_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', FALLBACK_CHARS);
    return t.substring(0, cut > FALLBACK_CHARS / 2 ? cut : FALLBACK_CHARS) + " …";
  }

  /** The same escaping as the highlighter's, for text shown without marks. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        case '/' -> b.append("&#x2F;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

package dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
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

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Stateless: one for all requests. */
  private static final PassageScores SCORER = new PassageScores();

  private Snippets() {}

  /**
   * @param shown each hit's stored fields, read once by the caller with the body among them; the
   *     highlighter takes the body from there instead of reading the document again
   */
  static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs, Document[] shown)
      throws IOException {
    Map<Integer, String> bodies = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      bodies.put(docs[i], shown[i].get(Fields.BODY));
    }
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), PASSAGE_CHARS, 0.5f))
        .withScorer(SCORER)
        .withMaxLength(1_000_000);
    UnifiedHighlighter h = new UnifiedHighlighter(b) {
      @Override
      protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        return source == OffsetSource.POSTINGS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
            ? new ReusedWeights(components) : super.getOffsetStrategy(source, components);
      }

      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
          throws IOException {
        // as the default, a batch of documents up to the threshold of characters, from the bodies at hand
        List<CharSequence[]> out = new ArrayList<>();
        long chars = 0;
        do {
          int doc = docIter.nextDoc();
          if (doc == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          CharSequence[] values = new CharSequence[fields.length];
          for (int f = 0; f < fields.length; f++) {
            values[f] = fields[f].equals(Fields.BODY) ? bodies.get(doc) : null;
            chars += values[f] == null ? 0 : values[f].length();
          }
          out.add(values);
        } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
        return out;
      }
    };
    int[] passages = {2};
    Map<String, String[]> out = h.highlightFields(new String[] {Fields.BODY}, HighlightQuery.of(query, searcher),
        docs.clone(), passages);
    String[] body = out.get(Fields.BODY);
    String[] snippets = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      String s = body == null ? null : body[i];
      if (s == null || !s.contains("<mark>")) {
        String text = bodies.get(docs[i]);
        s = text == null ? "" : escape(opening(text));
      }
      snippets[i] = SPACES.matcher(s).replaceAll(" ").strip();
    }
    return snippets;
  }

  private static String opening(String text) {
    String t = SPACES.matcher(text.strip()).replaceAll(" ");
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

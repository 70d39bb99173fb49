package dossier.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzers of the fields: folded words, ids as one exact token, common grams on title and body. */
final class Analyzers {
  /** Commit data key naming how title and body were analysed; absent in an index without grams. */
  static final String ANALYSIS_KEY = "analysis";
  static final String ANALYSIS = "common-grams-1";

  private Analyzers() {}

  /** What the index is written with: title and body with common grams. */
  static Analyzer create() {
    return wrap(FoldingAnalyzer.Grams.INDEX);
  }

  /** What queries are read with over an index written by {@link #create}: phrases read the pairs. */
  static Analyzer query() {
    return wrap(FoldingAnalyzer.Grams.QUERY);
  }

  /** No pairs: sloppy phrases (their words may move apart) and an index written before grams. */
  static Analyzer plain() {
    return wrap(FoldingAnalyzer.Grams.NONE);
  }

  private static Analyzer wrap(FoldingAnalyzer.Grams grams) {
    Map<String, Analyzer> fields = new HashMap<>();
    KeywordAnalyzer keyword = new KeywordAnalyzer();
    for (String f : Fields.EXACT) {
      fields.put(f, keyword);
    }
    if (grams != FoldingAnalyzer.Grams.NONE) {
      FoldingAnalyzer g = new FoldingAnalyzer(grams);
      fields.put(Fields.TITLE, g);
      fields.put(Fields.BODY, g);
    }
    return new PerFieldAnalyzerWrapper(new FoldingAnalyzer(), fields);
  }
}

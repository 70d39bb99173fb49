package dossier.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzer of every field: folded words, ids as one exact token. */
final class Analyzers {
  private Analyzers() {}

  static Analyzer create() {
    Map<String, Analyzer> exact = new HashMap<>();
    KeywordAnalyzer keyword = new KeywordAnalyzer();
    for (String f : Fields.EXACT) {
      exact.put(f, keyword);
    }
    return new PerFieldAnalyzerWrapper(new FoldingAnalyzer(), exact);
  }
}

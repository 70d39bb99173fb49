package dossier.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words with case and accents folded ("İlham" and "ILHAM" index as "ilham") and the English
 * possessive cut ("Aliyev's" as "aliyev"). No stop words and no stemming: phrases stay exact and a
 * name is never conflated with a common word.
 */
final class FoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream s = new EnglishPossessiveFilter(source);
    s = new LowerCaseFilter(s);
    s = new ASCIIFoldingFilter(s);
    return new TokenStreamComponents(source, s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** Keeps a phrase from matching across two values of a multi-valued field (two entity names). */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }
}

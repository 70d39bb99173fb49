package dossier.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words with case and accents folded ("İlham" and "ILHAM" index as "ilham") and the English
 * possessive cut ("Aliyev's" as "aliyev"). No stop words and no stemming: phrases stay exact and a
 * name is never conflated with a common word. With common grams, common words are also paired
 * with their neighbours ({@link CommonWords}): every pair at indexing, and at query time the
 * pairs instead of the words they cover, so a phrase query reads short postings.
 */
final class FoldingAnalyzer extends Analyzer {
  /** What becomes of common words. */
  enum Grams {
    /** Only the words. */
    NONE,
    /** The words and their pairs, at the first word's position (not counted in the field length). */
    INDEX,
    /** The pairs, and only the words no pair covers: for phrase queries. */
    QUERY
  }

  private final Grams grams;

  FoldingAnalyzer() {
    this(Grams.NONE);
  }

  FoldingAnalyzer(Grams grams) {
    this.grams = grams;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream s = new EnglishPossessiveFilter(source);
    s = new LowerCaseFilter(s);
    s = new ASCIIFoldingFilter(s);
    if (grams == Grams.INDEX) {
      s = new CommonGramsFilter(s, CommonWords.WORDS);
    } else if (grams == Grams.QUERY) {
      s = new CommonGramsQueryFilter(new CommonGramsFilter(s, CommonWords.WORDS));
    }
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

package dossier.search;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The most frequent English function words (Lucene's English stop words and a few more). Title and
 * body also index each of them paired with its neighbour ("the_border", "border_would"), so a phrase
 * of common words reads the short postings of its pairs instead of checking the positions of "the"
 * in most of the corpus. Changing the list changes what the index holds: bump {@link Fields#FORMAT}
 * and {@link Analyzers#ANALYSIS}.
 */
final class CommonWords {
  static final List<String> LIST = List.of(
      "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
      "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "no", "not", "of", "on", "or", "said",
      "she", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "we",
      "were", "which", "who", "will", "with", "would", "you");
  static final CharArraySet WORDS = CharArraySet.unmodifiableSet(new CharArraySet(LIST, false));

  private CommonWords() {}
}

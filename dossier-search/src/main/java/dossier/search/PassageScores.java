package dossier.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 of the passage's distinct words, times a norm favouring the start),
 * computed the same way and in the same order, without what Lucene's allocates for every candidate
 * passage: a {@code BytesRefHash} with its 32 KB byte block. That block was a third of all the
 * memory a search request allocated (1.4 MB a request), and the garbage collector's work with it.
 */
final class PassageScores extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqInDoc = passage.getMatchTermFreqsInDoc();
    // distinct words in order of first match, as the hash numbers them, and their matches here
    int[] first = new int[n];
    int[] inPassage = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      int j = 0;
      while (j < distinct && !terms[first[j]].bytesEquals(terms[i])) {
        j++;
      }
      if (j == distinct) {
        first[distinct++] = i;
      }
      inPassage[j]++;
    }
    double score = 0;
    for (int j = 0; j < distinct; j++) {
      score += tf(inPassage[j], passage.getLength()) * weight(contentLength, freqInDoc[first[j]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}

package dossier.dedup;

/**
 * What duplicate detection keeps of an article: a few hundred bytes however long the text, so
 * memory grows with signatures, not texts, and a dossier can store them for incremental runs.
 *
 * @param articleId the article
 * @param shingles number of distinct word shingles of its text (0 for an empty text)
 * @param textHash hash of the whole folded word sequence: equal for exact copies
 * @param minhash the MinHash values ({@link DedupConfig#hashes()} of them)
 * @param sentenceKeys hashes of its longer sentences (bottom-k), for containment candidates and
 *     shared passages
 */
public record Signature(String articleId, int shingles, long textHash, int[] minhash,
    long[] sentenceKeys) implements java.io.Serializable {

  /** Whether the article had any words at all. */
  public boolean isEmpty() {
    return shingles == 0;
  }

  /** Number of sentence keys both signatures hold (both lists are ascending). */
  public int sharedSentences(Signature other) {
    return Shingles.common(sentenceKeys, other.sentenceKeys);
  }
}

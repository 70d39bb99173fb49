package dossier.dedup;

/**
 * The parameters of duplicate detection. {@link #news()} holds the values chosen for news on the
 * generated benchmark (docs/BENCHMARKS.md, "Duplicates"):
 *
 * <ul>
 *   <li>5-word shingles: long enough that two reports of one event in their own words share few
 *       (same-event articles stay apart), short enough that a substituted sentence or a re-spelled
 *       name costs only the shingles around it;
 *   <li>128 MinHash values in 32 bands of 4: a pair is a candidate with probability 0.5 at Jaccard
 *       0.41 and 0.99 at 0.62; trimmed copies, whose Jaccard is lower, are caught by the sentence
 *       keys instead (any shared sentence of 8 words or more makes a candidate);
 *   <li>a copy when {@code max(Jaccard, containment of the shorter in the longer)} reaches
 *       {@code copyThreshold}: news copies are trimmed and extended, so Jaccard alone misses them.
 * </ul>
 *
 * @param shingle words per shingle
 * @param hashes MinHash values per signature (a multiple of {@code bands})
 * @param bands LSH bands; {@code hashes / bands} values make one band key
 * @param sentenceWords shortest sentence (in words) that becomes a candidate key
 * @param maxSentenceKeys most sentence keys kept per article (the rarest hashes, bottom-k)
 * @param maxBucket a key shared by more articles than this links neighbours only
 * @param copyThreshold smallest {@code max(Jaccard, containment)} of a copy
 * @param nearThreshold smallest Jaccard for the relation "near" (else contains / contained-in)
 */
public record DedupConfig(int shingle, int hashes, int bands, int sentenceWords,
    int maxSentenceKeys, int maxBucket, double copyThreshold, double nearThreshold) {

  public DedupConfig {
    if (shingle < 1 || hashes < 1 || bands < 1 || hashes % bands != 0) {
      throw new IllegalArgumentException("bad dedup parameters: shingle " + shingle + ", hashes "
          + hashes + ", bands " + bands + " (hashes must be a multiple of bands)");
    }
  }

  /** The values chosen for news. */
  public static DedupConfig news() {
    return new DedupConfig(5, 128, 32, 8, 48, 200, 0.45, 0.7);
  }

  /** Values per band. */
  public int rows() {
    return hashes / bands;
  }

  /** A copy of this configuration with another copy threshold (for the benchmark's sweep). */
  public DedupConfig withCopyThreshold(double t) {
    return new DedupConfig(shingle, hashes, bands, sentenceWords, maxSentenceKeys, maxBucket, t,
        nearThreshold);
  }
}

package dossier.dedup;

/**
 * A verified candidate pair with its exact similarities over word shingles.
 *
 * @param a one article id
 * @param b the other
 * @param jaccard shared shingles over all shingles of the two
 * @param inB share of {@code a}'s shingles found in {@code b}
 * @param inA share of {@code b}'s shingles found in {@code a}
 * @param sharedSentences sentence keys both carry
 * @param exact same folded word sequence
 * @param copy whether the pair is a copy (else the two only share passages)
 */
public record Match(String a, String b, double jaccard, double inB, double inA,
    int sharedSentences, boolean exact, boolean copy) implements java.io.Serializable {

  /** {@code max(Jaccard, containment of the shorter in the longer)}. */
  public double score() {
    return Math.max(jaccard, Math.max(inA, inB));
  }
}

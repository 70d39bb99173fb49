package dossier.dedup;

/**
 * Decides a candidate pair on exact shingle sets. A copy when the folded word sequences are equal,
 * or when {@code max(Jaccard, containment of the shorter in the longer)} reaches the threshold:
 * a trimmed or extended wire copy keeps most of the shorter text inside the longer one even when
 * the Jaccard similarity is only about 0.5, while two reports of one event in their own words
 * share few 5-word runs either way. Containment counts only when the shorter text has
 * {@link #MIN_CONTAINED} shingles or more, so a one-line text is not a copy of every article that
 * quotes it. A pair that is no copy but shares a sentence, or {@link #MIN_PASSAGE} shingles, shares
 * a passage. Pure and thread-safe.
 */
final class Verifier {
  static final int MIN_CONTAINED = 30;
  static final int MIN_PASSAGE = 20;

  private final DedupConfig cfg;

  Verifier(DedupConfig cfg) {
    this.cfg = cfg;
  }

  /** The match of two articles, or null when they share nothing worth reporting. */
  Match verify(Signature sa, long[] a, Signature sb, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return null;
    }
    int sentences = sa.sharedSentences(sb);
    if (sa.textHash() == sb.textHash() && a.length == b.length) {
      return new Match(sa.articleId(), sb.articleId(), 1, 1, 1, sentences, true, true);
    }
    int common = Shingles.common(a, b);
    double j = common / (double) (a.length + b.length - common);
    double inB = common / (double) a.length;
    double inA = common / (double) b.length;
    double contained = Math.min(a.length, b.length) >= MIN_CONTAINED ? Math.max(inA, inB) : 0;
    boolean copy = Math.max(j, contained) >= cfg.copyThreshold();
    if (!copy && sentences == 0 && common < MIN_PASSAGE) {
      return null;
    }
    return new Match(sa.articleId(), sb.articleId(), j, inB, inA, sentences, false, copy);
  }
}

package dossier.dedup;

import java.util.Arrays;

/**
 * Computes {@link Signature}s. MinHash is one-permutation hashing with optimal densification
 * (Li, Owen and Zhang 2012; Shrivastava 2017): each shingle hash falls into one of {@code k} bins
 * and keeps the bin's minimum, so a signature costs one pass over the shingles instead of {@code k};
 * an empty bin borrows the value of a bin picked by a fixed probe sequence, which keeps the
 * collision probability of every value equal to the Jaccard similarity. Thread-safe.
 */
public final class Signer {
  private final DedupConfig cfg;

  public Signer(DedupConfig cfg) {
    this.cfg = cfg;
  }

  /** The signature of one article text. */
  public Signature sign(String articleId, String text) {
    Tokens t = Tokens.of(text == null ? "" : text);
    long[] sh = Shingles.of(t, cfg.shingle());
    long whole = 0x243F6A8885A308D3L;
    for (int i = 0; i < t.size; i++) {
      whole = Tokens.mix(whole + t.hashes[i]);
    }
    return new Signature(articleId, sh.length, whole, minhash(sh), sentenceKeys(t));
  }

  /** The distinct shingles of a text (for exact verification of a candidate pair). */
  long[] shingles(String text) {
    return Shingles.of(Tokens.of(text == null ? "" : text), cfg.shingle());
  }

  int[] minhash(long[] shingles) {
    int k = cfg.hashes();
    long[] bins = new long[k];
    Arrays.fill(bins, Long.MAX_VALUE);
    for (long s : shingles) {
      long x = Tokens.mix(s ^ 0x5DEECE66DL);
      int bin = (int) (((x >>> 32) * k) >>> 32);
      long v = x & 0xFFFFFFFFL;
      if (v < bins[bin]) {
        bins[bin] = v;
      }
    }
    int[] out = new int[k];
    if (shingles.length == 0) {
      return out;
    }
    for (int j = 0; j < k; j++) {
      long v = bins[j];
      for (int attempt = 1; v == Long.MAX_VALUE; attempt++) {
        int probe = (int) (((Tokens.mix(j * 0x9E3779B97F4A7C15L + attempt) >>> 32) * k) >>> 32);
        v = bins[probe];
      }
      out[j] = (int) v;
    }
    return out;
  }

  /** Hashes of sentences of at least {@code sentenceWords} words, the smallest few, ascending. */
  private long[] sentenceKeys(Tokens t) {
    long[] keys = new long[t.sentences];
    int n = 0;
    for (int s = 0; s < t.sentences; s++) {
      int from = t.sentenceStart[s];
      int to = t.sentenceEnd(s);
      if (to - from < cfg.sentenceWords()) {
        continue;
      }
      long h = 0x13198A2E03707344L;
      for (int i = from; i < to; i++) {
        h = Tokens.mix(h + t.hashes[i]);
      }
      keys[n++] = h;
    }
    keys = Arrays.copyOf(keys, n);
    Arrays.sort(keys);
    int m = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        keys[m++] = keys[i];
      }
    }
    return Arrays.copyOf(keys, Math.min(m, cfg.maxSentenceKeys()));
  }
}

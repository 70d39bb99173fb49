package dossier.dedup;

/**
 * The keys under which a signature is bucketed: one per LSH band (the band's MinHash values
 * hashed with the band number) and one per sentence key. Two articles sharing any key are a
 * candidate pair. A pure function of the signature, so a Spark job can emit the same keys.
 */
final class BandKeys {
  private static final long SENTENCE_SALT = 0x6A09E667F3BCC909L;

  private BandKeys() {}

  /** Every key of {@code s}; none for an empty text. */
  static long[] of(Signature s, DedupConfig cfg) {
    if (s.isEmpty()) {
      return new long[0];
    }
    int rows = cfg.rows();
    long[] out = new long[cfg.bands() + s.sentenceKeys().length];
    int[] mh = s.minhash();
    for (int b = 0; b < cfg.bands(); b++) {
      long h = b + 1;
      for (int r = 0; r < rows; r++) {
        h = Tokens.mix(h * 0x9E3779B97F4A7C15L + mh[b * rows + r]);
      }
      out[b] = h;
    }
    long[] sk = s.sentenceKeys();
    for (int i = 0; i < sk.length; i++) {
      out[cfg.bands() + i] = Tokens.mix(sk[i] ^ SENTENCE_SALT);
    }
    return out;
  }
}

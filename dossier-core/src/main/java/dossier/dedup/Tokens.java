package dossier.dedup;

import dossier.text.FoldedText;

/**
 * The words of a text as 64-bit hashes, in the folded view ({@link FoldedText#fold}: case, accents
 * and quotes folded, so "İlham" and "Ilham" are one word), with the sentence each word belongs to.
 * A word is a run of letters and digits (Unicode {@code \w+} without the underscore). Built for
 * speed: ASCII is folded inline and other characters through a table made once.
 */
final class Tokens {
  private static final int TABLE = 0x3000;
  private static final String[] FOLD = new String[TABLE];

  static {
    for (int c = 0x80; c < TABLE; c++) {
      if (Character.isLetterOrDigit(c) && !Character.isSurrogate((char) c)) {
        FOLD[c] = FoldedText.fold(String.valueOf((char) c));
      }
    }
  }

  final long[] hashes;
  /** Index of the first word of each sentence, ascending; {@code sentenceStart[0] == 0}. */
  final int[] sentenceStart;
  /** Stored offset of each word's first character. */
  final int[] offsets;
  final int size;
  final int sentences;

  private Tokens(long[] hashes, int[] offsets, int size, int[] sentenceStart, int sentences) {
    this.hashes = hashes;
    this.offsets = offsets;
    this.size = size;
    this.sentenceStart = sentenceStart;
    this.sentences = sentences;
  }

  /** The words of {@code text}. */
  static Tokens of(String text) {
    int n = text.length();
    long[] hashes = new long[Math.max(16, n / 5)];
    int[] offsets = new int[hashes.length];
    int[] sent = new int[Math.max(4, n / 60)];
    int size = 0;
    int sentences = 0;
    boolean sentenceOpen = false;
    long h = 0;
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      String folded = null;
      boolean word;
      if (c < 0x80) {
        word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
      } else if (c < TABLE) {
        folded = FOLD[c];
        word = folded != null;
      } else if (Character.isHighSurrogate(c) && i + 1 < n) {
        int cp = text.codePointAt(i);
        word = Character.isLetterOrDigit(cp);
        folded = word ? FoldedText.fold(text.substring(i, i + 2)) : null;
        i++;
      } else {
        word = Character.isLetterOrDigit(c);
        folded = word ? FoldedText.fold(String.valueOf(c)) : null;
      }
      if (word) {
        if (start < 0) {
          start = i;
          h = 0x9E3779B97F4A7C15L;
        }
        if (folded == null) {
          h = (h ^ c) * 0x100000001B3L;
        } else {
          for (int k = 0; k < folded.length(); k++) {
            h = (h ^ folded.charAt(k)) * 0x100000001B3L;
          }
        }
        continue;
      }
      if (start >= 0) {
        if (size == hashes.length) {
          hashes = java.util.Arrays.copyOf(hashes, size * 2);
          offsets = java.util.Arrays.copyOf(offsets, size * 2);
        }
        if (!sentenceOpen) {
          if (sentences == sent.length) {
            sent = java.util.Arrays.copyOf(sent, sentences * 2);
          }
          sent[sentences++] = size;
          sentenceOpen = true;
        }
        hashes[size] = mix(h);
        offsets[size++] = start;
        start = -1;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        sentenceOpen = false;
      }
    }
    return new Tokens(hashes, offsets, size, sent, sentences);
  }

  /** Words of sentence {@code s}: {@code [sentenceStart[s], sentenceEnd(s))}. */
  int sentenceEnd(int s) {
    return s + 1 < sentences ? sentenceStart[s + 1] : size;
  }

  /** Murmur3's 64-bit finaliser: spreads every input bit over the whole hash. */
  static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9fe1a85ec53L;
    x ^= x >>> 33;
    return x;
  }
}

package dossier.dedup;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where two articles that are no copies share text: maximal runs of word shingles that follow
 * each other in both texts, as spans in each. Runs under {@link #MIN_WORDS} words are left out
 * (a shared stock phrase is no passage). Works on the folded words, so a passage re-spelled with
 * or without accents still matches. Pure.
 */
public final class SharedPassages {
  static final int MIN_WORDS = 10;
  private static final int K = 5;

  /**
   * One shared passage.
   *
   * @param a one article id
   * @param b the other
   * @param inA the passage's span in {@code a}'s text
   * @param inB its span in {@code b}'s text
   * @param words how many words it has
   * @param share its words over the words of the shorter article
   */
  public record Passage(String a, String b, Span inA, Span inB, int words, double share) {}

  private SharedPassages() {}

  /** The passages {@code a} and {@code b} share, in {@code a}'s text order. */
  public static List<Passage> of(String idA, String textA, String idB, String textB) {
    Tokens ta = Tokens.of(textA);
    Tokens tb = Tokens.of(textB);
    long[] sa = hashes(ta);
    long[] sb = hashes(tb);
    Map<Long, Integer> inB = new HashMap<>();
    for (int j = sb.length - 1; j >= 0; j--) {
      inB.put(sb[j], j); // first occurrence wins
    }
    int shorter = Math.max(1, Math.min(ta.size, tb.size));
    List<Passage> out = new ArrayList<>();
    int i = 0;
    while (i < sa.length) {
      Integer j = inB.get(sa[i]);
      if (j == null) {
        i++;
        continue;
      }
      int len = 1;
      while (i + len < sa.length && j + len < sb.length && sa[i + len] == sb[j + len]) {
        len++;
      }
      int words = len + K - 1;
      if (words >= MIN_WORDS) {
        out.add(new Passage(idA, idB, span(textA, ta, i, i + words), span(textB, tb, j, j + words),
            words, Math.min(1.0, words / (double) shorter)));
      }
      i += len;
    }
    return out;
  }

  /** The hash of the {@code K} words starting at each word. */
  private static long[] hashes(Tokens t) {
    int n = Math.max(0, t.size - K + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long x = 0;
      for (int j = 0; j < K; j++) {
        x = x * 0x9E3779B97F4A7C15L + t.hashes[i + j];
      }
      out[i] = Tokens.mix(x);
    }
    return out;
  }

  /** From the first word's start to the last word's end. */
  private static Span span(String text, Tokens t, int from, int to) {
    int end = t.offsets[to - 1];
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (!Character.isLetterOrDigit(cp)) {
        break;
      }
      end += Character.charCount(cp);
    }
    return new Span(t.offsets[from], end);
  }
}

package dossier.extract;

import java.util.Map;

/**
 * An immutable word-to-bits table looked up by a slice of a string, so that checking each word
 * of a line against a word list allocates nothing (no substring, no lower-case copy).
 */
final class WordTable {
  private final String[] keys;
  private final int[] values;
  private final boolean fold;
  private final boolean[] initials = new boolean[128];
  private final int mask;
  private final int minLength;
  private final int maxLength;

  /**
   * @param words each word with its bits (non-zero)
   * @param fold whether lookups ignore case (then the keys must be lower case)
   */
  WordTable(Map<String, Integer> words, boolean fold) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4));
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    this.fold = fold;
    minLength = words.keySet().stream().mapToInt(String::length).min().orElse(0);
    maxLength = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    words.forEach((w, v) -> {
      int i = hash(w, 0, w.length()) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = w;
      values[i] = v;
      char c = w.charAt(0);
      // Non-ASCII initials are not pre-filtered.
      if (c < 128) {
        initials[c] = true;
        if (fold) {
          initials[Character.toUpperCase(c)] = true;
        }
      }
    });
  }

  /** The bits of {@code s[from, to)} as a word, or 0 when it is not in the table. */
  int get(String s, int from, int to) {
    int len = to - from;
    if (len < minLength || len > maxLength) {
      return 0;
    }
    char first = s.charAt(from);
    if (first < 128 && !initials[first]) {
      return 0;
    }
    int i = hash(s, from, to) & mask;
    for (String k = keys[i]; k != null; i = (i + 1) & mask, k = keys[i]) {
      if (k.length() == to - from && same(k, s, from)) {
        return values[i];
      }
    }
    return 0;
  }

  private boolean same(String k, String s, int from) {
    for (int j = 0; j < k.length(); j++) {
      char c = s.charAt(from + j);
      if ((fold ? Character.toLowerCase(c) : c) != k.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private int hash(String s, int from, int to) {
    int h = 0;
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      h = 31 * h + (fold ? Character.toLowerCase(c) : c);
    }
    return h ^ (h >>> 16);
  }
}

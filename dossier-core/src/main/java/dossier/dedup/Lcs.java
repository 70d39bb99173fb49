package dossier.dedup;

/** Longest common subsequence tables and edit distance, for aligning sentences and words. */
final class Lcs {
  private Lcs() {}

  /** Whether item {@code i} of one list equals item {@code j} of the other. */
  @FunctionalInterface
  interface Same {
    boolean test(int i, int j);
  }

  /** {@code t[i][j]}: length of the LCS of the suffixes starting at {@code i} and {@code j}. */
  static int[][] table(int n, int m, Same same) {
    int[][] t = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        t[i][j] = same.test(i, j) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t;
  }

  /** Levenshtein distance. */
  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] x = prev;
      prev = cur;
      cur = x;
    }
    return prev[b.length()];
  }
}

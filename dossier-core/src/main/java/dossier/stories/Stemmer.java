package dossier.stories;

/**
 * A light suffix-stripping stemmer for English (a small subset of Porter's steps): enough to make
 * "talks", "talked" and "talking" one term. It errs on the side of stripping too little.
 */
final class Stemmer {
  private static final String[][] SUFFIXES = {
      {"ational", "ate"}, {"ization", "ize"}, {"fulness", "ful"}, {"ousness", "ous"},
      {"iveness", "ive"}, {"ements", ""}, {"ement", ""}, {"ments", ""}, {"ment", ""},
      {"ities", ""}, {"ity", ""}, {"ings", ""}, {"ing", ""}, {"ies", "y"}, {"ied", "y"},
      {"edly", ""}, {"ed", ""}, {"ers", ""}, {"er", ""}, {"ly", ""}, {"es", ""}, {"s", ""}};

  private Stemmer() {}

  /** The stem of a folded, lower-case word. */
  static String stem(String w) {
    if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    for (String[] s : SUFFIXES) {
      // keep a stem of three letters at least with a vowel, so "sing" and "bed" stay whole
      if (w.endsWith(s[0]) && w.length() - s[0].length() >= 3
          && hasVowel(w, w.length() - s[0].length())) {
        String base = w.substring(0, w.length() - s[0].length()) + s[1];
        return undouble(base);
      }
    }
    return w;
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "stopp" (from "stopped") to "stop"; "fall" keeps its double l. */
  private static String undouble(String b) {
    int n = b.length();
    if (n > 3 && b.charAt(n - 1) == b.charAt(n - 2) && "lsz".indexOf(b.charAt(n - 1)) < 0
        && Character.isLetter(b.charAt(n - 1))) {
      return b.substring(0, n - 1);
    }
    return b;
  }
}

package dossier.dedup;

import dossier.model.Span;
import dossier.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of a stored text with their spans, and the word forms used to compare them: a sentence
 * ends at '.', '!' or '?' (with closing quotes or brackets) before white space, or at a line end.
 */
final class Sentences {
  private Sentences() {}

  /**
   * One sentence: its span, its words as written and folded, and its key (the folded words joined),
   * made once: sentence alignment compares keys many times over.
   */
  record Sentence(Span span, List<String> words, List<String> folded, String key) {
    Sentence(Span span, List<String> words, List<String> folded) {
      this(span, words, folded, String.join(" ", folded));
    }
  }

  static List<Sentence> of(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && "\"'\u201D\u2019)]".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (j == n || Character.isWhitespace(text.charAt(j))) {
          add(text, start, j, out);
          start = j;
          i = j - 1;
        }
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static void add(String text, int from, int to, List<Sentence> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to <= from) {
      return;
    }
    List<String> words = words(text.substring(from, to));
    if (words.isEmpty()) {
      return;
    }
    List<String> folded = new ArrayList<>(words.size());
    for (String w : words) {
      folded.add(FoldedText.fold(w));
    }
    out.add(new Sentence(new Span(from, to), words, folded));
  }

  /** Runs of letters and digits. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean w = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (w && start < 0) {
        start = i;
      } else if (!w && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out;
  }
}

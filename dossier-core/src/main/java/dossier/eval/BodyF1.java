package dossier.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body metric of the article-extraction benchmark: word 4-gram multisets of the true and the
 * extracted body, per page true positives, false positives and false negatives normalised to sum
 * to 1; precision and recall per page (1 and 1 when nothing is true and nothing extracted, 0 and 0
 * when nothing matches); means over pages; F1 of the means.
 */
public final class BodyF1 {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private BodyF1() {}

  /** Precision and recall of one page. */
  public record Score(double precision, double recall) {
    /** F1 of this page alone. */
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** Scores one page's extracted body against its true body. */
  public static Score score(String truth, String extracted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(extracted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      int pc = e.getValue();
      int tc = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
    }
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    // The benchmark normalises the counts first; the ratios below do not change by it.
    if (fp == 0 && fn == 0) {
      return new Score(1, 1);
    }
    if (tp == 0) {
      return new Score(0, 0);
    }
    return new Score(tp / (tp + fp), tp / (tp + fn));
  }

  /** Mean precision and recall over pages and the F1 of those means. */
  public static double[] means(List<Score> pages) {
    double p = 0;
    double r = 0;
    for (Score s : pages) {
      p += s.precision();
      r += s.recall();
    }
    int n = Math.max(1, pages.size());
    p /= n;
    r /= n;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /**
   * Word 4-gram counts of a text. As in the benchmark, a text of fewer than four tokens is one
   * shorter shingle, and an empty text has none.
   */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> g = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!g.isEmpty()) {
        out.merge(List.copyOf(g), 1, Integer::sum);
      }
    }
    return out;
  }
}

package dossier.html.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: word 4-gram multisets of the true and extracted body
 * (tokens are the matches of {@code \w+}, Unicode), per-page precision and recall from the counts;
 * the caller averages them over pages and takes F1 of the means.
 */
public final class BodyF1 {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private BodyF1() {}

  /** Precision and recall of one page. */
  public record Score(double precision, double recall) {}

  /** Scores one page; nothing true and nothing extracted scores 1. */
  public static Score score(String truth, String extracted) {
    Map<String, Integer> t = grams(truth);
    Map<String, Integer> e = grams(extracted);
    if (t.isEmpty() && e.isEmpty()) {
      return new Score(1, 1);
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> en : e.entrySet()) {
      int tc = t.getOrDefault(en.getKey(), 0);
      tp += Math.min(tc, en.getValue());
      fp += Math.max(0, en.getValue() - tc);
    }
    for (Map.Entry<String, Integer> en : t.entrySet()) {
      fn += Math.max(0, en.getValue() - e.getOrDefault(en.getKey(), 0));
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new Score(p, r);
  }

  /** F1 of mean precision and mean recall. */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Integer> grams(String s) {
    java.util.List<String> words = new java.util.ArrayList<>();
    for (Matcher m = WORD.matcher(s == null ? "" : s); m.find(); ) {
      words.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + 4 <= words.size(); i++) {
      out.merge(String.join(" ", words.subList(i, i + 4)), 1, Integer::sum);
    }
    return out;
  }
}

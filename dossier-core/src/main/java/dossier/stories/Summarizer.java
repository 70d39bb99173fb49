package dossier.stories;

import dossier.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extractive summary of a story: up to five sentences of its articles that carry most of the
 * story's weight (their terms summed over the story centroid), a lead sentence favoured, each new
 * sentence from another article where one is as good, none repeating another. Every sentence keeps
 * its source: article id and offsets.
 */
final class Summarizer {
  static final int MAX_SENTENCES = 5;
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"'\u201d\u2019]?|$)",
      Pattern.MULTILINE);
  private static final int MIN_WORDS = 6;
  private static final int MAX_WORDS = 60;

  private Summarizer() {}

  /** A candidate sentence. */
  record Sentence(String article, int start, int end, String text, Set<String> terms, double score, int rank) {}

  /** The summary sentences, in the order chosen; {@code texts} by article id, most central first. */
  static List<Evidence> summarize(List<Map.Entry<String, String>> texts, Map<String, Double> weights) {
    List<Sentence> all = new ArrayList<>();
    for (Map.Entry<String, String> a : texts) {
      Matcher m = SENTENCE.matcher(a.getValue());
      int rank = 0;
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        while (s < e && Character.isWhitespace(a.getValue().charAt(s))) {
          s++;
        }
        String text = a.getValue().substring(s, e).trim();
        int words = text.split("\\s+").length;
        if (words < MIN_WORDS || words > MAX_WORDS || !Character.isUpperCase(text.charAt(0))
            && !Character.isDigit(text.charAt(0)) && text.charAt(0) != '"') {
          continue;
        }
        Set<String> terms = Analyzer.terms(text).keySet();
        double score = 0;
        for (String t : terms) {
          score += weights.getOrDefault(t, 0.0);
        }
        // a lead sentence states the news; later ones add detail
        score = score / Math.sqrt(terms.size() + 1) * (rank == 0 ? 1.5 : 1.0 / (1 + 0.1 * rank));
        all.add(new Sentence(a.getKey(), s, s + text.length(), text, terms, score, rank++));
      }
    }
    all.sort(Comparator.comparingDouble(Sentence::score).reversed());
    List<Sentence> chosen = new ArrayList<>();
    Set<String> used = new HashSet<>();
    // first round: one sentence per article; second: any
    for (int round = 0; round < 2 && chosen.size() < MAX_SENTENCES; round++) {
      for (Sentence s : all) {
        if (chosen.size() == MAX_SENTENCES) {
          break;
        }
        if (chosen.contains(s) || round == 0 && used.contains(s.article()) || repeats(s, chosen)) {
          continue;
        }
        chosen.add(s);
        used.add(s.article());
      }
    }
    return chosen.stream().map(s -> new Evidence(s.article(), s.start(), s.end(), "body")).toList();
  }

  /** Whether {@code s} says mostly what a chosen sentence says (term overlap over half). */
  private static boolean repeats(Sentence s, List<Sentence> chosen) {
    for (Sentence c : chosen) {
      int shared = 0;
      for (String t : s.terms()) {
        if (c.terms().contains(t)) {
          shared++;
        }
      }
      if (shared > 0.5 * Math.min(s.terms().size(), c.terms().size())) {
        return true;
      }
    }
    return false;
  }
}

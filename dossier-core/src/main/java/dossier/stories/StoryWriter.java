package dossier.stories;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.Evidence;
import dossier.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns clusters into {@link Story} records: the label is the title (else the first sentence) of
 * the most central article, the span runs over every member's publication range, the key entities
 * are the heaviest names of the centroid, the summary is {@link Summarizer}'s with its citations.
 */
final class StoryWriter {
  static final int KEY_ENTITIES = 5;
  private static final int LABEL_WORDS = 16;
  private final Vectorizer vectors;
  private final StoryParams params;
  private final List<Story> stories = new ArrayList<>();
  private final Map<String, List<Evidence>> citations = new LinkedHashMap<>();
  private final List<Map<Integer, Double>> centroids = new ArrayList<>();

  StoryWriter(Vectorizer vectors, StoryParams params) {
    this.vectors = vectors;
    this.params = params;
  }

  /** Adds a story of {@code units} (canonical articles, publication order) and their copies. */
  void add(String id, List<Article> units, List<StoryDoc> docs, Map<String, List<Article>> copies,
      boolean namesAreText) {
    Map<Integer, Double> sum = new HashMap<>();
    for (StoryDoc d : docs) {
      for (int k = 0; k < d.terms().length; k++) {
        sum.merge(d.terms()[k], (double) d.weights()[k], Double::sum);
      }
    }
    int central = 0;
    double best = -1;
    for (int i = 0; i < docs.size(); i++) {
      double dot = 0;
      StoryDoc d = docs.get(i);
      for (int k = 0; k < d.terms().length; k++) {
        dot += d.weights()[k] * sum.getOrDefault(d.terms()[k], 0.0);
      }
      if (dot > best) {
        best = dot;
        central = i;
      }
    }
    List<String> members = new ArrayList<>();
    List<Article> all = new ArrayList<>();
    for (Article a : units) {
      members.add(a.id());
      all.add(a);
      for (Article c : copies.getOrDefault(a.id(), List.of())) {
        members.add(c.id());
        all.add(c);
      }
    }
    Map<String, Double> weights = new HashMap<>();
    sum.forEach((t, w) -> weights.put(vectors.term(t), w));
    List<Map.Entry<String, String>> texts = new ArrayList<>();
    texts.add(Map.entry(units.get(central).id(), units.get(central).text()));
    for (int i = 0; i < units.size(); i++) {
      if (i != central) {
        texts.add(Map.entry(units.get(i).id(), units.get(i).text()));
      }
    }
    List<Evidence> cited = Summarizer.summarize(texts, weights);
    Map<String, String> byId = new HashMap<>();
    units.forEach(a -> byId.put(a.id(), a.text()));
    StringBuilder summary = new StringBuilder();
    for (Evidence e : cited) {
      summary.append(summary.length() == 0 ? "" : " ").append(byId.get(e.article()), e.start(), e.end());
    }
    String storyId = id != null ? id : "story-" + units.get(0).id();
    stories.add(new Story(storyId, label(units.get(central)), members, span(all),
        keyNames(sum, namesAreText), summary.toString()));
    citations.put(storyId, cited);
    centroids.add(sum);
  }

  List<Story> stories() {
    return stories;
  }

  Map<String, List<Evidence>> citations() {
    return citations;
  }

  /** Story {@code k}'s centroid (term id to summed weight). */
  Map<Integer, Double> centroid(int k) {
    return centroids.get(k);
  }

  Vectorizer vectors() {
    return vectors;
  }

  /** The heaviest name terms of a centroid: display names, or entity ids when names came from mentions. */
  List<String> keyNames(Map<Integer, Double> sum, boolean namesAreText) {
    return sum.entrySet().stream()
        .filter(e -> vectors.term(e.getKey()).startsWith(Analyzer.NAME))
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(KEY_ENTITIES)
        .map(e -> vectors.term(e.getKey()).substring(Analyzer.NAME.length()))
        .toList();
  }

  private static String label(Article a) {
    if (a.title() != null && !a.title().isBlank()) {
      return a.title().strip();
    }
    String first = a.text().strip().split("(?<=[.!?])\\s+|\\n", 2)[0];
    String[] words = first.split("\\s+");
    return words.length <= LABEL_WORDS ? first
        : String.join(" ", java.util.Arrays.copyOf(words, LABEL_WORDS)) + " ...";
  }

  private static DateRange span(List<Article> all) {
    LocalDate lo = null;
    LocalDate hi = null;
    for (Article a : all) {
      DateRange r = a.published().range();
      if (r.earliest() != null && (lo == null || r.earliest().isBefore(lo))) {
        lo = r.earliest();
      }
      if (r.latest() != null && (hi == null || r.latest().isAfter(hi))) {
        hi = r.latest();
      }
    }
    return lo == null && hi == null ? DateRange.unknown() : DateRange.between(lo, hi);
  }
}

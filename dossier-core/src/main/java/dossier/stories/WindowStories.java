package dossier.stories;

import dossier.model.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Story clustering of one slice of a corpus (a time window), for a distributed run (dossier-spark):
 * terms are counted where the article is ({@link #counts}), document frequencies are summed over
 * the whole corpus, then each window is clustered by the very code of {@link StoryStage}
 * ({@link Vectorizer}, {@link StoryClustering}) in publication order, and its stories are handed
 * back with their centroids (term to weight) so windows can be merged across their boundaries.
 */
public final class WindowStories {
  private WindowStories() {}

  /** An article whose terms are counted: its id, publication range and term counts. */
  public record Counted(String id, LocalDate earliest, LocalDate latest, Map<String, Integer> counts)
      implements java.io.Serializable {}

  /**
   * A story of one window: its members (article ids, publication order), its centroid (the
   * heaviest terms of its members' summed vectors, unit length) and span in epoch days
   * ({@link Long#MIN_VALUE} when a bound is unknown).
   */
  public record Story(List<String> members, Map<String, Double> centroid, long lo, long hi)
      implements java.io.Serializable {}

  /**
   * The term counts of an article (title and text, as {@link StoryStage} reads it), with resolved
   * entity ids replacing its name-like phrases when {@code entityIds} is not null.
   */
  public static Map<String, Integer> counts(String title, String text, List<String> entityIds) {
    String t = title == null ? text : title + ".\n" + text;
    return Vectorizer.counts(new Vectorizer.Input(null, t, entityIds, null));
  }

  /**
   * Clusters one window. {@code articles} are sorted here into the order {@link StoryStage} uses
   * (publication day, undated last, then id); terms are weighted by {@code df} (a term's document
   * frequency over {@code n} articles of the whole corpus; at least 1 is assumed).
   */
  public static List<Story> cluster(StoryParams params, List<Counted> articles, ToIntFunction<String> df,
      int n) {
    List<Counted> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(WindowStories::day, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Counted::id));
    Vectorizer v = new Vectorizer(params);
    for (Counted c : sorted) {
      DateRange r = range(c);
      v.add(new Vectorizer.Input(c.id(), null, null, EventTime.of(r, List.of())), new HashMap<>(c.counts()));
    }
    List<StoryDoc> docs = v.finish(df, n);
    int[] label = new StoryClustering(params).cluster(docs);
    Map<Integer, List<Integer>> byStory = new java.util.TreeMap<>();
    for (int i = 0; i < label.length; i++) {
      byStory.computeIfAbsent(label[i], x -> new ArrayList<>()).add(i);
    }
    List<Story> out = new ArrayList<>(byStory.size());
    for (List<Integer> members : byStory.values()) {
      Map<Integer, Double> sum = new HashMap<>();
      long lo = StoryDoc.UNDATED;
      long hi = StoryDoc.UNDATED;
      List<String> ids = new ArrayList<>(members.size());
      for (int i : members) {
        StoryDoc d = docs.get(i);
        ids.add(d.id());
        for (int k = 0; k < d.terms().length; k++) {
          sum.merge(d.terms()[k], (double) d.weights()[k], Double::sum);
        }
        if (d.lo() != StoryDoc.UNDATED) {
          lo = lo == StoryDoc.UNDATED ? d.lo() : Math.min(lo, d.lo());
        }
        if (d.hi() != StoryDoc.UNDATED) {
          hi = hi == StoryDoc.UNDATED ? d.hi() : Math.max(hi, d.hi());
        }
      }
      StoryDoc c = StoryDoc.of("", sum, params.maxTerms(), lo, hi);
      Map<String, Double> centroid = new HashMap<>();
      for (int k = 0; k < c.terms().length; k++) {
        centroid.put(v.term(c.terms()[k]), (double) c.weights()[k]);
      }
      out.add(new Story(List.copyOf(ids), centroid, lo, hi));
    }
    return out;
  }

  /**
   * How alike two stories of neighbouring windows are, as the single-machine merge step scores two
   * stories: cosine of their centroids times the time factor of the gap between their spans.
   */
  public static double similarity(StoryParams params, Story a, Story b) {
    Map<String, Double> small = a.centroid().size() <= b.centroid().size() ? a.centroid() : b.centroid();
    Map<String, Double> large = small == a.centroid() ? b.centroid() : a.centroid();
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    long gap = new StoryDoc("", new int[0], new float[0], a.lo(), a.hi(), EventTime.NO_DAY).gap(b.lo(), b.hi());
    return (gap < 0 ? 1 : params.timeFactor(gap)) * dot;
  }

  /**
   * An article's vector (term to weight, unit length, heaviest terms first), weighted by the
   * corpus's document frequencies as in {@link #cluster}.
   */
  public static Map<String, Double> vector(StoryParams params, Counted c, ToIntFunction<String> df, int n) {
    Vectorizer v = new Vectorizer(params);
    v.add(new Vectorizer.Input(c.id(), null, null, EventTime.of(range(c), List.of())), new HashMap<>(c.counts()));
    StoryDoc d = v.finish(df, n).get(0);
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (int k = 0; k < d.terms().length; k++) {
      out.put(v.term(d.terms()[k]), (double) d.weights()[k]);
    }
    return out;
  }

  /**
   * How well an undated article ({@code vector}) fits story {@code s}: the cosine with its centroid
   * (no time factor: nothing tells the article's time), to be compared with
   * {@link StoryParams#threshold}, as the single-machine run places undated articles last.
   */
  public static double fit(Map<String, Double> vector, Story s) {
    double dot = 0;
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      Double w = s.centroid().get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  /** Days after the last day of a story within which a later article may still join it. */
  public static long horizonDays(StoryParams params) {
    return params.slackDays() + (long) Math.ceil(params.scaleDays() * 6);
  }

  /** The day that orders an article: its earliest possible publication day, else its latest. */
  public static LocalDate day(Counted c) {
    return c.earliest() != null ? c.earliest() : c.latest();
  }

  private static DateRange range(Counted c) {
    if (c.earliest() == null && c.latest() == null) {
      return DateRange.unknown();
    }
    if (c.earliest() != null && c.earliest().equals(c.latest())) {
      return DateRange.exact(c.earliest());
    }
    return DateRange.between(c.earliest(), c.latest());
  }
}

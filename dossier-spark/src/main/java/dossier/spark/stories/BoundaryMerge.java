package dossier.spark.stories;

import dossier.stories.WindowStories;
import dossier.stories.WindowStories.Story;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Stories of neighbouring windows whose centroids match (the single-machine merge score, cosine
 * times time factor, at least the merge threshold). Each story that reaches within a story horizon
 * of a boundary goes to that boundary (a task); there the later window's stories are indexed by
 * their heaviest terms and each earlier story is scored only against those sharing one of its
 * heaviest terms, as the in-window clustering finds candidates.
 */
final class BoundaryMerge {
  private static final int PROBE_TERMS = 12;

  private BoundaryMerge() {}

  /** A story as the merge compares it: key, side of the boundary, span, centroid (heaviest first). */
  record Side(String key, boolean later, long lo, long hi, String[] terms, double[] weights) implements Serializable {
    Story story() {
      Map<String, Double> c = new HashMap<>(terms.length * 2);
      for (int i = 0; i < terms.length; i++) {
        c.put(terms[i], weights[i]);
      }
      return new Story(List.of(), c, lo, hi);
    }

    static Side of(String key, boolean later, Story s) {
      List<Map.Entry<String, Double>> e = new ArrayList<>(s.centroid().entrySet());
      e.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
      String[] t = new String[e.size()];
      double[] w = new double[e.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = e.get(i).getKey();
        w[i] = e.get(i).getValue();
      }
      return new Side(key, later, s.lo(), s.hi(), t, w);
    }
  }

  static List<Tuple2<String, String>> edges(JavaPairRDD<String, Story> stories, Params params, Windowing w) {
    long horizon = WindowStories.horizonDays(params.story());
    double threshold = params.mergeThreshold();
    return stories.flatMapToPair(s -> {
      List<Tuple2<String, Side>> out = new ArrayList<>(2);
      String window = window(s._1());
      if (nearEnd(window, s._2(), w, horizon)) {
        out.add(new Tuple2<>(window, Side.of(s._1(), false, s._2())));
      }
      if (nearStart(window, s._2(), w, horizon)) {
        out.add(new Tuple2<>(previous(window), Side.of(s._1(), true, s._2())));
      }
      return out.iterator();
    }).groupByKey().flatMap(boundary -> {
      List<Side> earlier = new ArrayList<>();
      List<Side> later = new ArrayList<>();
      boundary._2().forEach(x -> (x.later() ? later : earlier).add(x));
      Map<String, List<Integer>> index = new HashMap<>();
      List<Story> laterStories = new ArrayList<>(later.size());
      for (int i = 0; i < later.size(); i++) {
        laterStories.add(later.get(i).story());
        for (int k = 0; k < Math.min(PROBE_TERMS, later.get(i).terms().length); k++) {
          index.computeIfAbsent(later.get(i).terms()[k], x -> new ArrayList<>()).add(i);
        }
      }
      List<Tuple2<String, String>> edges = new ArrayList<>();
      for (Side a : earlier) {
        Story sa = a.story();
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < Math.min(PROBE_TERMS, a.terms().length); k++) {
          for (int i : index.getOrDefault(a.terms()[k], List.of())) {
            if (seen.add(i) && WindowStories.similarity(params.story(), sa, laterStories.get(i)) >= threshold) {
              edges.add(new Tuple2<>(a.key(), later.get(i).key()));
            }
          }
        }
      }
      return edges.iterator();
    }).collect();
  }

  static String window(String storyKey) {
    return storyKey.substring(0, storyKey.indexOf('#'));
  }

  private static String previous(String window) {
    return window.charAt(0) + Long.toString(Long.parseLong(window.substring(1)) - 1);
  }

  /** Whether a story may match one of the next window: its span reaches within the horizon of that window's start. */
  static boolean nearEnd(String window, Story s, Windowing w, long horizon) {
    if (window.charAt(0) != 'd') {
      return true; // undated chunks: no time tells, every story is compared
    }
    long nextStart = (Long.parseLong(window.substring(1)) + 1) * w.stride();
    return s.hi() == Long.MIN_VALUE || s.hi() >= nextStart - horizon;
  }

  /** Whether a story may match one of the previous window: it starts within the horizon of that window's end. */
  static boolean nearStart(String window, Story s, Windowing w, long horizon) {
    if (window.charAt(0) != 'd') {
      return true;
    }
    long previousEnd = (Long.parseLong(window.substring(1)) - 1) * w.stride() + w.days();
    return s.lo() == Long.MIN_VALUE || s.lo() <= previousEnd + horizon;
  }
}

package dossier.spark.stories;

import dossier.stories.WindowStories;
import dossier.stories.WindowStories.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Stories of neighbouring windows whose centroids match (the single-machine merge score): only
 * stories that reach within a story horizon of the boundary are brought to the driver, and each is
 * compared with those of the other side of its boundary.
 */
final class BoundaryMerge {
  private BoundaryMerge() {}

  static List<Tuple2<String, String>> edges(JavaPairRDD<String, Story> stories, Params params, Windowing w) {
    long horizon = WindowStories.horizonDays(params.story());
    List<Tuple2<String, Story>> near = stories.filter(s -> nearBoundary(s._1(), s._2(), w, horizon)).collect();
    Map<String, List<Tuple2<String, Story>>> byWindow = new HashMap<>();
    for (Tuple2<String, Story> s : near) {
      byWindow.computeIfAbsent(window(s._1()), x -> new ArrayList<>()).add(s);
    }
    List<Tuple2<String, String>> out = new ArrayList<>();
    double threshold = params.mergeThreshold();
    for (Map.Entry<String, List<Tuple2<String, Story>>> e : byWindow.entrySet()) {
      List<Tuple2<String, Story>> later = byWindow.getOrDefault(Windowing.next(e.getKey()), List.of());
      for (Tuple2<String, Story> a : e.getValue()) {
        for (Tuple2<String, Story> b : later) {
          if (WindowStories.similarity(params.story(), a._2(), b._2()) >= threshold) {
            out.add(new Tuple2<>(a._1(), b._1()));
          }
        }
      }
    }
    return out;
  }

  static String window(String storyKey) {
    return storyKey.substring(0, storyKey.indexOf('#'));
  }

  /**
   * Whether a story of window {@code key} may match one of a neighbouring window: its span comes
   * within the horizon of the window's start or of the next window's start (unknown bounds may).
   */
  static boolean nearBoundary(String storyKey, Story s, Windowing w, long horizon) {
    String key = window(storyKey);
    if (key.charAt(0) != 'd') {
      return true; // undated chunks: no time tells, every story is compared
    }
    long k = Long.parseLong(key.substring(1));
    long start = k * w.stride();
    long nextStart = start + w.stride();
    boolean nearEnd = s.hi() == Long.MIN_VALUE || s.hi() >= nextStart - horizon;
    boolean nearStart = s.lo() == Long.MIN_VALUE || s.lo() <= start + w.overlapDays() + horizon;
    return nearEnd || nearStart;
  }
}

package dossier.spark.stories;

import dossier.stories.WindowStories;
import dossier.stories.WindowStories.Counted;
import dossier.stories.WindowStories.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Undated articles into the dated stories they fit (cosine with the story's centroid at least the
 * join threshold; the best one), as the single-machine run, which clusters them last, places them.
 * The dated stories are broadcast and indexed by term on each partition; an article probes them
 * with its heaviest terms, as {@code Clusterer} does.
 */
final class UndatedPlacement {
  private static final int PROBE_TERMS = 12;

  private UndatedPlacement() {}

  /** Article id to the key of the dated story it joins, for the undated articles that join one. */
  static JavaPairRDD<String, String> place(JavaSparkContext sc, JavaRDD<Packed> undated,
      JavaPairRDD<String, Story> datedStories, Params params, Broadcast<Map<String, Integer>> dfs, int n) {
    if (undated.isEmpty()) {
      return sc.parallelizePairs(List.of());
    }
    Broadcast<List<Tuple2<String, Story>>> stories = sc.broadcast(datedStories.collect());
    double threshold = params.threshold();
    return undated.mapPartitionsToPair(it -> {
      List<Tuple2<String, Story>> all = stories.value();
      Map<String, List<Integer>> index = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        for (String t : all.get(i)._2().centroid().keySet()) {
          index.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
        }
      }
      Map<String, Integer> d = dfs.value();
      List<Tuple2<String, String>> out = new ArrayList<>();
      while (it.hasNext()) {
        Counted c = it.next().unpack();
        Map<String, Double> v = WindowStories.vector(params.story(), c, t -> d.getOrDefault(t, 1), n);
        Set<Integer> seen = new HashSet<>();
        int best = -1;
        double bestScore = threshold;
        int probes = 0;
        for (String t : v.keySet()) {
          if (probes++ == PROBE_TERMS) {
            break;
          }
          for (int i : index.getOrDefault(t, List.of())) {
            if (seen.add(i)) {
              double s = WindowStories.fit(v, all.get(i)._2());
              if (s >= bestScore) {
                best = i;
                bestScore = s;
              }
            }
          }
        }
        if (best >= 0) {
          out.add(new Tuple2<>(c.id(), all.get(best)._1()));
        }
      }
      return out.iterator();
    });
  }
}

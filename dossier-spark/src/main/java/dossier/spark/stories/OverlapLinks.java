package dossier.spark.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Stories of neighbouring windows tied by the articles of their overlap, which both windows
 * clustered. Two stories are one when they share at least half of the overlap articles of the
 * smaller side: one article that a window put elsewhere than its neighbour did does not chain two
 * stories together.
 */
final class OverlapLinks {
  private OverlapLinks() {}

  /** Pairs of story keys to unite, from article id → story key (an overlap article has two). */
  static List<Tuple2<String, String>> edges(JavaPairRDD<String, String> membership) {
    JavaPairRDD<String, List<String>> twice = membership.groupByKey()
        .mapValues(ks -> {
          List<String> l = new ArrayList<>();
          ks.forEach(l::add);
          l.sort(null);
          return l;
        })
        .filter(m -> m._2().size() > 1);
    Map<String, Long> overlapMembers = twice
        .flatMapToPair(m -> m._2().stream().map(k -> new Tuple2<>(k, 1L)).iterator())
        .reduceByKey(Long::sum).collectAsMap();
    List<Tuple2<Tuple2<String, String>, Long>> shared = twice
        .flatMapToPair(m -> {
          List<Tuple2<Tuple2<String, String>, Long>> pairs = new ArrayList<>();
          List<String> ks = m._2();
          for (int i = 0; i < ks.size(); i++) {
            for (int j = i + 1; j < ks.size(); j++) {
              pairs.add(new Tuple2<>(new Tuple2<>(ks.get(i), ks.get(j)), 1L));
            }
          }
          return pairs.iterator();
        })
        .reduceByKey(Long::sum).collect();
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (Tuple2<Tuple2<String, String>, Long> p : shared) {
      long smaller = Math.min(overlapMembers.get(p._1()._1()), overlapMembers.get(p._1()._2()));
      if (2 * p._2() >= smaller) {
        out.add(p._1());
      }
    }
    return out;
  }
}

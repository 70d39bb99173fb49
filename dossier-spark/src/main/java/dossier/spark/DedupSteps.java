package dossier.spark;

import dossier.dedup.DedupConfig;
import dossier.dedup.Detector;
import dossier.dedup.Match;
import dossier.dedup.Signature;
import dossier.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The duplicates stage as Spark steps, the core's functions inside each: signature per article,
 * band keys, candidate pairs per band bucket, verification of each pair with both texts; the
 * verified pairs (an edge list, one row per copy or shared passage) go to the driver, where the
 * core's {@code Grouper} finds components and builds the groups.
 *
 * <p>Articles are numbered by id as the store orders its signatures, and pairs are (lower, higher)
 * numbers as {@code CandidatePairs} makes them, so each pair is verified the same way round as in
 * a single-machine build. A bucket larger than {@link DedupConfig#maxBucket()} (a sentence every
 * article carries) links each article to the next only, as in the core: candidate pairs grow
 * linearly with such a key, not quadratically.
 */
final class DedupSteps {
  /** The low bits of a packed band key that {@code CandidatePairs} uses for the article's index. */
  private static final long INDEX = (1L << 24) - 1;

  private DedupSteps() {}

  /** Signatures of all articles, numbered in article id order. */
  static JavaPairRDD<Long, Signature> sign(JavaRDD<Article> articles) {
    return articles.map(a -> Models.detector().sign(a.id(), a.text()))
        .sortBy(Signature::articleId, true, articles.getNumPartitions())
        .zipWithIndex()
        .mapToPair(t -> new Tuple2<>(t._2(), t._1()));
  }

  /** Candidate pairs {@code (a, b)}, {@code a < b}, distinct. */
  static JavaPairRDD<Long, Long> candidates(JavaPairRDD<Long, Signature> sigs, DedupConfig cfg) {
    int max = cfg.maxBucket();
    return sigs.flatMapToPair(t -> {
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long k : Models.detector().bandKeys(t._2())) {
            out.add(new Tuple2<>(k & ~INDEX, t._1()));
          }
          return out.iterator();
        })
        .groupByKey()
        .flatMapToPair(bucket -> {
          List<Long> ids = new ArrayList<>();
          bucket._2().forEach(ids::add);
          ids.sort(Comparator.naturalOrder());
          List<Tuple2<Long, Long>> pairs = new ArrayList<>();
          if (ids.size() > max) {
            for (int i = 1; i < ids.size(); i++) {
              add(ids.get(i - 1), ids.get(i), pairs);
            }
          } else {
            for (int i = 0; i < ids.size(); i++) {
              for (int j = i + 1; j < ids.size(); j++) {
                add(ids.get(i), ids.get(j), pairs);
              }
            }
          }
          return pairs.iterator();
        })
        .distinct();
  }

  private static void add(long a, long b, List<Tuple2<Long, Long>> pairs) {
    if (a != b) {
      pairs.add(a < b ? new Tuple2<>(a, b) : new Tuple2<>(b, a));
    }
  }

  /** Verified pairs: copies and shared passages, with the core's checks. */
  static JavaRDD<Match> verify(JavaPairRDD<Long, Long> pairs, JavaPairRDD<Long, Signature> sigs,
      JavaRDD<Article> articles) {
    JavaPairRDD<String, String> texts = articles.mapToPair(a -> new Tuple2<>(a.id(), a.text()));
    JavaPairRDD<Long, Tuple2<Signature, String>> signed = sigs
        .mapToPair(t -> new Tuple2<>(t._2().articleId(), t))
        .join(texts)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._1()._2(), t._2()._2())));
    return pairs.join(signed)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .join(signed)
        .map(t -> {
          Tuple2<Signature, String> a = t._2()._1();
          Tuple2<Signature, String> b = t._2()._2();
          Detector d = Models.detector();
          return d.verifyPair(a._1(), a._2(), b._1(), b._2());
        })
        .filter(m -> m != null);
  }
}

package dossier.spark.stories;

import dossier.stories.StoryParams;
import dossier.stories.WindowStories;
import dossier.stories.WindowStories.Counted;
import dossier.stories.WindowStories.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Story clustering at scale, partitioned by time window with a merge step:
 * <ol>
 *   <li>terms of every article that is no copy are counted where it lies (the Analyzer, the costly
 *       part), and document frequencies summed over the corpus (a word count);</li>
 *   <li>each article goes to the one or two overlapping windows of its publication day (undated
 *       ones to chunks in id order); each window is clustered on its own, in parallel, by the
 *       single-machine code ({@link WindowStories}: online clustering in publication order, with
 *       its passes and centroid merge);</li>
 *   <li>merge: stories of neighbouring windows that share an article of the overlap are one story,
 *       and so are those whose centroids match across the boundary (the single-machine merge
 *       score, cosine times time factor, at least {@link StoryParams#mergeThreshold});</li>
 *   <li>copies take their canonical article's story.</li>
 * </ol>
 * Story ids are the key of the merged set's first window story ({@code d712#3}: window 712, story
 * 3), stable for the same input and windowing.
 */
public final class SparkStories {
  private SparkStories() {}

  /** The article id to story id of every row. */
  public static JavaPairRDD<String, String> assign(JavaRDD<StoryRow> rows, StoryParams storyParams,
      Windowing w) {
    Params params = Params.of(storyParams);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(rows.context());
    JavaRDD<Packed> counted = rows.filter(r -> !r.isCopy())
        .map(r -> Packed.of(new Counted(r.id(), r.earliest(), r.latest(),
            WindowStories.counts(r.title(), r.text(), r.entityIds()))))
        .persist(StorageLevel.MEMORY_AND_DISK());
    int n = (int) counted.count();
    // a term in one article only is left out of the broadcast: absent reads as 1
    Map<String, Integer> df = new HashMap<>(counted.flatMap(c -> java.util.Arrays.asList(c.termArray()).iterator())
        .mapToPair(t -> new Tuple2<>(t, 1)).reduceByKey(Integer::sum).filter(t -> t._2() > 1)
        .collectAsMap());
    Broadcast<Map<String, Integer>> dfs = sc.broadcast(df);

    JavaRDD<Packed> undatedArticles = counted.filter(c -> c.day() == null);
    JavaPairRDD<String, Story> datedStories = cluster(dated(counted, w), params, dfs, n)
        .persist(StorageLevel.MEMORY_AND_DISK());
    // undated articles come last in the single-machine order: they first join a dated story they
    // fit, and only the others are clustered among themselves
    JavaPairRDD<String, String> placed = UndatedPlacement.place(sc, undatedArticles, datedStories, params, dfs, n);
    JavaRDD<Packed> rest = undatedArticles.keyBy(Packed::id).subtractByKey(placed).values();
    JavaPairRDD<String, Story> stories = datedStories.union(cluster(undated(rest, w), params, dfs, n))
        .persist(StorageLevel.MEMORY_AND_DISK());

    JavaPairRDD<String, String> membership = stories
        .flatMapToPair(s -> s._2().members().stream().map(a -> new Tuple2<>(a, s._1())).iterator())
        .union(placed);
    UnionFind sets = new UnionFind();
    OverlapLinks.edges(membership).forEach(e -> sets.union(e._1(), e._2()));
    for (Tuple2<String, String> e : BoundaryMerge.edges(stories, params, w)) {
      sets.union(e._1(), e._2());
    }
    Broadcast<Map<String, String>> roots = sc.broadcast(sets.roots());
    JavaPairRDD<String, String> units = membership
        .mapToPair(m -> new Tuple2<>(m._1(), roots.value().getOrDefault(m._2(), m._2())))
        .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b);
    JavaPairRDD<String, String> copies = rows.filter(StoryRow::isCopy)
        .mapToPair(r -> new Tuple2<>(r.group(), r.id()))
        .leftOuterJoin(units)
        .mapToPair(j -> new Tuple2<>(j._2()._1(), j._2()._2().orElse("single:" + j._2()._1())));
    return units.union(copies);
  }

  /**
   * {@link #assign(JavaRDD, StoryParams, Windowing)} over a DataFrame with columns {@code id},
   * {@code published_earliest}, {@code published_latest} (DATE, may be null), {@code title},
   * {@code text} and {@code group} (the canonical article id of its duplicate group, or null);
   * gives {@code article_id}, {@code story_id}.
   */
  public static Dataset<Row> assign(Dataset<Row> articles, StoryParams storyParams, Windowing w) {
    JavaRDD<StoryRow> rows = articles.select("id", "published_earliest", "published_latest", "title", "text", "group")
        .javaRDD().map(r -> new StoryRow(r.getString(0), date(r.get(1)), date(r.get(2)), r.getString(3),
            r.getString(4), r.getString(5)));
    JavaRDD<Row> out = assign(rows, storyParams, w).map(t -> RowFactory.create(t._1(), t._2()));
    StructType schema = new StructType()
        .add("article_id", DataTypes.StringType, false)
        .add("story_id", DataTypes.StringType, false);
    return articles.sparkSession().createDataFrame(out, schema);
  }

  private static java.time.LocalDate date(Object v) {
    if (v == null) {
      return null;
    }
    return v instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) v;
  }

  /** Each window clustered on its own; stories keyed {@code WINDOW#INDEX}. */
  private static JavaPairRDD<String, Story> cluster(JavaPairRDD<String, Packed> windowed, Params params,
      Broadcast<Map<String, Integer>> dfs, int n) {
    return windowed.groupByKey().flatMapToPair(g -> {
      List<Counted> in = new ArrayList<>();
      g._2().forEach(p -> in.add(p.unpack()));
      Map<String, Integer> d = dfs.value();
      List<Story> out = WindowStories.cluster(params.story(), in, t -> d.getOrDefault(t, 1), n);
      List<Tuple2<String, Story>> keyed = new ArrayList<>(out.size());
      for (int i = 0; i < out.size(); i++) {
        keyed.add(new Tuple2<>(g._1() + "#" + i, out.get(i)));
      }
      return keyed.iterator();
    });
  }

  private static JavaPairRDD<String, Packed> dated(JavaRDD<Packed> counted, Windowing w) {
    return counted.filter(c -> c.day() != null).flatMapToPair(c -> {
      List<Tuple2<String, Packed>> out = new ArrayList<>(2);
      for (String k : w.dated(c.day())) {
        out.add(new Tuple2<>(k, c));
      }
      return out.iterator();
    });
  }

  private static JavaPairRDD<String, Packed> undated(JavaRDD<Packed> counted, Windowing w) {
    return counted.filter(c -> c.day() == null)
        .sortBy(Packed::id, true, counted.getNumPartitions())
        .zipWithIndex()
        .flatMapToPair(c -> {
          List<Tuple2<String, Packed>> out = new ArrayList<>(2);
          for (String k : w.undated(c._2())) {
            out.add(new Tuple2<>(k, c._1()));
          }
          return out.iterator();
        });
  }
}

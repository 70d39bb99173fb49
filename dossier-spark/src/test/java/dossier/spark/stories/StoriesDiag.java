package dossier.spark.stories;

import dossier.model.Article;
import dossier.model.Story;
import dossier.stories.StoryParams;
import dossier.stories.StoryStage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Prints where the windowed stories of a folder differ from the single-machine ones. */
public final class StoriesDiag {
  private StoriesDiag() {}

  public static void main(String[] args) throws Exception {
    List<Article> articles = SampleCorpus.read(Path.of(args[0]));
    StoryParams p = StoryParams.news();
    Map<String, String> single = new HashMap<>();
    for (Story s : new StoryStage(p).run(articles, List.of(), List.of(), List.of(), List.of()).stories()) {
      s.articles().forEach(a -> single.put(a, s.id()));
    }
    try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("diag")
        .set("spark.ui.enabled", "false"))) {
      sc.setLogLevel("WARN");
      for (Windowing w : List.of(new Windowing(60, 21, 5000, 1000), new Windowing(2, 1, 5, 2))) {
        List<StoryRow> rows = articles.stream().map(a -> new StoryRow(a.id(), a.published().range().earliest(),
            a.published().range().latest(), a.title(), a.text(), null)).toList();
        Map<String, String> spark = SparkStories.assign(sc.parallelize(rows, 3), p, w).collectAsMap();
        System.out.println("== " + w);
        Map<String, String> line = new TreeMap<>();
        for (Article a : articles) {
          line.put(single.get(a.id()) + " " + a.id(), spark.get(a.id()) + "  " + a.published().range().earliest()
              + "  " + (a.title() == null ? "" : a.title()));
        }
        line.forEach((k, v) -> System.out.println(k + "  ->  " + v));
      }
    }
  }
}

package dossier.spark.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.Story;
import dossier.stories.ClusterScores;
import dossier.stories.StoryEval;
import dossier.stories.StoryParams;
import dossier.stories.StoryStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Windowed stories in local[2] against the single-machine {@link StoryStage} on the same articles.
 * Tolerance: BCubed F1 of the Spark assignment scored against the single-machine one (as gold)
 * at least 0.98, with windows small enough that the corpus is cut into several.
 */
class SparkStoriesTest {
  static final double TOLERANCE = 0.98;
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("stories-test")
        .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "4"));
  }

  @AfterAll
  static void stop() {
    sc.stop();
  }

  /** Both assignments, then the Spark one scored against the single-machine one. */
  static ClusterScores compare(List<Article> articles, Windowing w) {
    StoryParams p = StoryParams.news();
    Map<String, String> single = new HashMap<>();
    for (Story s : new StoryStage(p).run(articles, List.of(), List.of(), List.of(), List.of()).stories()) {
      s.articles().forEach(a -> single.put(a, s.id()));
    }
    List<StoryRow> rows = articles.stream().map(a -> new StoryRow(a.id(), a.published().range().earliest(),
        a.published().range().latest(), a.title(), a.text(), null)).toList();
    Map<String, String> spark = SparkStories.assign(sc.parallelize(rows, 3), p, w).collectAsMap();
    assertEquals(single.keySet(), spark.keySet());
    List<String> sys = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (String id : single.keySet()) {
      sys.add(spark.get(id));
      gold.add(single.get(id));
    }
    return ClusterScores.of(sys, gold);
  }


  @Test
  void aStoryAcrossAWindowBoundaryIsOneStoryAndCopiesFollowTheirCanonical() {
    LocalDate d = LocalDate.of(2023, 5, 1);
    // windows of 10 days every 6 days: May 1 .. May 20 spans several of them
    Windowing w = new Windowing(10, 4, 100, 20);
    List<StoryRow> rows = new ArrayList<>();
    String[] bridge = {"Engineers inspect the cracked Orlen river bridge after the barge collision",
        "Orlen bridge stays closed as engineers test cracked pillars hit by the barge",
        "Barge owner blamed for Orlen bridge collision, inspectors say pillars cracked",
        "Orlen bridge to reopen to cars after barge damage repaired, engineers say",
        "Cracked Orlen bridge pillars repaired weeks after barge collision"};
    for (int i = 0; i < bridge.length; i++) {
      rows.add(new StoryRow("b" + i, d.plusDays(4L * i), d.plusDays(4L * i), bridge[i],
          bridge[i] + ". Traffic on the Orlen bridge was diverted through the old town while the barge"
              + " collision damage to its pillars was assessed by engineers.", null));
    }
    String[] vote = {"Tallin council votes to expand the harbour tram line",
        "Harbour tram line expansion approved by Tallin council after long debate"};
    for (int i = 0; i < vote.length; i++) {
      rows.add(new StoryRow("v" + i, d.plusDays(i), d.plusDays(i), vote[i],
          vote[i] + ". The Tallin council vote on the tram line ended a debate about harbour traffic and fares.",
          null));
    }
    rows.add(new StoryRow("v0-copy", d, d, vote[0], "copy of v0", "v0"));
    // other news of those weeks, so that the words of the two stories are rare enough to tell
    String[] other = {"Wildfire near Parvik forces evacuation of hillside farms",
        "Central bank holds interest rates steady amid slowing inflation",
        "Local football club signs young striker from the northern league",
        "Heatwave warning issued for the southern plains this weekend",
        "University opens new library wing named after retired professor",
        "Ferry operator announces summer timetable with extra island crossings",
        "Museum returns stolen painting recovered by police in a warehouse",
        "Farmers protest fertiliser prices outside the agriculture ministry"};
    for (int i = 0; i < other.length; i++) {
      rows.add(new StoryRow("o" + i, d.plusDays(2L * i), d.plusDays(2L * i), other[i],
          other[i] + ". Officials gave few other details on " + (i + 2) + " occasions.", null));
    }
    Map<String, String> story = SparkStories.assign(sc.parallelize(rows, 2), StoryParams.news(), w).collectAsMap();
    assertEquals(rows.size(), story.size());
    assertEquals(story.get("b0"), story.get("b1"), story.toString());
    for (int i = 1; i < bridge.length; i++) {
      assertEquals(story.get("b0"), story.get("b" + i), "bridge report " + i + " of " + story);
    }
    assertEquals(story.get("v0"), story.get("v1"));
    assertEquals(story.get("v0"), story.get("v0-copy"), "a copy takes its canonical's story");
    assertNotEquals(story.get("v0"), story.get("b0"));
  }

  @Test
  void sampleCorpusMatchesTheSingleMachineRun() throws Exception {
    List<Article> articles = SampleCorpus.read(Path.of("../examples/conflict"));
    assertTrue(articles.size() >= 20);
    // the default 60-day windows overlapping by 21 days cut the sample's ten weeks into three
    ClusterScores s = compare(articles, Windowing.defaults());
    System.out.printf("sample, 60/21-day windows: %d articles, BCubed F1 %.4f (P %.4f R %.4f) against single machine%n",
        s.items(), s.bcubedF1(), s.bcubedPrecision(), s.bcubedRecall());
    assertTrue(s.bcubedF1() >= TOLERANCE, s.toString());
    // stress: two-day windows, shorter than the gap between reports of one story; only the centroid
    // merge can join those (measured 0.979: one story of two reports four days apart stays split)
    ClusterScores stress = compare(articles, new Windowing(2, 1, 5, 2));
    System.out.printf("sample, 2/1-day windows: BCubed F1 %.4f (P %.4f R %.4f)%n",
        stress.bcubedF1(), stress.bcubedPrecision(), stress.bcubedRecall());
    assertTrue(stress.bcubedF1() >= 0.95, stress.toString());
  }

  @Test
  void newsStoriesMatchTheSingleMachineRun() throws Exception {
    Path file = Path.of("../../shared/datasets/news-stories/articles.jsonl");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "news-stories data set not here");
    List<Article> articles = new ArrayList<>();
    for (StoryEval.Labelled l : StoryEval.read(file)) {
      articles.add(new Article(l.id(), "news-stories#" + l.id(), null, null, l.text(), List.of(), null, null,
          null, null, null, new dossier.model.PublicationDate(l.published(), dossier.model.DateBasis.INPUT, null,
          1.0), "en", List.of()));
    }
    // the data set is undated: chunks of 100 articles in id order, overlapping by 30
    ClusterScores s = compare(articles, new Windowing(60, 21, 100, 30));
    System.out.printf("news-stories: %d articles, BCubed F1 %.4f (P %.4f R %.4f) against single machine%n",
        s.items(), s.bcubedF1(), s.bcubedPrecision(), s.bcubedRecall());
    assertTrue(s.bcubedF1() >= TOLERANCE, s.toString());
  }
}

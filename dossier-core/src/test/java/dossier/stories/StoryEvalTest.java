package dossier.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The scores themselves, and story clustering on the real development data when present. */
class StoryEvalTest {
  @Test
  void scoresAKnownClustering() {
    // gold {a,b,c} {d}; system {a,b} {c,d}
    ClusterScores s = ClusterScores.of(List.of("1", "1", "2", "2"), List.of("x", "x", "x", "y"));
    assertEquals((1 + 1 + 0.5 + 0.5) / 4, s.bcubedPrecision(), 1e-9);
    assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, s.bcubedRecall(), 1e-9);
    assertEquals(0.5, s.pairPrecision(), 1e-9);
    assertEquals(1 / 3.0, s.pairRecall(), 1e-9);
  }

  @Test
  void beatsThePlainTfIdfFloorOnNewsStories() throws Exception {
    Path file = Path.of(System.getProperty("dossier.shared", "../../shared"), "datasets", "news-stories",
        "articles.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file + ": real-data story eval skipped");
    ClusterScores s = StoryEval.score(StoryEval.read(file), StoryParams.news());
    assertTrue(s.bcubedF1() >= 0.92, "BCubed F1 " + s.bcubedF1());
    assertTrue(s.pairF1() >= 0.90, "pairwise F1 " + s.pairF1());
  }
}

package dossier.html.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The evaluations on the real benchmark halves in {@code ../shared/datasets}, with the floors this
 * branch reaches (to catch regressions); skipped when the data is absent.
 */
class DatasetEvalTest {
  private static Path dataset(String name) {
    String shared = System.getProperty("dossier.shared");
    Path p = shared == null ? null : Path.of(shared, "datasets", name);
    assumeTrue(p != null && Files.isDirectory(p), "shared dataset " + name + " not found (dossier.shared="
        + shared + "); skipping");
    return p;
  }

  @Test
  void bodyF1OnArticleExtraction() throws Exception {
    ExtractionEval.Report r = ExtractionEval.run(dataset("article-extraction"));
    assertEquals(92, r.pages().size());
    assertTrue(r.f1() >= FLOOR_F1, "body F1 " + r.f1() + " fell under " + FLOOR_F1);
  }

  @Test
  void dayAccuracyOnPublicationDates() throws Exception {
    DatesEval.Report r = DatesEval.run(dataset("publication-dates"));
    assertTrue(r.pages().size() > 700);
    assertTrue(r.accuracy() >= FLOOR_DATES, "day accuracy " + r.accuracy() + " fell under " + FLOOR_DATES);
  }

  static final double FLOOR_F1 = 0.980;
  static final double FLOOR_DATES = 0.928;
}

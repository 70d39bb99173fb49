package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.extract.TextPageExtractor;
import dossier.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Scores on the real data in ../shared when present; skipped otherwise. */
class TextPagesBenchmarkTest {
  private static Path shared() {
    return Path.of(System.getProperty("dossier.shared", "../shared"));
  }

  @Test
  void bodyF1OnTheTextPagesHalfIsAtLeast090() {
    Path dir = shared().resolve("datasets/text-pages");
    assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")),
        "benchmark data not found at " + dir + "; skipped");
    TextPagesEval.Report r = TextPagesEval.run(dir);
    assertEquals(92, r.pages().size());
    assertTrue(r.f1() >= 0.90, String.format(Locale.ROOT, "body F1 %.4f (P %.4f, R %.4f) below 0.90",
        r.f1(), r.precision(), r.recall()));
  }

  @Test
  void seedsPassTheArticleGateChecks() throws IOException {
    Path gold = shared().resolve("acceptance/seeds-gold.json");
    Path seeds = shared().resolve("seeds");
    assumeTrue(Files.isRegularFile(gold) && Files.isDirectory(seeds), "seeds not found; skipped");
    TextPageExtractor ex = new TextPageExtractor();
    int checked = 0;
    for (JsonNode c : new ObjectMapper().readTree(gold.toFile()).get("checks")) {
      if (!"article".equals(c.path("check").asText())) {
        continue;
      }
      String file = c.get("file").asText();
      Article a = ex.extract(file, Files.readString(seeds.resolve(file)));
      String text = fold(a.text());
      if (c.has("title")) {
        assertEquals(fold(c.get("title").asText()), fold(a.title()), c.get("name").asText());
      }
      for (JsonNode s : c.path("text_has")) {
        assertTrue(text.contains(fold(s.asText())), c.get("name").asText() + ": missing " + s);
      }
      for (JsonNode s : c.path("text_lacks")) {
        assertFalse(text.contains(fold(s.asText())), c.get("name").asText() + ": still has " + s);
      }
      checked++;
    }
    assertTrue(checked >= 15, "expected the seeds' article checks, found " + checked);
  }

  private static String fold(String s) {
    assertNotNull(s);
    // Quotes and dashes differ between the checks and the pages; fold them as the checker does.
    return s.toLowerCase(Locale.ROOT).replaceAll("[’‘`]", "'").replaceAll("[“”]", "\"")
        .replaceAll("\\s+", " ").strip();
  }
}

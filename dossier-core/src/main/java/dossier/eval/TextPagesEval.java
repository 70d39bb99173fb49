package dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.extract.LineStats;
import dossier.extract.TextPageExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the text extractor over a benchmark folder ({@code pages/NAME.txt} and {@code
 * ground-truth.json} mapping NAME.txt to {@code {"articleBody": ...}}) and scores the bodies with
 * {@link BodyF1}. Line statistics are built over all pages of the folder first, as the pipeline
 * builds them over its whole input.
 */
public final class TextPagesEval {
  private TextPagesEval() {}

  /** One page's score. */
  public record PageResult(String page, double precision, double recall, double f1) {}

  /** Per-page results and the means: precision, recall and F1 of the mean P and R. */
  public record Report(List<PageResult> pages, double precision, double recall, double f1) {
    public Report {
      pages = List.copyOf(pages);
    }
  }

  /**
   * Scores {@code ex}, or a fresh extractor with the folder's line statistics when null.
   *
   * @param dir the benchmark folder
   * @param ex the extractor; when null one is built over the folder's line statistics
   * @throws UncheckedIOException naming the file that cannot be read
   */
  public static Report run(Path dir, TextPageExtractor ex) {
    Map<String, String> truth = truth(dir.resolve("ground-truth.json"));
    Map<String, String> pages = new TreeMap<>();
    for (String name : truth.keySet()) {
      Path p = dir.resolve("pages").resolve(name);
      pages.put(name, Files.isRegularFile(p) ? read(p) : "");
    }
    TextPageExtractor extractor = ex;
    if (extractor == null) {
      LineStats.Builder stats = LineStats.builder();
      pages.values().forEach(stats::add);
      extractor = new TextPageExtractor(stats.build());
    }
    List<PageResult> results = new ArrayList<>();
    List<BodyF1.Score> scores = new ArrayList<>();
    for (Map.Entry<String, String> e : pages.entrySet()) {
      String body = extractor.extract(e.getKey(), e.getValue()).text();
      BodyF1.Score s = BodyF1.score(truth.get(e.getKey()), body);
      scores.add(s);
      results.add(new PageResult(e.getKey(), s.precision(), s.recall(), s.f1()));
    }
    double[] m = BodyF1.means(scores);
    return new Report(results, m[0], m[1], m[2]);
  }

  /** Builds the folder's line statistics and scores an extractor that uses them. */
  public static Report run(Path dir) {
    return run(dir, null);
  }

  private static Map<String, String> truth(Path file) {
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException(file + ": expected a JSON object of pages");
      }
      Map<String, String> out = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), e.getValue().path("articleBody").asText(""));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}

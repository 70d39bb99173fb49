package dossier.html.eval;

import dossier.eval.BodyF1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.eval.BodyF1;
import dossier.html.HtmlExtractor;
import dossier.html.PageDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link HtmlExtractor} on an article-extraction benchmark folder ({@code ground-truth.json}
 * mapping ids to {@code {articleBody, url}}, pages in {@code html/ID.html.gz}) with the benchmark's
 * body F1; one page when given the path of a page inside such a folder.
 */
public final class ExtractionEval {
  private ExtractionEval() {}

  /** One page's score. */
  public record Page(String id, double precision, double recall) {}

  /** Mean precision, mean recall, F1 of the means, per-page scores, and pages per second. */
  public record Report(double precision, double recall, double f1, List<Page> pages, double pagesPerSecond) {}

  /**
   * Runs the evaluation.
   *
   * @param dirOrFile the benchmark folder, or one page ({@code html/ID.html.gz}) inside it
   */
  public static Report run(Path dirOrFile) throws IOException {
    Path dir = Files.isDirectory(dirOrFile) ? dirOrFile : dirOrFile.toAbsolutePath().getParent().getParent();
    String only = Files.isDirectory(dirOrFile) ? null
        : dirOrFile.getFileName().toString().replaceFirst("\\.html(\\.gz)?$", "");
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    HtmlExtractor extractor = new HtmlExtractor();
    List<Page> pages = new ArrayList<>();
    double p = 0;
    double r = 0;
    long nanos = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> en = it.next();
      if (only != null && !only.equals(en.getKey())) {
        continue;
      }
      Path file = dir.resolve("html").resolve(en.getKey() + ".html.gz");
      if (!Files.exists(file)) {
        continue;
      }
      String html = PageDecoder.decode(gunzip(file), null);
      long t0 = System.nanoTime();
      String body = extractor.extract(file.toString(), en.getValue().path("url").asText(null), html, null).text();
      nanos += System.nanoTime() - t0;
      BodyF1.Score s = BodyF1.score(en.getValue().path("articleBody").asText(""), body);
      pages.add(new Page(en.getKey(), s.precision(), s.recall()));
      p += s.precision();
      r += s.recall();
    }
    int n = Math.max(1, pages.size());
    return new Report(p / n, r / n, new BodyF1.Score(p / n, r / n).f1(), pages, pages.size() / Math.max(1e-9, nanos / 1e9));
  }

  static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  /** Prints the report of the folder given as first argument. */
  public static void main(String[] args) throws IOException {
    Report rep = run(Path.of(args[0]));
    if (args.length > 1) {
      rep.pages().forEach(pg -> System.out.printf("%s P=%.3f R=%.3f%n", pg.id(), pg.precision(), pg.recall()));
    }
    System.out.printf("pages %d  P=%.4f R=%.4f F1=%.4f  %.0f pages/s%n", rep.pages().size(), rep.precision(),
        rep.recall(), rep.f1(), rep.pagesPerSecond());
  }
}

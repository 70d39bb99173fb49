package dossier.html.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.html.HtmlDates;
import dossier.html.PageDecoder;
import dossier.model.PublicationDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Scores {@link HtmlDates} on a publication-dates folder ({@code dates.json} mapping a page URL to
 * {@code {file, date}}): the share of pages whose found day is the true day.
 */
public final class DatesEval {
  private DatesEval() {}

  /** One page: its URL, the true day, and what was found. */
  public record Page(String url, LocalDate truth, PublicationDate found, boolean right) {}

  /** Share of pages right, and every page. */
  public record Report(double accuracy, List<Page> pages) {}

  /** Runs the evaluation on {@code dir}. */
  public static Report run(Path dir) throws IOException {
    JsonNode dates = new ObjectMapper().readTree(dir.resolve("dates.json").toFile());
    List<Page> pages = new ArrayList<>();
    int right = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = dates.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> en = it.next();
      Path file = dir.resolve(en.getValue().path("file").asText());
      if (!Files.exists(file)) {
        continue;
      }
      String html = PageDecoder.decode(ExtractionEval.gunzip(file), null);
      PublicationDate found = HtmlDates.of(Jsoup.parse(html, en.getKey()), en.getKey(), null);
      LocalDate truth = LocalDate.parse(en.getValue().path("date").asText());
      boolean ok = found.range().isExact() && found.range().value().equals(truth);
      right += ok ? 1 : 0;
      pages.add(new Page(en.getKey(), truth, found, ok));
    }
    return new Report(pages.isEmpty() ? 0 : (double) right / pages.size(), pages);
  }

  /** Prints the report of the folder given as first argument (and the misses with a second). */
  public static void main(String[] args) throws IOException {
    Report r = run(Path.of(args[0]));
    if (args.length > 1) {
      r.pages().stream().filter(p -> !p.right()).forEach(p -> System.out.println(
          p.url() + " true " + p.truth() + " found " + p.found().range() + " " + p.found().basis() + " "
              + p.found().evidence()));
    }
    System.out.printf("pages %d  day accuracy %.4f%n", r.pages().size(), r.accuracy());
  }
}

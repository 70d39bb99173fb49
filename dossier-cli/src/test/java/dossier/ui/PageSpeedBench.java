package dossier.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test but a measurement, run only when asked for (docs/BENCHMARKS.md, "Web UI"): each page
 * of part 1 rendered in headless Chromium on the dossier in {@code -Ddossier.ui.bench=DIR} (e.g. the
 * 100,000 articles of {@code dossier bench --serve --dossier DIR}); prints the median and the worst
 * of the render times (router start to main[data-state=ready], API calls included) of 5 loads of
 * each page, after one warm-up load.
 */
@EnabledIfSystemProperty(named = "dossier.ui.bench", matches = ".+")
class PageSpeedBench {
  @Test
  void renderTimes() throws Exception {
    Path dir = Path.of(System.getProperty("dossier.ui.bench"));
    try (PageTimes times = PageTimes.open(dir)) {
      String story = times.get("api/stories?sort=largest&limit=1").at("/items/0/id").asText();
      JsonNode arts = times.get("api/articles?story=" + story + "&limit=100");
      String article = arts.at("/items/0/id").asText();
      for (JsonNode a : arts.get("items")) {
        if (!a.get("group").isNull()) {
          article = a.get("id").asText();
          break;
        }
      }
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("overview", "");
      pages.put("search", "search?q=" + firstWord(times.get("api/articles?limit=1").at("/items/0/title").asText()));
      pages.put("stories", "stories");
      pages.put("story (largest)", "story/" + story);
      pages.put("article (a copy)", "article/" + article);
      System.out.printf("page render times on %s (%s articles), %d loads after 1 warm-up%n", dir,
          times.get("api/info").at("/counts/articles").asText(), PageTimes.LOADS);
      times.print(pages);
    }
  }

  private static String firstWord(String title) {
    List<String> words = new ArrayList<>();
    for (String w : title.split("\\W+")) {
      if (w.length() > 3) {
        words.add(w.toLowerCase());
      }
    }
    return words.isEmpty() ? "" : words.get(0);
  }
}

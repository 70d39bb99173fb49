package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.web.DossierServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test but a measurement, run only when asked for (docs/BENCHMARKS.md, "Web UI"): each page
 * of part 1 rendered in headless Chromium on the dossier in {@code -Ddossier.ui.bench=DIR} (e.g. the
 * 100,000 articles of {@code dossier bench --serve --dossier DIR}); prints the median and the worst
 * of the render times (router start to main[data-state=ready], API calls included) of 5 loads of
 * each page, after one warm-up load.
 */
@EnabledIfSystemProperty(named = "dossier.ui.bench", matches = ".+")
class PageSpeedBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void renderTimes() throws Exception {
    UiHarness.requireBrowser();
    Path dir = Path.of(System.getProperty("dossier.ui.bench"));
    Path profile = Files.createTempDirectory("dossier-ui-bench-");
    try (DossierServer server = DossierServer.start(dir, c -> c.port = 0)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = server.url();
      String story = get(http, base + "api/stories?sort=largest&limit=1").at("/items/0/id").asText();
      JsonNode arts = get(http, base + "api/articles?story=" + story + "&limit=100");
      String article = arts.at("/items/0/id").asText();
      for (JsonNode a : arts.get("items")) {
        if (!a.get("group").isNull()) {
          article = a.get("id").asText();
          break;
        }
      }
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("overview", "");
      pages.put("search", "search?q=" + firstWord(get(http, base + "api/articles?limit=1").at("/items/0/title").asText()));
      pages.put("stories", "stories");
      pages.put("story (largest)", "story/" + story);
      pages.put("article (a copy)", "article/" + article);
      ChromeDriver driver = UiHarness.chromium(profile);
      try {
        System.out.printf("page render times on %s (%s), 5 loads after 1 warm-up%n", dir,
            get(http, base + "api/info").at("/counts/articles").asText() + " articles");
        for (var e : pages.entrySet()) {
          long[] ms = new long[6];
          for (int i = 0; i < ms.length; i++) {
            driver.get("about:blank");
            driver.get(base + "#/" + e.getValue());
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
              String s = d.findElement(By.id("main")).getAttribute("data-state");
              return "ready".equals(s) || "error".equals(s);
            });
            assertEquals("ready", driver.findElement(By.id("main")).getAttribute("data-state"), e.getKey());
            ms[i] = Long.parseLong(driver.findElement(By.id("main")).getAttribute("data-ms"));
          }
          long[] timed = Arrays.copyOfRange(ms, 1, ms.length);
          Arrays.sort(timed);
          System.out.printf("  %-18s median %5d ms, worst %5d ms  (#/%s)%n", e.getKey(), timed[2], timed[4], e.getValue());
        }
      } finally {
        driver.quit();
      }
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

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }
}

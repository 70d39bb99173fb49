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
 * Not a test but a measurement, run only when asked for (docs/BENCHMARKS.md, "Web UI"): the pages
 * of part 2 (timeline, entities, entity, figures) rendered in headless Chromium on the dossier in
 * {@code -Ddossier.ui.bench2=DIR} (e.g. the generated dossier ChartRoutesLoadTest keeps with
 * {@code -Ddossier.load.dir=DIR}); the median and the worst of 5 render times (router start to
 * main[data-state=ready], API calls included) after one warm-up load. The snapshot's timeline is
 * computed by one request first and timed apart.
 */
@EnabledIfSystemProperty(named = "dossier.ui.bench2", matches = ".+")
class TimelineEntityFiguresSpeedBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void renderTimes() throws Exception {
    UiHarness.requireBrowser();
    Path dir = Path.of(System.getProperty("dossier.ui.bench2"));
    Path profile = Files.createTempDirectory("dossier-ui-bench-");
    try (DossierServer server = DossierServer.start(dir, c -> c.port = 0)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = server.url();
      long t = System.nanoTime();
      get(http, base + "api/timeline?limit=1");
      System.out.printf("the snapshot's timeline computed by its first request: %d ms%n", (System.nanoTime() - t) / 1_000_000);
      String top = get(http, base + "api/entities?limit=1").at("/items/0/id").asText();
      String event = get(http, base + "api/timeline?limit=1&offset=1000").at("/items/0/event").asText();
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("timeline", "timeline");
      pages.put("timeline, an event open", "timeline?event=" + event);
      pages.put("timeline of an entity", "timeline?entity=" + top);
      pages.put("entities", "entities");
      pages.put("entity (most mentioned)", "entity/" + top);
      pages.put("figures", "figures");
      ChromeDriver driver = UiHarness.chromium(profile);
      try {
        System.out.printf("page render times on %s (%s articles), 5 loads after 1 warm-up%n", dir,
            get(http, base + "api/info").at("/counts/articles").asText());
        for (var e : pages.entrySet()) {
          long[] ms = new long[6];
          for (int i = 0; i < ms.length; i++) {
            driver.get("about:blank");
            driver.get(base + "#/" + e.getValue());
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
              String s = d.findElement(By.id("main")).getAttribute("data-state");
              return "ready".equals(s) || "error".equals(s);
            });
            assertEquals("ready", driver.findElement(By.id("main")).getAttribute("data-state"), e.getKey());
            ms[i] = Long.parseLong(driver.findElement(By.id("main")).getAttribute("data-ms"));
          }
          long[] timed = Arrays.copyOfRange(ms, 1, ms.length);
          Arrays.sort(timed);
          System.out.printf("  %-24s median %5d ms, worst %5d ms  (#/%s)%n", e.getKey(), timed[2], timed[4], e.getValue());
        }
      } finally {
        driver.quit();
      }
    }
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url);
    return JSON.readTree(r.body());
  }
}

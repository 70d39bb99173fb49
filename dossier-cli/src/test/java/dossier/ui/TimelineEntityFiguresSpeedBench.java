package dossier.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

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
  @Test
  void renderTimes() throws Exception {
    Path dir = Path.of(System.getProperty("dossier.ui.bench2"));
    try (PageTimes times = PageTimes.open(dir)) {
      long t = System.nanoTime();
      times.get("api/timeline?limit=1");
      System.out.printf("the snapshot's timeline ready for its first request: %d ms after the server started%n",
          (System.nanoTime() - t) / 1_000_000);
      String top = times.get("api/entities?limit=1").at("/items/0/id").asText();
      String event = times.get("api/timeline?limit=1&offset=1000").at("/items/0/event").asText();
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("timeline", "timeline");
      pages.put("timeline, an event open", "timeline?event=" + event);
      pages.put("timeline of an entity", "timeline?entity=" + top);
      pages.put("entities", "entities");
      pages.put("entity (most mentioned)", "entity/" + top);
      pages.put("figures", "figures");
      System.out.printf("page render times on %s (%s articles), %d loads after 1 warm-up%n", dir,
          times.get("api/info").at("/counts/articles").asText(), PageTimes.LOADS);
      times.print(pages);
    }
  }
}

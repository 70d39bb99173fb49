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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the speed benches share (docs/BENCHMARKS.md, "Web UI"): a server and a headless Chromium
 * over a given dossier, and each page's render time (router start to main[data-state=ready], its
 * API requests included) over {@link #LOADS} fresh loads after a warm-up, printed as median and
 * worst, with where the median load's time went: when its last API answer arrived and how many
 * requests it made (the rest is the browser's work: scripts, layout, charts). On a shared machine
 * wall times move with the load; the CPU time per load, of the browser's processes and of this
 * JVM (the server, with DuckDB's threads), moves much less, so it is printed too.
 */
final class PageTimes implements AutoCloseable {
  static final int LOADS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Run in the page after a load: [API requests of the page, ms from router start to the last API answer]. */
  private static final String NETWORK = "const m = document.getElementById('main');"
      + "const t0 = Number(m.dataset.sinceLoad) - Number(m.dataset.ms);"
      + "const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'));"
      + "return [api.length, Math.round(Math.max(0, ...api.map((e) => e.responseEnd)) - t0)];";

  final DossierServer server;
  final HttpClient http = HttpClient.newHttpClient();
  private final ChromeDriver driver;
  /** The browser's profile folder: its processes carry it on their command line. */
  private final String profile;

  private PageTimes(DossierServer server, ChromeDriver driver, Path profile) {
    this.server = server;
    this.driver = driver;
    this.profile = profile.toString();
  }

  /** A server over {@code dossier} and a browser; fails (never skips) without the browser. */
  static PageTimes open(Path dossier) throws Exception {
    UiHarness.requireBrowser();
    DossierServer server = DossierServer.start(dossier, c -> c.port = 0);
    try {
      Path profile = Files.createTempDirectory("dossier-ui-bench-");
      return new PageTimes(server, UiHarness.chromium(profile), profile);
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
  }

  /** GET of an API path (e.g. "api/info"), its JSON answer; fails on anything but 200. */
  JsonNode get(String path) throws Exception {
    String url = server.url() + path;
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url);
    return JSON.readTree(r.body());
  }

  /** Times each page (name → route after "#/") and prints one line per page. */
  void print(Map<String, String> pages) {
    for (var e : pages.entrySet()) {
      long[][] loads = new long[LOADS + 1][];
      long browser = 0;
      long jvm = 0;
      for (int i = 0; i < loads.length; i++) {
        Map<Long, Long> b = browserTicks();
        long j = jvmCpuMillis();
        loads[i] = load(e.getKey(), e.getValue());
        if (i > 0) {
          browser += browserCpuSince(b);
          jvm += jvmCpuMillis() - j;
        }
      }
      long[][] timed = Arrays.copyOfRange(loads, 1, loads.length);
      Arrays.sort(timed, (a, b) -> Long.compare(a[0], b[0]));
      long[] median = timed[LOADS / 2];
      System.out.printf("  %-24s median %5d ms, worst %5d ms  (median load: %d API requests,"
              + " last answer at %d ms; CPU per load: browser %d ms, server %d ms)  #/%s%n",
          e.getKey(), median[0], timed[LOADS - 1][0], median[1], median[2], browser / LOADS,
          jvm / LOADS, e.getValue());
    }
  }

  /** One fresh load: [render ms, API requests, ms to the last API answer]. */
  private long[] load(String name, String route) {
    driver.get("about:blank");
    driver.get(server.url() + "#/" + route);
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
      String s = d.findElement(By.id("main")).getAttribute("data-state");
      return "ready".equals(s) || "error".equals(s);
    });
    assertEquals("ready", driver.findElement(By.id("main")).getAttribute("data-state"), name);
    long ms = Long.parseLong(driver.findElement(By.id("main")).getAttribute("data-ms"));
    List<?> net = (List<?>) driver.executeScript(NETWORK);
    return new long[] {ms, ((Number) net.get(0)).longValue(), ((Number) net.get(1)).longValue()};
  }

  /**
   * User and system CPU ticks of each of the browser's processes (Linux /proc; empty elsewhere):
   * the one started with this bench's profile folder and its descendants (renderers, GPU).
   */
  private Map<Long, Long> browserTicks() {
    Map<Long, Long> out = new java.util.HashMap<>();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(profile)).orElse(false))
        .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
        .forEach(p -> {
          try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            out.put(p.pid(), Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime, stime
          } catch (java.io.IOException | RuntimeException e) {
            // a process that ended meanwhile
          }
        });
    return out;
  }

  /** CPU ms the browser's processes alive now spent since {@code before} (USER_HZ = 100). */
  private long browserCpuSince(Map<Long, Long> before) {
    long ticks = 0;
    for (var e : browserTicks().entrySet()) {
      ticks += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return ticks * 10;
  }

  private static long jvmCpuMillis() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() / 1_000_000 : 0;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      server.stop();
    }
  }
}

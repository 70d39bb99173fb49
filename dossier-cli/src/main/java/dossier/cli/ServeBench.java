package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.search.SearchIndexer;
import dossier.store.DossierStore;
import dossier.web.DossierServer;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code dossier bench --serve}: a bounded load test of the API. Builds a generated dossier (or
 * uses one given), starts a server on 127.0.0.1, sends a fixed number of requests from two client
 * threads over a mix of routes, and prints p50, p99 and requests/s, overall and per route.
 */
final class ServeBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = 2;

  private ServeBench() {}

  static int run(Path dossier, int articles, int requests, PrintWriter out) throws Exception {
    Path dir = dossier;
    Path tmp = null;
    if (dir == null || !Files.isRegularFile(dir.resolve("dossier.duckdb"))) {
      tmp = Files.createTempDirectory("dossier-serve-bench");
      dir = dir == null ? tmp.resolve("dossier") : dir;
      // CopyCorpus, as the search bench: copies and stories to serve, and it builds in seconds
      // (the SyntheticCorpus build ran out of heap in its duplicates stage at 100,000)
      out.printf("generating a dossier of %d articles (CopyCorpus, the search bench's) in %s%n", articles, dir);
      SearchBench.generate(dir, articles, out);
    } else if (!Files.isDirectory(SearchIndexer.indexDir(dir))) {
      try (var store = DossierStore.open(dir)) {
        out.println("search index: " + SearchIndexer.update(store).summary());
      }
    }
    try (DossierServer server = DossierServer.start(dir, c -> c.port = 0)) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String base = "http://127.0.0.1:" + server.port();
      List<String> targets = targets(http, base, requests);
      // warm-up: the JIT and DuckDB's caches, not timed
      for (String t : targets.subList(0, Math.min(200, targets.size()))) {
        get(http, base + t);
      }
      long[] nanos = new long[targets.size()];
      int[] status = new int[targets.size()];
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      long t0 = System.nanoTime();
      long cpu0 = SearchBench.processCpu();
      List<Future<?>> fs = new ArrayList<>();
      for (int k = 0; k < CLIENTS; k++) {
        int first = k;
        fs.add(pool.submit(() -> {
          for (int i = first; i < targets.size(); i += CLIENTS) {
            long s = System.nanoTime();
            status[i] = get(http, base + targets.get(i));
            nanos[i] = System.nanoTime() - s;
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      long cpu = SearchBench.processCpu() - cpu0;
      pool.shutdown();
      out.printf("serve bench: %s, %d requests from %d client threads in %.1fs%n", dir, targets.size(),
          CLIENTS, secs);
      report(out, "all", nanos, secs);
      // server and clients share the process: this is an upper bound of the server's CPU
      out.printf("process CPU (server, clients, GC) a request: %.2f ms: about %.0f requests/s on 2 idle cores%n",
          cpu / 1e6 / targets.size(), 2e9 * targets.size() / Math.max(1, cpu));
      Map<String, List<Integer>> byRoute = new TreeMap<>();
      for (int i = 0; i < targets.size(); i++) {
        byRoute.computeIfAbsent(route(targets.get(i)), x -> new ArrayList<>()).add(i);
      }
      byRoute.forEach((r, idx) -> {
        long[] ns = idx.stream().mapToLong(i -> nanos[i]).toArray();
        long errors = idx.stream().filter(i -> status[i] != 200).count();
        out.printf("  %-28s n=%5d  p50 %6.1f ms  p99 %6.1f ms  non-200 %d%n", r, ns.length,
            pct(ns, 50), pct(ns, 99), errors);
      });
      out.flush();
    } finally {
      if (tmp != null) {
        try (var walk = Files.walk(tmp)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }

  static void buildGenerated(Path pages, Path dir, int articles, PrintWriter out) throws Exception {
    Files.createDirectories(pages);
    writePages(pages, articles); // the pages go out of scope before the build needs the heap
    out.printf("building a generated dossier of %d articles (--no-language) in %s%n", articles, dir);
    out.flush();
    int rc = Main.run("build", pages.toString(), "--out", dir.toString(), "--no-language", "-q");
    if (rc != 0) {
      throw new IllegalStateException("the build of the generated dossier failed (" + rc + ")");
    }
  }

  private static void writePages(Path pages, int articles) throws java.io.IOException {
    List<String> ps = new SyntheticCorpus(42).pages(articles);
    for (int i = 0; i < ps.size(); i++) {
      Files.writeString(pages.resolve(String.format("%07d.txt", i)), ps.get(i));
    }
  }

  /** A fixed, seeded mix of routes, with ids taken from the dossier itself. */
  private static List<String> targets(HttpClient http, String base, int n) throws Exception {
    JsonNode first = JSON.readTree(body(http, base + "/api/articles?limit=100"));
    long total = first.get("total").asLong();
    List<String> ids = new ArrayList<>();
    first.get("items").forEach(x -> ids.add(x.get("id").asText()));
    Random r = new Random(1);
    List<String> out = new ArrayList<>();
    String[] words = {"ministry", "talks", "border", "officials", "residents", "ceasefire"};
    for (int i = 0; i < n + 200; i++) {
      long off = total <= 100 ? 0 : r.nextInt((int) Math.min(total - 20, 1_000_000));
      out.add(switch (i % 10) {
        case 0, 1 -> "/api/articles?limit=20&offset=" + off;
        case 2, 3 -> "/api/articles/" + ids.get(r.nextInt(ids.size()));
        case 4 -> "/api/duplicates?limit=20&offset=" + r.nextInt(50);
        case 5 -> "/api/stories?limit=20&offset=" + r.nextInt(50);
        case 6 -> "/api/entities?limit=20";
        case 7 -> "/api/timeline?limit=20";
        case 8 -> "/api/info";
        default -> "/api/search?q=" + words[r.nextInt(words.length)];
      });
    }
    return out;
  }

  private static String route(String target) {
    String path = target.split("\\?")[0];
    return path.matches("/api/articles/[^/]+") ? "/api/articles/{id}" : path;
  }

  private static String body(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static int get(HttpClient http, String url) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static void report(PrintWriter out, String name, long[] nanos, double secs) {
    out.printf("  %-28s p50 %.1f ms, p99 %.1f ms, %.0f requests/s%n", name, pct(nanos, 50),
        pct(nanos, 99), nanos.length / secs);
  }

  private static double pct(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    if (s.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))] / 1e6;
  }
}

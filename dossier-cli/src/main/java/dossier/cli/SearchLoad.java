package dossier.cli;

import dossier.search.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code dossier bench --search --url URL}: the search bench's query mix sent over HTTP to a
 * running {@code dossier serve} (another process, as a user's client is): a fixed number of
 * requests from a few client connections, then p50, p99 and requests/s, and, given the server's
 * process id, the server's CPU time a request read from {@code /proc} (the figure that carries over
 * to an idle machine).
 */
final class SearchLoad {
  /** Linux's clock ticks a second, the unit of {@code /proc/PID/stat} times. */
  private static final double TICKS = 100.0;

  private SearchLoad() {}

  static int run(String url, int articles, int requests, int clients, Long serverPid, PrintWriter out)
      throws Exception {
    List<String> queries = SearchBench.queryMix(articles);
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    // warm-up: the server's JIT, untimed; two passes over the mix, then, given the server's process,
    // until its JIT compiler threads have (nearly) finished: on a busy machine they get little of
    // the cores and compile for tens of thousands of requests, which a measurement would count
    int warm = 2 * queries.size() * 4;
    send(http, base, queries, new long[warm], new int[warm], clients, pool);
    String jitNote = "";
    if (serverPid != null && compilerTicks(serverPid) >= 0) {
      for (int batch = 0; batch < MAX_WARM_BATCHES; batch++) {
        long p0 = serverCpuTicks(serverPid);
        long j0 = compilerTicks(serverPid);
        send(http, base, queries, new long[WARM_BATCH], new int[WARM_BATCH], clients, pool);
        warm += WARM_BATCH;
        double share = (compilerTicks(serverPid) - j0) / (double) Math.max(1, serverCpuTicks(serverPid) - p0);
        jitNote = String.format("; last warm-up batch: JIT compilers %.0f %% of the server's CPU", 100 * share);
        if (share < SETTLED_JIT_SHARE) {
          break;
        }
      }
    }
    long[] nanos = new long[requests];
    int[] status = new int[requests];
    long cpu0 = serverCpuTicks(serverPid);
    long jit0 = compilerTicks(serverPid);
    long t0 = System.nanoTime();
    send(http, base, queries, nanos, status, clients, pool);
    double secs = (System.nanoTime() - t0) / 1e9;
    long cpu1 = serverCpuTicks(serverPid);
    long jit1 = compilerTicks(serverPid);
    pool.shutdown();
    out.printf("warm-up: %d requests%s%n", warm, jitNote);
    long failed = Arrays.stream(status).filter(s -> s != 200).count();
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    out.printf("search load: %s, %d requests (after %d warm-up) from %d client connections in %.1fs: %.0f requests/s;"
        + " latency p50 %.2f ms, p99 %.2f ms, max %.1f ms; non-200: %d%n", base, requests, warm, clients, secs,
        requests / secs, SearchBench.pct(sorted, 50), SearchBench.pct(sorted, 99),
        sorted[sorted.length - 1] / 1e6, failed);
    for (String cls : new String[] {"names", "broad words", "facets", "other"}) {
      long[] a = java.util.stream.IntStream.range(0, requests).filter(i -> SearchBench.classOf(i).equals(cls))
          .mapToLong(i -> nanos[i]).sorted().toArray();
      out.printf("  %-11s latency p50 %.2f ms, p99 %.2f ms (%d requests)%n", cls, SearchBench.pct(a, 50),
          SearchBench.pct(a, 99), a.length);
    }
    if (cpu0 >= 0 && cpu1 >= 0) {
      double ms = (cpu1 - cpu0) / TICKS * 1000 / requests;
      out.printf("  server process CPU (all its threads, GC included) %.2f ms a request: %.0f requests/s on 2 idle"
          + " cores%n", ms, 2000 / ms);
      if (jit0 >= 0 && jit1 >= 0) {
        out.printf("  of which the JIT compiler threads %.2f ms a request%n", (jit1 - jit0) / TICKS * 1000 / requests);
      }
    }
    out.printf("  load average after the run: %.1f on %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  /** Warm-up batches sent until the JIT has settled, at most {@link #MAX_WARM_BATCHES}. */
  private static final int WARM_BATCH = 1000;
  private static final int MAX_WARM_BATCHES = 40;
  /** The JIT counts as settled when its compilers use less than this share of a batch's server CPU. */
  private static final double SETTLED_JIT_SHARE = 0.03;

  /** Sends requests 0..n-1 of the mix ({@code n} = {@code nanos.length}) from {@code clients} connections. */
  private static void send(HttpClient http, String base, List<String> queries, long[] nanos, int[] status,
      int clients, ExecutorService pool) throws Exception {
    int n = nanos.length;
    List<Future<?>> fs = new ArrayList<>();
    for (int k = 0; k < clients; k++) {
      int first = k;
      fs.add(pool.submit(() -> {
        for (int i = first; i < n; i += clients) {
          long s = System.nanoTime();
          status[i] = get(http, target(base, queries, i));
          nanos[i] = System.nanoTime() - s;
        }
        return null;
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
  }

  /** CPU clock ticks of a process's JIT compiler threads (HotSpot names them C1/C2 CompilerThread); -1 when unknown. */
  static long compilerTicks(Long pid) {
    if (pid == null) {
      return -1;
    }
    try (var tasks = Files.list(Path.of("/proc", pid.toString(), "task"))) {
      long sum = 0;
      for (Path t : (Iterable<Path>) tasks::iterator) {
        try {
          if (Files.readString(t.resolve("comm")).contains("CompilerThre")) {
            sum += ticks(Files.readString(t.resolve("stat")));
          }
        } catch (IOException e) {
          // the thread ended meanwhile
        }
      }
      return sum;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The request of position {@code i} of the mix, as the in-process bench sends it. */
  private static String target(String base, List<String> queries, int i) {
    SearchRequest r = SearchBench.request(queries, i);
    return base + "/api/search?q=" + URLEncoder.encode(r.query(), StandardCharsets.UTF_8)
        + "&limit=" + r.limit() + (r.facets() ? "&facets=true" : "");
  }

  private static int get(HttpClient http, String url) {
    try {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** User plus system time of a process in clock ticks; -1 when unknown. */
  static long serverCpuTicks(Long pid) {
    if (pid == null) {
      return -1;
    }
    try {
      return ticks(Files.readString(Path.of("/proc", pid.toString(), "stat")));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** User plus system time in a {@code /proc/.../stat} line. */
  private static long ticks(String stat) {
    // fields after the command name, which is in parentheses and may hold spaces
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}

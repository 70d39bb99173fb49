package dossier.cli;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import dossier.search.IndexUpdate;
import dossier.search.SearchIndex;
import dossier.search.SearchIndexer;
import dossier.search.SearchRequest;
import dossier.store.Batch;
import dossier.store.DossierStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dossier bench --search}: a generated dossier ({@link CopyCorpus}: stories with copies,
 * invented outlets and dates) stored, deduplicated, clustered into stories and indexed; then a fixed
 * mix of queries (names, words, phrases, booleans, fields, dates, prefixes, some with facets) run
 * on one thread for latency and on two for throughput.
 */
final class SearchBench {
  private static final String[] OUTLETS = {"The Evening Ledger", "Northgate Post", "Harbour Daily",
      "Valley Herald", "Coastal Courier", "Morning Chronicle", "Riverside Times", "Capital Observer",
      "Lakeshore Gazette", "Frontier Bulletin", "Plains Review", "Summit News"};
  private static final Pattern PERSON = Pattern.compile("\\b([A-Z][a-zó]{3,}), (?:the|a) ");
  private static final Pattern PLACE = Pattern.compile("\\b(?:in|near|around|across) ([A-Z][a-zó]{3,})\\b");

  private SearchBench() {}

  /**
   * @param realStages run the duplicates and stories stages on the generated articles (minutes at
   *     100,000 on a shared machine); otherwise store the generator's own groups and stories, which
   *     those stages recover almost exactly (docs/BENCHMARKS.md), so the index holds the same shape
   */
  static int run(int n, boolean realStages, PrintWriter out) throws Exception {
    return run(n, realStages, null, out);
  }

  /**
   * @param keep when not null, the dossier is written there and kept, or, when it holds one
   *     already (a store and an index), used as it is: the generation and indexing are skipped
   */
  static int run(int n, boolean realStages, Path keep, PrintWriter out) throws Exception {
    out.printf("machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    if (keep != null && Files.isRegularFile(keep.resolve(DossierStore.FILE))) {
      out.printf("using the dossier in %s as it is (generated with --articles %d)%n", keep, n);
      try (DossierStore store = DossierStore.open(keep)) {
        long c0 = processCpu();
        IndexUpdate u = SearchIndexer.update(store); // nothing to do unless the index format changed
        out.printf("index update: %s in %.1fs, process CPU %.1fs%n", u.summary(), u.millis() / 1000.0,
            (processCpu() - c0) / 1e9);
      }
      try (SearchIndex index = SearchIndex.open(keep)) {
        measure(index, queryMix(n), out);
      }
      out.flush();
      return 0;
    }
    Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("dossier-search-bench");
    try {
      List<String> queries;
      try (DossierStore store = DossierStore.open(dir)) {
        queries = fill(store, n, realStages, out);
        if (realStages) {
          long t0 = System.nanoTime();
          out.println(DedupStep.run(store) + String.format(" (%.1fs)", BenchCommand.secs(t0)));
          t0 = System.nanoTime();
          out.println(StoryStep.run(store) + String.format(" (%.1fs)", BenchCommand.secs(t0)));
        }
        out.flush();
        HeapMeter.reset();
        long c0 = processCpu();
        IndexUpdate u = SearchIndexer.update(store);
        long c1 = processCpu();
        out.printf("index, first build: %s in %.1fs (%.0f documents/s), process CPU %.1fs, peak heap %d MB%n",
            u.summary(), u.millis() / 1000.0, u.added() * 1000.0 / Math.max(1, u.millis()), (c1 - c0) / 1e9,
            HeapMeter.peakMb());
        IndexUpdate again = SearchIndexer.update(store);
        out.printf("index, build with nothing new: %s in %.1fs, process CPU %.1fs%n", again.summary(),
            again.millis() / 1000.0, (processCpu() - c1) / 1e9);
        out.printf("index size: %.1f MB (store: %.1f MB)%n", size(SearchIndexer.indexDir(dir)) / 1048576.0,
            Files.size(dir.resolve(DossierStore.FILE)) / 1048576.0);
      }
      out.flush();
      try (SearchIndex index = SearchIndex.open(dir)) {
        measure(index, queries, out);
      }
    } finally {
      if (keep == null) {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    out.flush();
    return 0;
  }

  /** The query mix of a generated dossier of {@code n} articles, drawn as {@link #fill} draws it. */
  static List<String> queryMix(int n) {
    Set<String> people = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    for (CopyCorpus.Doc d : new CopyCorpus(11, 0.3).docs(n)) {
      int story = Integer.parseInt(d.id().substring(1).split("[ocx]")[0]);
      if (people.size() < 400 && story % 97 == 0) {
        collect(PERSON, d.text(), people);
        collect(PLACE, d.text(), places);
      }
    }
    return queries(new ArrayList<>(people), new ArrayList<>(places));
  }

  /**
   * Writes the same generated dossier as {@link #run} (articles, the generator's groups and stories,
   * the search index) into {@code dir} and keeps it: the serve bench's dossier.
   */
  static void generate(Path dir, int n, PrintWriter out) throws Exception {
    try (DossierStore store = DossierStore.open(dir)) {
      fill(store, n, false, out);
      out.flush();
      IndexUpdate u = SearchIndexer.update(store);
      out.printf("index: %s in %.1fs%n", u.summary(), u.millis() / 1000.0);
    }
  }

  /** Stores the generated articles; returns the query mix drawn from their names. */
  private static List<String> fill(DossierStore store, int n, boolean realStages, PrintWriter out) {
    List<CopyCorpus.Doc> docs = new CopyCorpus(11, 0.3).docs(n);
    Set<String> people = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    LocalDate start = LocalDate.of(2020, 1, 1);
    long t0 = System.nanoTime();
    List<Article> batch = new ArrayList<>();
    for (CopyCorpus.Doc d : docs) {
      int story = Integer.parseInt(d.id().substring(1).split("[ocx]")[0]);
      LocalDate day = start.plusDays(story / 60 % 1100);
      String outlet = OUTLETS[Math.floorMod(d.id().hashCode(), OUTLETS.length)];
      String first = d.text().split("(?<=\\.) ", 2)[0];
      String title = first.length() > 90 ? first.substring(0, first.lastIndexOf(' ', 90)) : first;
      batch.add(new Article(d.id(), "bench/" + d.id(), null, title, d.text(), List.of(), outlet,
          d.text().endsWith("AFP") ? List.of("Nordwire") : List.of(), null, null, List.of(),
          new PublicationDate(DateRange.exact(day), DateBasis.STATED, null, 0.9), "en", List.of()));
      if (people.size() < 400 && story % 97 == 0) {
        collect(PERSON, d.text(), people);
        collect(PLACE, d.text(), places);
      }
      if (batch.size() == 1000) {
        store.commit(new Batch(List.of(), batch));
        batch.clear();
      }
    }
    store.commit(new Batch(List.of(), batch));
    out.printf("corpus: %d generated articles stored in %.1fs%n", docs.size(), BenchCommand.secs(t0));
    if (!realStages) {
      storeTruth(store, docs, start);
      out.printf("the generator's duplicate groups and stories stored (--search without --build runs no stages)%n");
    }
    return queries(new ArrayList<>(people), new ArrayList<>(places));
  }

  /** Groups: a story's original and its copies; stories: the original, copies and same-event reports. */
  private static void storeTruth(DossierStore store, List<CopyCorpus.Doc> docs, LocalDate start) {
    java.util.Map<Integer, List<String>> members = new java.util.LinkedHashMap<>();
    java.util.Map<Integer, List<String>> reports = new java.util.LinkedHashMap<>();
    for (CopyCorpus.Doc d : docs) {
      int story = Integer.parseInt(d.id().substring(1).split("[ocx]")[0]);
      reports.computeIfAbsent(story, k -> new ArrayList<>()).add(d.id());
      if (d.group() >= 0) {
        members.computeIfAbsent(d.group(), k -> new ArrayList<>()).add(d.id());
      }
    }
    List<dossier.model.DuplicateGroup> groups = new ArrayList<>();
    members.forEach((g, ids) -> groups.add(new dossier.model.DuplicateGroup("g" + g, ids.get(0),
        ids.subList(1, ids.size()).stream().map(id -> new dossier.model.DuplicateGroup.Member(id, "near", 0.9))
            .toList())));
    store.replaceDuplicates(groups);
    List<dossier.model.Story> stories = new ArrayList<>();
    reports.forEach((s, ids) -> stories.add(new dossier.model.Story("story-" + s, ids.get(0), ids,
        DateRange.exact(start.plusDays(s / 60 % 1100)), List.of(), null)));
    store.replaceStories(stories);
  }

  private static void collect(Pattern p, String text, Set<String> into) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  /**
   * The fixed mix, 100 queries: a third names (a person, a place, both), the rest words, phrases,
   * booleans, outlet and date fields, prefixes; the broad single words match a large share of the
   * corpus, as a first look at a dossier does.
   */
  static List<String> queries(List<String> people, List<String> places) {
    String[] words = {"ceasefire", "curfew", "convoys", "protesters", "elections", "electricity",
        "investigation", "delegation", "arrested", "shelled"};
    String[] phrases = {"\"talks would resume\"", "\"aid convoys had reached\"", "\"the border would stay closed\"",
        "\"according to local media\"", "\"schools would reopen\""};
    List<String> q = new ArrayList<>();
    for (int i = 0; q.size() < 100; i++) {
      String who = people.get(i * 7 % people.size());
      String where = places.get(i * 5 % places.size());
      String word = words[i % words.length];
      switch (i % 10) {
        case 0 -> q.add(who);
        case 1 -> q.add(where);
        case 2 -> q.add(who + " " + where);
        case 3 -> q.add(word);
        case 4 -> q.add(phrases[i / 10 % phrases.length]);
        case 5 -> q.add(word + " AND " + where);
        case 6 -> q.add("outlet:\"" + OUTLETS[i % OUTLETS.length] + "\" AND " + word);
        case 7 -> q.add(word + " AND published:[2021-0" + (1 + i % 9) + "-01 TO 2021-0" + (1 + i % 9) + "-28]");
        case 8 -> q.add(who.substring(0, 4).toLowerCase() + "*");
        default -> q.add("(" + word + " OR " + words[(i + 3) % words.length] + ") NOT " + where);
      }
    }
    return q;
  }

  static SearchRequest request(List<String> queries, int i) {
    // Every fourth request asks for facets, as a search page's first load does.
    return new SearchRequest(queries.get(i % queries.size()), List.of(), 0, 10, true, i % 4 == 0);
  }

  private static void measure(SearchIndex index, List<String> queries, PrintWriter out) throws Exception {
    long t0 = System.nanoTime();
    long hits = 0;
    for (int i = 0; BenchCommand.secs(t0) < 10 || i < 5 * queries.size(); i++) {
      hits += index.search(request(queries, i)).total(); // JIT warm-up
    }
    int perThread = 10 * queries.size();
    long[] one = new long[perThread];
    long[] cpu = new long[perThread];
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long proc0 = processCpu();
    t0 = System.nanoTime();
    for (int i = 0; i < perThread; i++) {
      long c = mx.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      index.search(request(queries, i));
      one[i] = System.nanoTime() - s;
      cpu[i] = mx.getCurrentThreadCpuTime() - c;
    }
    double secs = BenchCommand.secs(t0);
    long proc1 = processCpu();
    long total = 0;
    long most = 0;
    for (String q : queries) {
      // with facets: the exact total (without, a broad query's stops at "1000 or more")
      long h = index.search(new SearchRequest(q, List.of(), 0, 10, true, true)).total();
      total += h;
      most = Math.max(most, h);
    }
    out.printf("queries: %d distinct, %.0f hits each on average, at most %d (after collapsing copies); 1 request in 4"
        + " with facets (warm-up: %d hits)%n", queries.size(), total / (double) queries.size(), most, hits);
    report("1 thread ", one, secs, out);
    cpuReport(cpu, proc1 - proc0, perThread, out);
    for (String cls : new String[] {"names", "broad words", "facets", "other"}) {
      List<Long> l = new ArrayList<>();
      List<Long> lc = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        if (classOf(i).equals(cls)) {
          l.add(one[i]);
          lc.add(cpu[i]);
        }
      }
      long[] a = l.stream().mapToLong(Long::longValue).sorted().toArray();
      long[] b = lc.stream().mapToLong(Long::longValue).sorted().toArray();
      out.printf("  %-11s latency p50 %.2f ms, p99 %.2f ms; thread CPU p50 %.2f ms, p99 %.2f ms (%d requests)%n",
          cls, pct(a, 50), pct(a, 99), pct(b, 50), pct(b, 99), a.length);
    }
    // the costliest requests by thread CPU: where the p99 comes from
    Integer[] order = new Integer[perThread];
    for (int i = 0; i < perThread; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Long.compare(cpu[y], cpu[x]));
    for (int k = 0; k < 5; k++) {
      SearchRequest r = request(queries, order[k]);
      out.printf("  costly: %.2f ms CPU  %s%s%n", cpu[order[k]] / 1e6, r.query(), r.facets() ? " (facets)" : "");
    }
    int threads = 2;
    long[] lat = new long[perThread * threads];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> fs = new ArrayList<>();
    long p0 = processCpu();
    t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int base = t * perThread;
      int shift = t * 37;
      fs.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          long s = System.nanoTime();
          index.search(request(queries, i + shift));
          lat[base + i] = System.nanoTime() - s;
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    secs = BenchCommand.secs(t0);
    long p1 = processCpu();
    pool.shutdown();
    report(threads + " threads", lat, secs, out);
    out.printf("  process CPU (all threads, GC included) %.2f ms a request: %.0f requests/s on %d idle cores%n",
        (p1 - p0) / 1e6 / lat.length, threads * 1e9 * lat.length / Math.max(1, p1 - p0), threads);
    out.printf("  load average during the run: %.1f on %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  /** CPU the requests themselves used (thread time), and the whole process (GC and JIT too). */
  private static void cpuReport(long[] cpu, long process, int n, PrintWriter out) {
    long[] a = cpu.clone();
    java.util.Arrays.sort(a);
    double mean = java.util.Arrays.stream(a).average().orElse(0) / 1e6;
    out.printf("  thread CPU a request: p50 %.2f ms, p99 %.2f ms, mean %.2f ms; process CPU %.2f ms a request"
        + " (%.0f requests/s on 2 idle cores)%n", pct(a, 50), pct(a, 99), mean, process / 1e6 / n,
        2e9 * n / Math.max(1, process));
  }

  static long processCpu() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /** Which part of the mix request {@code i} is (see {@link #queries}). */
  static String classOf(int i) {
    if (i % 4 == 0) {
      return "facets";
    }
    int k = i % 100 % 10;
    return k <= 2 ? "names" : k == 3 ? "broad words" : "other";
  }

  private static void report(String what, long[] nanos, double secs, PrintWriter out) {
    long[] a = nanos.clone();
    java.util.Arrays.sort(a);
    out.printf("%s: %d requests in %.1fs = %.0f requests/s; latency p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
        what, a.length, secs, a.length / secs, pct(a, 50), pct(a, 99), a[a.length - 1] / 1e6);
    out.flush();
  }

  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
  }

  private static long size(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}

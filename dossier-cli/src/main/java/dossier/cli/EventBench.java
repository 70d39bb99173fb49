package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.events.EventStage;
import dossier.figures.FigureMention;
import dossier.figures.FigureStage;
import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import dossier.nlp.ArticleNames;
import dossier.nlp.CoreNlpEngine;
import dossier.nlp.EntityResolver;
import dossier.nlp.LanguageLayer;
import dossier.nlp.NlpEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code dossier bench --events}: the events and figures stage against the language layer on real
 * news text (the true bodies of a text-pages folder). Both stages run on the same articles in one
 * JVM, after a warm-up pass each, on 1 thread and on N; each pass reports wall time and the
 * process's CPU time (the machine may be shared: CPU time and ratios are what to compare), tokens
 * per second per core over the corpus's tokens, and the events stage's share of the two.
 */
final class EventBench {
  private final PrintWriter out;

  private EventBench(PrintWriter out) {
    this.out = out;
  }

  /** The wall and process CPU nanoseconds of one pass. */
  private record Cost(long wall, long cpu) {
    double cpuSecs() {
      return cpu / 1e9;
    }
  }

  static int run(Path textPages, int threads, PrintWriter out) throws Exception {
    new EventBench(out).bench(articles(textPages.resolve("ground-truth.json")), threads);
    return 0;
  }

  private void bench(List<Article> articles, int threads) throws Exception {
    out.printf("corpus: %d article bodies; threads: 1 and %d; load average %.1f%n",
        articles.size(), threads, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    // the language layer: what the events stage reads (names, times), and the baseline
    Cost load = measure(() -> CoreNlpEngine.standard().describe());
    NlpEngine engine = CoreNlpEngine.standard();
    out.printf("language layer models loaded: %.1fs wall, %.1fs CPU%n", load.wall() / 1e9,
        load.cpuSecs());
    List<LanguageLayer.Annotated> annotated = annotate(engine, articles, threads); // warm-up
    long tokens = annotated.stream().mapToLong(LanguageLayer.Annotated::tokens).sum();
    Map<Integer, Cost> language = new HashMap<>();
    for (int t : passes(threads)) {
      language.put(t, measure(() -> annotate(engine, articles, t)));
      report("language layer", t, tokens, language.get(t));
    }
    List<ArticleNames> names = new ArrayList<>();
    for (LanguageLayer.Annotated x : annotated) {
      names.add(ArticleNames.fromStored(x.articleId(), x.names().stored(), x.names().adjectives()));
    }
    EntityResolver.Result resolved = EntityResolver.resolve(names);
    Map<String, String> types = EventStage.types(resolved.entities());
    Map<String, List<Mention>> mentions = FigureStage.byArticle(resolved.mentions());
    Map<String, List<TimeExpression>> times = new HashMap<>();
    annotated.forEach(x -> times.put(x.articleId(), x.times()));

    // the events stage: per-article reading (parse) then the cross-article merge
    long parserCpu = cpu();
    long parserWall = System.nanoTime();
    List<EventStep.Read> reads = read(articles, mentions, times, types, threads); // warm-up
    out.printf("events stage warm-up (parser load %.1fs wall, included): %.1fs wall, %.1fs CPU%n",
        EventStage.parserLoadNanos() / 1e9, (System.nanoTime() - parserWall) / 1e9,
        (cpu() - parserCpu) / 1e9);
    long sentences = 0;
    long parsed = 0;
    long parsedTokens = 0;
    long parseNanos = 0;
    for (EventStep.Read r : reads) {
      sentences += r.events().sentences();
      parsed += r.events().parsed();
      parsedTokens += r.events().tokens();
      parseNanos += r.events().parseNanos();
    }
    out.printf("parsed %d of %d sentences (%.1f %%), %d of the corpus's %d tokens; parser alone:"
        + " %.0f parsed tokens/s%n", parsed, sentences, 100.0 * parsed / sentences, parsedTokens,
        tokens, parsedTokens * 1e9 / parseNanos);
    Map<Integer, Cost> events = new HashMap<>();
    for (int t : passes(threads)) {
      events.put(t, measure(() -> read(articles, mentions, times, types, t)));
      report("events + figures", t, tokens, events.get(t));
    }
    // where the events stage's time goes, on one thread: the figures alone (no parse), and the
    // parse's own share of the events' reading
    Cost figuresOnly = measure(() -> {
      for (Article a : articles) {
        FigureStage.mentions(a, mentions.getOrDefault(a.id(), List.of()),
            times.getOrDefault(a.id(), List.of()));
      }
      return null;
    });
    long[] parseOnly = {0};
    Cost eventsOnly = measure(() -> {
      for (Article a : articles) {
        parseOnly[0] += EventStage.article(a, mentions.getOrDefault(a.id(), List.of()),
            times.getOrDefault(a.id(), List.of()), types).parseNanos();
      }
      return null;
    });
    out.printf("1 thread, apart: figures %.1fs CPU; events %.1fs CPU, of which parsing %.1fs wall"
        + " (tagger + dependency parser)%n", figuresOnly.cpuSecs(), eventsOnly.cpuSecs(),
        parseOnly[0] / 1e9);
    // the broader pre-parse test (the regex alone) on one thread: what the word test saves, and
    // whether it loses anything (every article's events must come out the same)
    List<EventStage.ArticleEvents> broad = new ArrayList<>();
    Cost regex = measure(() -> {
      for (Article a : articles) {
        broad.add(EventStage.article(a, mentions.getOrDefault(a.id(), List.of()),
            times.getOrDefault(a.id(), List.of()), types, EventStage.Prefilter.REGEX));
      }
      return null;
    });
    long broadParsed = broad.stream().mapToLong(EventStage.ArticleEvents::parsed).sum();
    int differ = 0;
    int found = 0;
    for (int i = 0; i < articles.size(); i++) {
      found += broad.get(i).events().size();
      if (!broad.get(i).events().equals(reads.get(i).events().events())) {
        differ++;
        out.printf("  differs: %s%n", articles.get(i).source());
      }
    }
    out.printf("events stage with the regex alone (1 thread): %.1fs CPU, parsed %d sentences (%.1f"
        + " %%); with the word test: %d parsed; %d events either way, %d of %d articles differ%n",
        regex.cpuSecs(), broadParsed, 100.0 * broadParsed / sentences, parsed, found, differ,
        articles.size());
    Cost merge = measure(() -> {
      List<List<Event>> perArticle = new ArrayList<>();
      List<FigureMention> figures = new ArrayList<>();
      reads.forEach(r -> {
        perArticle.add(r.events().events());
        figures.addAll(r.figures());
      });
      return EventStage.merge(perArticle).size() + FigureStage.merge(figures, List.of())
          .figures().size();
    });
    out.printf("merge across articles: %.3fs CPU%n", merge.cpuSecs());
    for (int t : passes(threads)) {
      double share = events.get(t).cpu / (double) (events.get(t).cpu + language.get(t).cpu);
      double wallShare = events.get(t).wall / (double) (events.get(t).wall + language.get(t).wall);
      out.printf("%d thread(s): events stage / language layer CPU %.2f; events stage's share of"
          + " language + events: %.1f %% of CPU, %.1f %% of wall; the two together run at %.0f%% of"
          + " the language layer's throughput%n", t, events.get(t).cpu / (double) language.get(t).cpu,
          100 * share, 100 * wallShare, 100.0 * language.get(t).cpu
              / (language.get(t).cpu + events.get(t).cpu));
    }
    out.flush();
  }

  private void report(String stage, int t, long tokens, Cost c) {
    out.printf("%s, %d thread(s): %.1fs wall, %.1fs CPU: %.0f tokens/s of CPU (per core busy),"
        + " %.0f tokens/s of wall (%.0f per thread)%n", stage, t, c.wall() / 1e9, c.cpuSecs(),
        tokens / c.cpuSecs(), tokens * 1e9 / c.wall(), tokens * 1e9 / c.wall() / t);
    out.flush();
  }

  private static int[] passes(int threads) {
    return threads <= 1 ? new int[] {1} : new int[] {1, threads};
  }

  private static List<LanguageLayer.Annotated> annotate(NlpEngine engine, List<Article> articles,
      int threads) {
    try (LanguageLayer layer = new LanguageLayer(engine, threads)) {
      return layer.annotate(articles);
    }
  }

  /** The events stage's per-article half, as a build runs it, on {@code threads} threads. */
  private static List<EventStep.Read> read(List<Article> articles,
      Map<String, List<Mention>> mentions, Map<String, List<TimeExpression>> times,
      Map<String, String> types, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<EventStep.Read>> work = new ArrayList<>();
      for (Article a : articles) {
        work.add(() -> EventStep.STANDARD.read(a, mentions.getOrDefault(a.id(), List.of()),
            times.getOrDefault(a.id(), List.of()), types));
      }
      List<EventStep.Read> out = new ArrayList<>();
      for (Future<EventStep.Read> f : pool.invokeAll(work)) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  private static Cost measure(Callable<?> pass) throws Exception {
    System.gc();
    long c0 = cpu();
    long t0 = System.nanoTime();
    pass.call();
    return new Cost(System.nanoTime() - t0, cpu() - c0);
  }

  /** The process's CPU time so far (all threads, JIT and GC included). */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The true bodies of a text-pages ground truth, dated one fixed day (as {@code bench --nlp}). */
  static List<Article> articles(Path groundTruth) throws IOException {
    JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
    List<Article> out = new ArrayList<>();
    PublicationDate day = new PublicationDate(DateRange.exact(LocalDate.of(2020, 1, 15)),
        DateBasis.INPUT, null, 1);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String body = e.getValue().path("articleBody").asText("");
      if (!body.isBlank()) {
        out.add(new Article(ArticleIds.of(e.getKey(), body), e.getKey(), null, null, body, null,
            null, null, null, null, null, day, "en", null));
      }
    }
    if (out.isEmpty()) {
      throw new IOException(groundTruth + ": no article bodies");
    }
    return out;
  }
}

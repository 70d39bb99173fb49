package dossier.cli;

import dossier.events.EventStage;
import dossier.events.EventState;
import dossier.figures.FigureMention;
import dossier.figures.FigureStage;
import dossier.model.Article;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.TimeExpression;
import dossier.store.ArticleEventMentions;
import dossier.store.DossierStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The events and figures stage of a build, after the language layer. Reads (and parses) only the
 * articles whose {@link EventState} key changed since they were last read, in chunks on all
 * threads; each chunk's event and figure mentions are committed in one transaction with their
 * keys, so a killed build keeps its finished chunks. Then it merges the stored mentions of the
 * whole dossier into events, figures and disputes: the cheap cross-article part, run every build.
 */
final class EventStep {
  private static final int CHUNK = 128;

  private EventStep() {}

  /** One article's reading: its events (merged within it) with their cost, and its figures. */
  record Read(EventStage.ArticleEvents events, List<FigureMention> figures) {}

  /** Reads one article, given its mentions and times (all parts) and the entity types by id. */
  @FunctionalInterface
  interface Reader {
    Read read(Article a, List<Mention> mentions, List<TimeExpression> times,
        Map<String, String> types);
  }

  /** The stage's own reading: events from the dependency parse, figures from the text. */
  static final Reader STANDARD = (a, ms, ts, types) ->
      new Read(EventStage.article(a, ms, ts, types), FigureStage.mentions(a, ms, ts));

  /** What a run did and cost; sentences, parsed, tokens and parse time are of the articles read. */
  record Outcome(int read, int kept, long sentences, long parsed, long tokens, long parseNanos,
      long loadNanos, int events, int figures, long nanos) {}

  /** Runs the stage on {@code store} on all cores; returns a one-line summary. */
  static String run(DossierStore store) {
    Outcome o = runStage(store, STANDARD, Runtime.getRuntime().availableProcessors(), CHUNK);
    return String.format("events: %d events, %d figures; %d articles read, %d unchanged; %s, "
        + "parsed %d of %d sentences, %d tokens, %.0f tokens/s per thread", o.events(),
        o.figures(), o.read(), o.kept(),
        o.loadNanos() > 0 ? String.format("parser load %.1fs", o.loadNanos() / 1e9)
            : "parser not loaded",
        o.parsed(), o.sentences(), o.tokens(),
        o.parseNanos() == 0 ? 0.0 : o.tokens() * 1e9 / o.parseNanos());
  }

  /** The stage with another reader, thread count and chunk size. */
  static Outcome runStage(DossierStore store, Reader reader, int threads, int chunkSize) {
    long t0 = System.nanoTime();
    boolean loaded = EventStage.parserLoaded();
    store.dropStaleEventMentions();
    Map<String, String> states = store.eventStates();
    Map<String, String> types = EventStage.types(store.entities());
    Map<String, List<Mention>> mentions = FigureStage.byArticle(store.mentions());
    Map<String, List<TimeExpression>> times = new HashMap<>();
    store.times().forEach(t -> times.computeIfAbsent(t.articleId(), k -> new ArrayList<>()).add(t));
    Chunks chunks = new Chunks(store, reader, types, threads);
    int[] kept = {0};
    try {
      List<Pending> chunk = new ArrayList<>(chunkSize);
      // the store reads a page at a time and allows writes from inside the loop: memory stays bounded
      store.forEachArticle(a -> {
        List<Mention> ms = mentions.getOrDefault(a.id(), List.of());
        List<TimeExpression> ts = times.getOrDefault(a.id(), List.of());
        String key = EventState.of(a, ms, ts, types);
        if (key.equals(states.get(a.id()))) {
          kept[0]++;
          return;
        }
        chunk.add(new Pending(a, key, ms, ts));
        if (chunk.size() == chunkSize) {
          chunks.flush(chunk);
        }
      });
      chunks.flush(chunk);
    } finally {
      chunks.close();
    }
    // the cross-article half over every stored article's mentions, in the dossier's order
    List<List<Event>> perArticle = new ArrayList<>();
    List<FigureMention> figureMentions = new ArrayList<>();
    for (ArticleEventMentions row : store.eventMentions()) {
      perArticle.add(EventCodec.events(row.events()));
      figureMentions.addAll(EventCodec.figures(row.figures()));
    }
    FigureStage.Result fr = FigureStage.merge(figureMentions, store.duplicates());
    store.replaceFigures(fr.figures());
    store.replaceFigureDetails(fr.details(), fr.disputes());
    List<Event> events = EventStage.merge(perArticle);
    store.replaceEvents(events);
    long load = !loaded ? EventStage.parserLoadNanos() : 0;
    return new Outcome(chunks.read, kept[0], chunks.sentences, chunks.parsed, chunks.tokens,
        chunks.parseNanos, load, events.size(), fr.figures().size(), System.nanoTime() - t0);
  }

  private record Pending(Article article, String key, List<Mention> mentions,
      List<TimeExpression> times) {}

  /** Reads and commits chunks; the thread pool starts only when a first article needs reading. */
  private static final class Chunks implements AutoCloseable {
    private final DossierStore store;
    private final Reader reader;
    private final Map<String, String> types;
    private final int threads;
    private ExecutorService pool;
    int read;
    long sentences;
    long parsed;
    long tokens;
    long parseNanos;

    Chunks(DossierStore store, Reader reader, Map<String, String> types, int threads) {
      this.store = store;
      this.reader = reader;
      this.types = types;
      this.threads = Math.max(1, threads);
    }

    /** Reads and stores {@code chunk}, then empties it. */
    void flush(List<Pending> chunk) {
      if (chunk.isEmpty()) {
        return;
      }
      if (pool == null) {
        pool = Executors.newFixedThreadPool(threads);
      }
      List<Callable<Read>> work = new ArrayList<>();
      for (Pending p : chunk) {
        work.add(() -> reader.read(p.article(), p.mentions(), p.times(), types));
      }
      List<ArticleEventMentions> rows = new ArrayList<>(chunk.size());
      try {
        List<Future<Read>> done = pool.invokeAll(work);
        for (int i = 0; i < chunk.size(); i++) {
          Read r = done.get(i).get();
          EventStage.ArticleEvents e = r.events();
          rows.add(new ArticleEventMentions(chunk.get(i).article().id(), chunk.get(i).key(),
              e.sentences(), e.parsed(), e.tokens(), EventCodec.events(e.events()),
              EventCodec.figures(r.figures())));
          sentences += e.sentences();
          parsed += e.parsed();
          tokens += e.tokens();
          parseNanos += e.parseNanos();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("events stage interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("events stage failed: " + e.getCause(), e.getCause());
      }
      store.commitEventMentions(rows);
      read += rows.size();
      chunk.clear();
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}

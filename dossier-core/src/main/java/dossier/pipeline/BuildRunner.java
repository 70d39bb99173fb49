package dossier.pipeline;

import dossier.extract.LineStats;
import dossier.ingest.BadInputException;
import dossier.ingest.Decoder;
import dossier.ingest.InputFile;
import dossier.ingest.InputKind;
import dossier.ingest.InputReader;
import dossier.ingest.InputScanner;
import dossier.text.TextNormalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Streams input files through reading, decoding and extraction on all cores and hands the
 * outcomes to one writer (the calling thread), in batches. Memory stays bounded: files are listed
 * lazily, at most a few per thread are in flight, and the queue to the writer is bounded.
 *
 * <p>Two passes: the first counts the files and gathers the corpus line statistics that tell site
 * furniture from article text; the second extracts and writes.
 */
public final class BuildRunner {
  private static final int MAX_PROBLEMS_KEPT = 500;
  private static final int LOOKUP_CHUNK = 256;
  private static final Object END = new Object();

  private final BuildOptions options;

  public BuildRunner(BuildOptions options) {
    this.options = options;
  }

  /** Runs a build of {@code inputs} into {@code sink}. */
  public Summary run(List<String> inputs, Sink sink, ProgressListener listener) throws Exception {
    long start = System.nanoTime();
    StageTimes times = new StageTimes();
    Tally tally = new Tally(listener);
    InputScanner scanner = new InputScanner(options.exclude());

    long t0 = System.nanoTime();
    LineStats.Builder stats = LineStats.builder();
    long files;
    try (Stream<InputFile> all = scanner.scan(inputs, e -> tally.problem(new Problem(e.source(), e.problem())))) {
      files = all.peek(f -> addToStats(f, stats)).count();
    }
    LineStats lineStats = stats.build();
    times.add("scan", System.nanoTime() - t0);
    listener.total(files);

    Map<InputKind, InputHandler> handlers = FileReader.handlers(options, lineStats, times);

    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(Math.max(8, options.threads() * 4));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "dossier-worker");
      t.setDaemon(true);
      return t;
    });
    Thread producer = new Thread(() -> produce(inputs, scanner, sink, handlers, pool, queue, tally, failure),
        "dossier-scan");
    producer.setDaemon(true);
    producer.start();
    try {
      write(queue, sink, tally, times);
    } finally {
      pool.shutdownNow();
      producer.interrupt();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("build failed: " + failure.get(), failure.get());
    }
    return tally.summary(files, times, Duration.ofNanos(System.nanoTime() - start));
  }

  private void addToStats(InputFile f, LineStats.Builder stats) {
    if (f.kind() != InputKind.TEXT || f.size() > options.maxPageBytes()) {
      return;
    }
    try {
      byte[] bytes = InputReader.readPage(f, options.maxPageBytes());
      stats.add(TextNormalizer.clean(Decoder.decode(bytes, f.source()).text()));
    } catch (BadInputException e) {
      // reported when the file is read for extraction
    }
  }

  private void produce(List<String> inputs, InputScanner scanner, Sink sink, Map<InputKind, InputHandler> handlers,
      ExecutorService pool, BlockingQueue<Object> queue, Tally tally, AtomicReference<Throwable> failure) {
    Semaphore inFlight = new Semaphore(options.threads() * 2);
    try (Stream<InputFile> all = scanner.scan(inputs, e -> { })) {
      List<InputFile> chunk = new ArrayList<>(LOOKUP_CHUNK);
      for (java.util.Iterator<InputFile> it = all.iterator(); it.hasNext(); ) {
        chunk.add(it.next());
        if (chunk.size() < LOOKUP_CHUNK && it.hasNext()) {
          continue;
        }
        long[] from = sink.resumeFrom(chunk);
        for (int i = 0; i < chunk.size(); i++) {
          InputFile f = chunk.get(i);
          long skip = from[i];
          if (skip == Sink.UNCHANGED) {
            tally.unchanged.incrementAndGet();
            continue;
          }
          inFlight.acquire();
          pool.execute(() -> {
            try {
              readOne(f, skip, handlers, queue);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
            } finally {
              inFlight.release();
            }
          });
        }
        chunk.clear();
      }
      inFlight.acquire(options.threads() * 2); // all tasks done
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) {
      failure.compareAndSet(null, e);
    } finally {
      try {
        queue.put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Reads one file, putting its outcomes (one, or one per chunk of records) on the queue. */
  private void readOne(InputFile f, long from, Map<InputKind, InputHandler> handlers, BlockingQueue<Object> queue)
      throws InterruptedException {
    InputHandler handler = handlers.get(f.kind());
    if (handler == null) {
      queue.put(FileOutcome.skipped(f,
          "not an input type Dossier reads (.txt, .json, .jsonl, .html, .warc, and .gz of them)"));
      return;
    }
    ChunkingEmitter out = new ChunkingEmitter(f, from, options.chunkRecords(), queue);
    try {
      handler.read(f, from, out);
      out.finish();
    } catch (BadInputException e) {
      out.fail(e.problem());
    }
  }

  /** The writer: batches outcomes into transactions of about {@code batchArticles} articles. */
  private void write(BlockingQueue<Object> queue, Sink sink, Tally tally, StageTimes times) throws Exception {
    List<FileOutcome> batch = new ArrayList<>();
    int articles = 0;
    long lastFlush = System.nanoTime();
    while (true) {
      Object o = queue.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS);
      boolean end = o == END;
      if (o instanceof FileOutcome fo) {
        batch.add(fo);
        articles += fo.articles().size();
      }
      boolean due = System.nanoTime() - lastFlush > 2_000_000_000L;
      if (!batch.isEmpty() && (end || articles >= options.batchArticles() || batch.size() >= 1000 || due)) {
        long t0 = System.nanoTime();
        sink.write(batch);
        times.add("store", System.nanoTime() - t0);
        batch.forEach(tally::record);
        batch = new ArrayList<>();
        articles = 0;
        lastFlush = System.nanoTime();
      }
      if (end) {
        return;
      }
    }
  }

  /** Counts kept by the writer thread (and the scanner, for unchanged files). */
  private static final class Tally {
    final ProgressListener listener;
    final AtomicLong unchanged = new AtomicLong();
    long read;
    long failed;
    long done;
    long articles;
    final Map<String, Long> skipped = new TreeMap<>();
    final List<String> problems = new ArrayList<>();

    Tally(ProgressListener listener) {
      this.listener = listener;
    }

    synchronized void problem(Problem p) {
      skipped.merge(p.reason(), 1L, Long::sum);
      if (problems.size() < MAX_PROBLEMS_KEPT) {
        problems.add(p.message());
      }
      listener.problem(p.message());
    }

    synchronized void record(FileOutcome o) {
      articles += o.articles().size();
      o.problems().forEach(this::problem);
      if (o.status() == FileOutcome.Status.SKIPPED || o.status() == FileOutcome.Status.ERROR) {
        problem(new Problem(o.file().source(), o.reason()));
        failed++;
      } else if (o.status() == FileOutcome.Status.DONE && o.articles().isEmpty()
          && o.progress() == o.problems().size()) {
        failed++; // a file all of whose records were bad, e.g. a page with no article text
      }
      if (o.status() != FileOutcome.Status.PARTIAL) {
        read++;
        done++;
      }
      listener.advanced(done + unchanged.get(), articles);
    }

    synchronized Summary summary(long files, StageTimes times, Duration elapsed) {
      return new Summary(files, read, failed, unchanged.get(), articles, Map.copyOf(skipped), List.copyOf(problems),
          times.millis(), elapsed);
    }
  }
}

package dossier.cli;

import dossier.html.HtmlExtractor;
import dossier.html.PageDecoder;
import dossier.model.Article;
import dossier.warc.WarcArticles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@code dossier bench --html}: HTML extraction throughput on real pages (a folder of
 * {@code .html}/{@code .html.gz} files), and WARC throughput with the peak heap, on a given WARC or
 * on one written from the folder's pages, repeated until it reaches a size.
 */
final class HtmlBench {
  private static final long MAX_PAGE = 8L << 20;
  private final PrintWriter out;
  private final HtmlExtractor ex = new HtmlExtractor();

  HtmlBench(PrintWriter out) {
    this.out = out;
  }

  /**
   * Runs the bench on {@code input}: a folder of pages, or a WARC file.
   *
   * @param warcSize with a folder, also write a WARC.gz of at least this many bytes and read it; 0 for none
   */
  void run(Path input, long warcSize, int threads) throws Exception {
    if (!Files.exists(input)) {
      throw new IOException(input + ": no such file or folder");
    }
    if (Files.isRegularFile(input)) {
      warc(input);
      return;
    }
    List<byte[]> pages = pages(input);
    if (pages.isEmpty()) {
      throw new IOException(input + ": no .html or .html.gz pages in this folder");
    }
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    out.printf("html: %d pages, %.1f MB, %.0f KB a page%n", pages.size(), bytes / 1048576.0,
        bytes / 1024.0 / pages.size());
    int rounds = Math.max(1, 3000 / pages.size());
    for (int i = 0; i < 3000; i++) {
      extract(pages.get(i % pages.size())); // JIT warm-up
    }
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      pages.forEach(this::extract);
    }
    double one = rounds * pages.size() / BenchCommand.secs(t0);
    out.printf("html, 1 thread: %.0f pages/s per core (%.1f MB/s)%n", one, one * bytes / pages.size() / 1048576.0);
    double all = parallel(pages, rounds, threads);
    out.printf("html, %d threads: %.0f pages/s (%.0f per core)%n", threads, all, all / threads);
    if (warcSize > 0) {
      Path file = Files.createTempFile("dossier-bench", ".warc.gz");
      try {
        write(pages, file, warcSize);
        warc(file);
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  private double parallel(List<byte[]> pages, int rounds, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    int total = rounds * pages.size();
    long t0 = System.nanoTime();
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        fs.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < total; ) {
            extract(pages.get(i % pages.size()));
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return total / BenchCommand.secs(t0);
  }

  private void extract(byte[] page) {
    ex.extract("bench", "https://news.example/article", PageDecoder.decode(page, null), null);
  }

  /** Reads the WARC record by record on one thread (a WARC is read in order) with the peak heap. */
  private void warc(Path file) throws IOException {
    HeapMeter.reset();
    AtomicLong chars = new AtomicLong();
    long t0 = System.nanoTime();
    WarcArticles.Counts c;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      c = new WarcArticles(ex, MAX_PAGE).read(in, file.toString(), 0, new WarcArticles.Handler() {
        @Override
        public void article(long index, Article a) {
          chars.addAndGet(a.text().length());
        }
      });
    }
    double s = BenchCommand.secs(t0);
    out.printf("warc: %s, %.0f MB, %d records, %d articles (%d body chars), skipped %s%n", file.getFileName(),
        Files.size(file) / 1048576.0, c.records(), c.articles(), chars.get(), c.skipped());
    out.printf("warc, 1 thread: %.1fs, %.0f pages/s per core, %.1f MB/s of WARC; peak heap %d MB of max %d MB%n",
        s, c.articles() / s, Files.size(file) / 1048576.0 / s, HeapMeter.peakMb(), Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Writes the pages as HTTP response records, over and over, until the file holds {@code size} bytes. */
  private void write(List<byte[]> pages, Path file, long size) throws IOException {
    long t0 = System.nanoTime();
    long n = 0;
    Instant date = Instant.parse("2024-05-01T12:00:00Z");
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
         WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      while (w.position() < size) {
        byte[] page = pages.get((int) (n % pages.size()));
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), page).build();
        w.write(new WarcResponse.Builder("https://news.example/" + n + "/article").date(date.plusSeconds(n))
            .body(http).build());
        n++;
      }
    }
    out.printf("warc written: %d responses, %.0f MB in %.1fs%n", n, Files.size(file) / 1048576.0, BenchCommand.secs(t0));
  }

  private static List<byte[]> pages(Path dir) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html.gz") || name.endsWith(".htm.gz")) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            out.add(in.readAllBytes());
          }
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
          out.add(Files.readAllBytes(p));
        }
      }
    }
    return out;
  }
}

package dossier.nlp.eval;

import dossier.model.DateRange;
import dossier.model.TimeExpression;
import dossier.nlp.NlpDoc;
import dossier.nlp.NlpEngine;
import dossier.nlp.TimeNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Scores time expressions against TimeML files as TempEval-3 does: strict extent F1 (same span),
 * relaxed extent F1 (overlapping spans, each matched once) and value F1 (relaxed F1 times the
 * share of matched expressions whose value is right), each file resolved against its creation time.
 */
public final class TimeMlEval {
  private TimeMlEval() {}

  /** The scores over every {@code .tml} file under {@code dir}, annotated on {@code threads} threads. */
  public static Report run(Path dir, NlpEngine engine, int threads) throws IOException {
    return run(dir, engine, threads, null);
  }

  /**
   * As {@link #run(Path, NlpEngine, int)}, keeping each file's annotation in {@code cache} (null:
   * none) so a later run measures rule changes without the tagger.
   */
  public static Report run(Path dir, NlpEngine engine, int threads, Path cache) throws IOException {
    DocCache docs = cache == null ? null : new DocCache(cache);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(dir + ": no .tml files");
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<FileScore>> futures = new ArrayList<>();
    for (Path f : files) {
      futures.add(pool.submit(() -> score(TimeMlFile.read(f), engine, docs)));
    }
    List<FileScore> scores = new ArrayList<>();
    try {
      for (Future<FileScore> f : futures) {
        scores.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new UncheckedIOException(new IOException(e.getCause()));
    } finally {
      pool.shutdown();
    }
    return new Report(scores);
  }

  static FileScore score(TimeMlFile f, NlpEngine engine, DocCache docs) {
    NlpDoc doc = docs == null ? engine.annotate(f.text()) : docs.annotate(f, engine);
    List<TimeExpression> found = TimeNormalizer.normalize(f.name(), doc, DateRange.exact(f.dct()));
    return FileScore.of(f, found);
  }

  /** Counts of one file. */
  public record FileScore(String file, int gold, int system, int strict, int relaxed, int value,
      List<String> errors, List<String> right) {
    static FileScore of(TimeMlFile f, List<TimeExpression> found) {
      int strict = 0;
      int relaxed = 0;
      int value = 0;
      boolean[] used = new boolean[found.size()];
      List<String> errors = new ArrayList<>();
      List<String> right = new ArrayList<>();
      for (TimeMlFile.Gold g : f.gold()) {
        int best = -1;
        for (int i = 0; i < found.size(); i++) {
          TimeExpression t = found.get(i);
          if (!used[i] && t.start() < g.end() && g.start() < t.end()) {
            best = best < 0 || t.start() == g.start() && t.end() == g.end() ? i : best;
          }
        }
        String goldText = f.text().substring(g.start(), g.end());
        if (best < 0) {
          errors.add("missed  " + ErrorClass.of(goldText, g.value()) + "  " + goldText + " = " + g.value());
          continue;
        }
        used[best] = true;
        TimeExpression t = found.get(best);
        relaxed++;
        strict += t.start() == g.start() && t.end() == g.end() ? 1 : 0;
        if (g.value() != null && g.value().equals(t.value())) {
          value++;
          right.add("right   " + ErrorClass.of(goldText, g.value()) + "  " + goldText + " = " + g.value()
              + ", found '" + t.text() + "'");
        } else {
          errors.add("value   " + ErrorClass.of(goldText, g.value()) + "  " + goldText + " = " + g.value()
              + ", found '" + t.text() + "' = " + t.value());
        }
      }
      for (int i = 0; i < found.size(); i++) {
        if (!used[i]) {
          errors.add("extra   " + ErrorClass.of(found.get(i).text(), found.get(i).value()) + "  "
              + found.get(i).text() + " = " + found.get(i).value());
        }
      }
      return new FileScore(f.name(), f.gold().size(), found.size(), strict, relaxed, value, errors, right);
    }
  }

  /** Scores over all files. */
  public record Report(List<FileScore> files) {
    private int sum(java.util.function.ToIntFunction<FileScore> f) {
      return files.stream().mapToInt(f).sum();
    }

    private double f1(int matched) {
      double p = matched / (double) Math.max(1, sum(FileScore::system));
      double r = matched / (double) Math.max(1, sum(FileScore::gold));
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
      return sum(FileScore::gold);
    }

    public int system() {
      return sum(FileScore::system);
    }

    public double strictF1() {
      return f1(sum(FileScore::strict));
    }

    public double relaxedF1() {
      return f1(sum(FileScore::relaxed));
    }

    /** Relaxed F1 times the share of relaxed matches whose value is right. */
    public double valueF1() {
      int relaxed = sum(FileScore::relaxed);
      return relaxedF1() * (relaxed == 0 ? 0 : sum(FileScore::value) / (double) relaxed);
    }
  }
}

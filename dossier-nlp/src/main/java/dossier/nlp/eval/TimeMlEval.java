package dossier.nlp.eval;

import dossier.model.Article;
import dossier.model.Part;
import dossier.model.TimeExpression;
import dossier.nlp.LanguageLayer;
import dossier.nlp.NlpEngine;
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
   * The scores over {@code input}: a folder of {@code .tml} files (searched recursively) or a JSON
   * lines file of records ({@link TimeRecords}). Each document goes through the build's path: a JSON
   * record with its publication day, read by the build's reader, annotated by the language layer.
   * {@code cache} (null: none) keeps each document's annotation so a later run measures rule
   * changes without the tagger.
   */
  public static Report run(Path input, NlpEngine engine, int threads, Path cache) throws IOException {
    List<TimeMlFile> docs = load(input);
    List<Article> articles = TimeRecords.articles(docs);
    DocCache cached = cache == null ? null : new DocCache(cache);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<FileScore>> futures = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      TimeMlFile f = docs.get(i);
      Article a = articles.get(i);
      NlpEngine e = cached == null ? engine : cached.around(engine, f.name(), f.dct());
      futures.add(pool.submit(() -> score(f, a, e)));
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

  /** The documents of {@code input}: a JSON lines file, or every {@code .tml} file under a folder. */
  static List<TimeMlFile> load(Path input) throws IOException {
    if (Files.isRegularFile(input) && !input.toString().endsWith(".tml")) {
      return TimeRecords.read(input);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(input)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(input + ": no .tml files");
    }
    List<TimeMlFile> out = new ArrayList<>(files.size());
    for (Path f : files) {
      out.add(TimeMlFile.read(f));
    }
    return out;
  }

  /** Writes the documents of {@code input} (a folder of .tml files) as JSON lines; returns their number. */
  public static int writeJsonl(Path input, Path out) throws IOException {
    List<TimeMlFile> docs = load(input);
    TimeRecords.write(docs, out);
    return docs.size();
  }

  /** Scores one document, annotated as a build annotates article {@code a} made of it. */
  static FileScore score(TimeMlFile f, Article a, NlpEngine engine) throws IOException {
    LanguageLayer.Annotated r = LanguageLayer.annotate(engine, a);
    if (r.problem() != null) {
      throw new IOException(f.name() + ": " + r.problem());
    }
    TextAlignment back = TextAlignment.of(f.text(), a.text());
    List<TimeExpression> found = new ArrayList<>();
    for (TimeExpression t : r.times()) {
      if (Part.TEXT.equals(t.part())) {
        int s = back.start(t.start());
        int e = back.end(t.end());
        found.add(new TimeExpression(t.articleId(), s, e, f.text().substring(s, e), t.timexType(), t.value(),
            t.range()));
      }
    }
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
          errors.add("missed  " + ErrorClass.of(goldText, g.value()) + "  " + goldText + " = " + g.value()
              + "  @" + g.start());
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
              + ", found '" + t.text() + "' = " + t.value() + "  @" + g.start());
        }
      }
      for (int i = 0; i < found.size(); i++) {
        if (!used[i]) {
          errors.add("extra   " + ErrorClass.of(found.get(i).text(), found.get(i).value()) + "  "
              + found.get(i).text() + " = " + found.get(i).value() + "  @" + found.get(i).start());
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

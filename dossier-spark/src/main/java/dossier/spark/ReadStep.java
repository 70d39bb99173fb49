package dossier.spark;

import dossier.extract.LineStats;
import dossier.ingest.BadInputException;
import dossier.ingest.Decoder;
import dossier.ingest.FieldMap;
import dossier.ingest.InputFile;
import dossier.ingest.InputKind;
import dossier.ingest.InputReader;
import dossier.model.Article;
import dossier.pipeline.BuildOptions;
import dossier.pipeline.FileOutcome;
import dossier.pipeline.FileReader;
import dossier.pipeline.Problem;
import dossier.store.FileRecord;
import dossier.text.TextNormalizer;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Reading, as {@code dossier build} reads: a first pass counts the lines of every text page (site
 * furniture recurs across pages), summed by line over the cluster; the counts go to every task,
 * which reads its files with the build's own handlers ({@link FileReader}).
 */
final class ReadStep {
  private ReadStep() {}

  /** What one file gave: its row of the {@code files} table, its articles, its problems. */
  record Read(FileRecord file, List<Article> articles, List<String> problems) implements Serializable {}

  /**
   * The corpus line statistics. Only lines on more than three pages can ever count as furniture
   * ({@code LineStats.isRecurring}), so only those reach the driver: its memory is bounded by the
   * recurring lines, not the corpus. Copies of one story count once, as in a build.
   */
  static LineStats lineStats(JavaRDD<Inputs.FileRef> files, Conf conf, long maxPage) {
    JavaRDD<LineStats.PageLines> pages = files
        .filter(f -> InputKind.of(f.uri()) == InputKind.TEXT && f.size() <= maxPage)
        .mapPartitions(it -> pageLines(it, conf, maxPage));
    pages.cache();
    long n = pages.count();
    List<Tuple2<Long, int[]>> recurring = pages
        .flatMapToPair(p -> {
          List<Tuple2<Tuple2<Long, Integer>, Integer>> out = new ArrayList<>(p.hashes().length);
          for (long h : p.hashes()) {
            out.add(new Tuple2<>(new Tuple2<>(h, p.fingerprint()), 1));
          }
          return out.iterator();
        })
        .reduceByKey(Integer::sum)
        // a line's pages, less the repeats of one story's fingerprint
        .mapToPair(t -> new Tuple2<>(t._1()._1(),
            new int[] {t._2(), t._1()._2() != 0 ? t._2() - 1 : 0}))
        .reduceByKey((a, b) -> new int[] {a[0] + b[0], a[1] + b[1]})
        .filter(t -> t._2()[0] - t._2()[1] > 3)
        .collect();
    pages.unpersist();
    LineStats.Builder b = LineStats.builder().pages((int) n);
    for (Tuple2<Long, int[]> t : recurring) {
      b.addCounts(t._1(), t._2()[0], t._2()[1]);
    }
    return b.build();
  }

  private static Iterator<LineStats.PageLines> pageLines(Iterator<Inputs.FileRef> it, Conf conf, long maxPage)
      throws IOException {
    List<LineStats.PageLines> out = new ArrayList<>();
    Path tmp = Files.createTempDirectory("dossier-lines");
    try {
      while (it.hasNext()) {
        InputFile f = Inputs.local(it.next(), conf.get(), tmp);
        try {
          byte[] bytes = InputReader.readPage(f, maxPage);
          out.add(LineStats.lines(TextNormalizer.clean(Decoder.decode(bytes, f.source()).text())));
        } catch (BadInputException e) {
          // told when the file is read for extraction, as in a build
        }
      }
    } finally {
      Scratch.delete(tmp);
    }
    return out.iterator();
  }

  /** Reads every file with the build's handlers; one {@link Read} per file. */
  static JavaRDD<Read> read(JavaRDD<Inputs.FileRef> files, Conf conf, Broadcast<LineStats> stats,
      long maxPage, List<String> fields) {
    return files.mapPartitions(it -> {
      // options are made in the task: they hold paths, which do not serialize
      BuildOptions options = BuildOptions.defaults().withMaxPageBytes(maxPage)
          .withFields(FieldMap.parse(fields));
      FileReader reader = new FileReader(options, stats.value());
      List<Read> out = new ArrayList<>();
      Path tmp = Files.createTempDirectory("dossier-read");
      try {
        while (it.hasNext()) {
          Inputs.FileRef ref = it.next();
          out.add(read(reader, Inputs.local(ref, conf.get(), tmp)));
        }
      } finally {
        Scratch.delete(tmp);
      }
      return out.iterator();
    });
  }

  private static Read read(FileReader reader, InputFile f) {
    FileOutcome o = reader.read(f);
    List<String> problems = new ArrayList<>();
    o.problems().stream().map(Problem::message).forEach(problems::add);
    if (o.reason() != null) {
      problems.add(new Problem(f.source(), o.reason()).message());
    }
    FileRecord row = new FileRecord(f.source(), f.size(), f.mtime(), o.sha256(), o.status().label(),
        o.reason(), o.progress(), o.articles().size());
    return new Read(row, o.articles(), problems);
  }
}

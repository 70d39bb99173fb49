package dossier.spark.stories;

import dossier.ingest.InputFile;
import dossier.model.Article;
import dossier.pipeline.BuildOptions;
import dossier.pipeline.BuildRunner;
import dossier.pipeline.FileOutcome;
import dossier.pipeline.ProgressListener;
import dossier.pipeline.Sink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The articles of a folder, read and extracted as {@code dossier build} reads them. */
final class SampleCorpus {
  private SampleCorpus() {}

  static List<Article> read(Path dir) throws Exception {
    List<Article> out = new ArrayList<>();
    Sink sink = new Sink() {
      @Override
      public void write(List<FileOutcome> batch) {
        batch.forEach(o -> out.addAll(o.articles()));
      }

      @Override
      public long[] resumeFrom(List<InputFile> files) {
        return new long[files.size()];
      }
    };
    new BuildRunner(BuildOptions.defaults().withThreads(1)).run(List.of(dir.toString()), sink,
        ProgressListener.silent());
    out.sort(Comparator.comparing(Article::id));
    return out;
  }
}

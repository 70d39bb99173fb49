package dossier.cli;

import dossier.ingest.InputFile;
import dossier.model.Article;
import dossier.pipeline.FileOutcome;
import dossier.pipeline.Sink;
import dossier.store.Batch;
import dossier.store.DossierStore;
import dossier.store.FileRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes build outcomes to the store, one transaction per batch, and tells the runner which files
 * an earlier run already stored (same size and modification time), so a rerun resumes. The runner
 * asks from its scanning thread while the writer commits, hence the lock on the store.
 */
final class StoreSink implements Sink {
  private final DossierStore store;

  StoreSink(DossierStore store) {
    this.store = store;
  }

  @Override
  public void write(List<FileOutcome> batch) throws Exception {
    List<FileRecord> files = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    for (FileOutcome o : batch) {
      InputFile f = o.file();
      int count = o.articles().size();
      files.add(new FileRecord(f.source(), f.size(), f.mtime(), o.sha256(), o.status().label(),
          o.reason(), o.progress(), count));
      articles.addAll(o.articles());
    }
    synchronized (store) { // one DuckDB connection: lookups and commits must not interleave
      store.commit(new Batch(files, articles));
    }
  }

  @Override
  public long[] resumeFrom(List<InputFile> batch) throws Exception {
    Map<String, FileRecord> known;
    synchronized (store) {
      known = store.files(batch.stream().map(InputFile::source).toList());
    }
    long[] out = new long[batch.size()];
    for (int i = 0; i < out.length; i++) {
      InputFile f = batch.get(i);
      FileRecord k = known.get(f.source());
      if (k == null || k.size() != f.size() || k.mtime() != f.mtime()) {
        out[i] = 0; // new or changed: read it (again) from the start
      } else {
        out[i] = k.finished() ? UNCHANGED : k.progress();
      }
    }
    return out;
  }
}

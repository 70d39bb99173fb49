package dossier.pipeline;

import dossier.ingest.FieldMap;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of a build run.
 *
 * @param threads worker threads (all cores by default)
 * @param maxPageBytes a page larger than this is skipped, not read
 * @param batchArticles articles per store transaction
 * @param chunkRecords records of a JSON-lines file per outcome: the resume granularity
 * @param exclude folders never read as input (the output folder)
 */
public record BuildOptions(
    int threads, long maxPageBytes, int batchArticles, int chunkRecords, FieldMap fields, List<Path> exclude) {

  /** Defaults: all cores, 10 MB pages, 500 articles per transaction, 200 records per chunk. */
  public static BuildOptions defaults() {
    return new BuildOptions(Runtime.getRuntime().availableProcessors(), 10L << 20, 500, 200,
        FieldMap.defaults(), List.of());
  }

  public BuildOptions withThreads(int n) {
    return new BuildOptions(Math.max(1, n), maxPageBytes, batchArticles, chunkRecords, fields, exclude);
  }

  public BuildOptions withMaxPageBytes(long n) {
    return new BuildOptions(threads, n, batchArticles, chunkRecords, fields, exclude);
  }

  public BuildOptions withFields(FieldMap f) {
    return new BuildOptions(threads, maxPageBytes, batchArticles, chunkRecords, f, exclude);
  }

  public BuildOptions withExclude(List<Path> paths) {
    return new BuildOptions(threads, maxPageBytes, batchArticles, chunkRecords, fields, List.copyOf(paths));
  }

  public BuildOptions withBatch(int articles, int records) {
    return new BuildOptions(threads, maxPageBytes, articles, records, fields, exclude);
  }
}

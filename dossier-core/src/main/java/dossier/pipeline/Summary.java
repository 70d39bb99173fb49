package dossier.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The result of a build run.
 *
 * @param filesSeen input files found
 * @param filesRead files read in this run (not counting unchanged ones)
 * @param filesFailed files read in this run that gave no article (skipped or unreadable)
 * @param filesUnchanged files passed over because a previous run already stored them
 * @param articlesWritten articles stored in this run
 * @param skipped reason to count, for files and records that gave no article
 * @param problems one line per bad file or record, naming it and the problem (the first few hundred)
 * @param stageMillis time per stage, summed over threads
 */
public record Summary(
    long filesSeen,
    long filesRead,
    long filesFailed,
    long filesUnchanged,
    long articlesWritten,
    Map<String, Long> skipped,
    List<String> problems,
    Map<String, Long> stageMillis,
    Duration elapsed) {

  /** Whether nothing at all could be read: no input found, or every file read failed. */
  public boolean nothingRead() {
    return filesSeen == 0 || (filesUnchanged == 0 && filesRead == filesFailed);
  }

  /** Files and records that gave no article. */
  public long skippedCount() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}

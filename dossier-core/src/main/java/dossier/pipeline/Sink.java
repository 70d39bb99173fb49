package dossier.pipeline;

import java.util.List;

/** Where outcomes go: a store that writes each batch in one transaction. */
public interface Sink {
  /** Writes a batch of outcomes atomically: all of it or none. */
  void write(List<FileOutcome> batch) throws Exception;

  /**
   * How far a previous run got with each of {@code files}: {@link #UNCHANGED} to pass it over, 0 to
   * read it from the start, or the number of records already stored. Asked for a few hundred files
   * at a time, so a store answers with one query rather than one per file.
   */
  long[] resumeFrom(java.util.List<dossier.ingest.InputFile> files) throws Exception;

  /** Returned by {@link #resumeFrom} for a file stored whole and not changed since. */
  long UNCHANGED = -1;
}

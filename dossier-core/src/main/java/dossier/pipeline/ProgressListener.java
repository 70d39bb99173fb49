package dossier.pipeline;

/** Told how a run goes; called from the writing thread only. */
public interface ProgressListener {
  /** The number of input files, once known. */
  default void total(long files) {}

  /** One more file finished (read, skipped or failed); {@code articles} written so far. */
  default void advanced(long filesDone, long articles) {}

  /** A file or record could not be read: one line naming it and the problem. */
  default void problem(String message) {}

  /** A listener that says nothing. */
  static ProgressListener silent() {
    return new ProgressListener() {};
  }
}

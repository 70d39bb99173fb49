package dossier.store;

/**
 * What a build did with one input file, kept so a later build can skip or resume it.
 *
 * @param source the input path as given
 * @param size the file's size in bytes when it was read
 * @param mtime its modification time in epoch milliseconds when it was read
 * @param sha256 its content hash (hex), or null when not computed
 * @param status "done", "skipped", "error" or "partial"
 * @param reason why it was skipped or failed, else null
 * @param progress for a "partial" JSON-lines file, how many records are committed
 * @param articles how many articles it gave so far
 */
public record FileRecord(
    String source, long size, long mtime, String sha256, String status, String reason,
    long progress, int articles) implements java.io.Serializable {
  public static final String DONE = "done";
  public static final String SKIPPED = "skipped";
  public static final String ERROR = "error";
  public static final String PARTIAL = "partial";

  public FileRecord {
    if (source == null || source.isEmpty()) {
      throw new IllegalArgumentException("file record without a source");
    }
    if (!DONE.equals(status) && !SKIPPED.equals(status) && !ERROR.equals(status)
        && !PARTIAL.equals(status)) {
      throw new IllegalArgumentException("bad status " + status + " for " + source);
    }
  }

  /** Whether this record describes the same file: same size and mtime, or the same hash. */
  public boolean sameFile(long size, long mtime, String sha256) {
    return (this.size == size && this.mtime == mtime)
        || (this.sha256 != null && this.sha256.equals(sha256));
  }

  /** Whether a build that finds the same file again has nothing left to do with it. */
  public boolean finished() {
    return !PARTIAL.equals(status);
  }

  /** Whether this record and {@code other} describe the same file contents. */
  boolean sameFile(FileRecord other) {
    return sameFile(other.size, other.mtime, other.sha256);
  }
}

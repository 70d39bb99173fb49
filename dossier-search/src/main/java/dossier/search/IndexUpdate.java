package dossier.search;

/**
 * What one {@link SearchIndexer#update} did: documents added, re-indexed because something they
 * show changed, deleted because their record is gone, and left as they were.
 */
public record IndexUpdate(long added, long updated, long deleted, long unchanged, long millis) {
  /** One line for the build's output. */
  public String summary() {
    return String.format("search index: %d added, %d updated, %d deleted, %d unchanged", added, updated,
        deleted, unchanged);
  }
}

package dossier.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The search index of one dossier, kept in {@code DIR/index} beside {@code dossier.duckdb}.
 * Readers see the last committed state and pick up newer commits of a concurrent build.
 * Thread-safe for searching.
 */
public final class SearchIndex implements Closeable {
  private SearchIndex() {}

  /**
   * Opens the index of the dossier in {@code dossierDir} for searching.
   *
   * @throws IOException when the dossier has no index yet (the message says to run a build)
   */
  public static SearchIndex open(Path dossierDir) throws IOException {
    throw new IOException("search is not built yet: " + dossierDir);
  }

  /**
   * Runs {@code request}.
   *
   * @throws QueryException on a malformed or oversized query or a page out of range
   */
  public SearchResult search(SearchRequest request) {
    throw new UnsupportedOperationException("search is not built yet");
  }

  @Override
  public void close() throws IOException {}
}

package dossier.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index of one dossier, kept in {@code DIR/index} beside {@code dossier.duckdb}.
 * Readers see the last committed state and pick up newer commits of a concurrent build.
 * Thread-safe for searching.
 */
public final class SearchIndex implements Closeable {
  /** How often a search checks for a newer commit (checking reads the folder). */
  private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Directory dir;
  private final SearcherManager manager;
  private final Analyzer gramQueries = Analyzers.query();
  private final Analyzer plain = Analyzers.plain();
  private volatile long checked = System.nanoTime();

  private SearchIndex(Directory dir) throws IOException {
    this.dir = dir;
    this.manager = new SearcherManager(dir, new DossierSearcher.Factory());
  }

  /**
   * Opens the index of the dossier in {@code dossierDir} for searching.
   *
   * @throws IOException when the dossier has no index yet (the message says to run a build)
   */
  public static SearchIndex open(Path dossierDir) throws IOException {
    Path p = SearchIndexer.indexDir(dossierDir);
    if (!Files.isDirectory(p)) {
      throw new IOException(dossierDir + " has no search index yet: run `dossier build` on it again "
          + "(INPUT... --out DIR: every build, even one with nothing new to read, writes DIR/index)");
    }
    Directory d = FSDirectory.open(p);
    try {
      if (!DirectoryReader.indexExists(d)) {
        throw new IOException(dossierDir + " has no search index yet: run `dossier build` on it again "
            + "(INPUT... --out DIR: every build, even one with nothing new to read, writes DIR/index)");
      }
      return new SearchIndex(d);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /**
   * Runs {@code request}.
   *
   * @throws QueryException on a malformed or oversized query or a page out of range
   */
  public SearchResult search(SearchRequest request) {
    refreshNowAndThen();
    IndexSearcher s;
    try {
      s = manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      DossierSearcher d = (DossierSearcher) s;
      return new SearchRun(d, d.grams ? gramQueries : plain, plain, request).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new QueryException("the query expands to too many terms; make it more specific");
    } finally {
      try {
        manager.release(s);
      } catch (IOException e) {
        // released searchers close their reader only when replaced; nothing to do here
      }
    }
  }

  /** Picks up a build's newer commit at most once a second; one thread refreshes, others go on. */
  private void refreshNowAndThen() {
    long now = System.nanoTime();
    if (now - checked < REFRESH_NANOS) {
      return;
    }
    checked = now;
    try {
      manager.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the newer index commit: " + e.getMessage(), e);
    }
  }

  /** Kinds of record a request may ask for. */
  static final Set<String> KINDS = Set.of("article", "event", "entity");

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      dir.close();
    }
  }

  static List<String> kinds(SearchRequest r) {
    List<String> k = r.kinds().isEmpty() ? List.of("article") : r.kinds();
    for (String x : k) {
      if (x == null || !KINDS.contains(x)) {
        throw new QueryException("unknown kind '" + x + "': use article, event or entity");
      }
    }
    return k;
  }
}

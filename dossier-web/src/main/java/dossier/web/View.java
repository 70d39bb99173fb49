package dossier.web;

import dossier.dedup.Syndication;
import dossier.model.DuplicateGroup;
import dossier.store.ApiReader;
import dossier.store.DossierStore;
import dossier.timeline.TimelineEntry;
import dossier.store.TimelineRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One open snapshot: a read-only store, a small pool of reader connections for request threads,
 * and what is computed over the whole snapshot once (timeline, syndication), which never goes stale
 * because a snapshot never changes. Reference-counted so a swap never closes it under a request.
 */
final class View {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(View.class.getName());
  private final String name;
  private final DossierStore base;
  private final BlockingQueue<DossierStore> idle;
  /** One reference for the holder, one per request in flight; closed when it reaches 0. */
  private final AtomicInteger refs = new AtomicInteger(1);
  private volatile List<TimelineEntry> timeline;
  private volatile List<Syndication.Row> syndication;
  private final java.util.Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();
  /** Guards the timeline's computation alone, so it never holds up requests that need the base. */
  private final Object timelineLock = new Object();

  View(String name, Path snapshotDir, int readers) throws IOException {
    this.name = name;
    this.base = DossierStore.openReadOnly(snapshotDir);
    this.idle = new ArrayBlockingQueue<>(Math.max(1, readers));
  }

  String name() {
    return name;
  }

  /** Takes a reference unless the view is closed already. */
  boolean retain() {
    while (true) {
      int n = refs.get();
      if (n == 0) {
        return false;
      }
      if (refs.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  void release() {
    if (refs.decrementAndGet() == 0) {
      DossierStore s;
      while ((s = idle.poll()) != null) {
        s.close();
      }
      base.close();
    }
  }

  /** Runs {@code work} with a reader connection of its own. */
  <T> T read(Function<ApiReader, T> work) {
    return withReader(s -> work.apply(new ApiReader(s)));
  }

  /** Runs {@code work} on a reader connection of the pool (or a new one), never on the base. */
  private <T> T withReader(Function<DossierStore, T> work) {
    DossierStore s = idle.poll();
    if (s == null) {
      try {
        synchronized (base) {
          s = base.duplicateReader();
        }
      } catch (IOException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    try {
      return work.apply(s);
    } finally {
      if (!idle.offer(s)) {
        s.close();
      }
    }
  }

  /**
   * The timeline of the snapshot, computed once on a reader connection of its own (a few seconds
   * on 100,000 events), normally by {@link #warm} before the first page asks for it. Its entries
   * carry no sources: a route reads those of the page it serves ({@code TimelineRoutes.page}).
   */
  List<TimelineEntry> timeline() {
    List<TimelineEntry> t = timeline;
    if (t == null) {
      synchronized (timelineLock) {
        if (timeline == null) {
          timeline = withReader(TimelineRows::withoutSources);
        }
        t = timeline;
      }
    }
    return t;
  }

  /**
   * Computes, on a background thread, what the first visitor of a new snapshot would otherwise
   * wait for (the timeline). Holds a reference meanwhile, so a swap cannot close the store under it.
   */
  void warm() {
    if (!retain()) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        long t0 = System.nanoTime();
        timeline();
        LOG.info(() -> "snapshot " + name + ": timeline ready in "
            + (System.nanoTime() - t0) / 1_000_000 + " ms");
      } catch (RuntimeException e) {
        // the first request will try again and report the error
        LOG.log(java.util.logging.Level.WARNING, "cannot compute the timeline of " + name + ": " + e.getMessage());
      } finally {
        release();
      }
    }, "dossier-snapshot-warm");
    t.setDaemon(true);
    t.start();
  }

  /** Syndication rows (wire, outlet) of the snapshot, computed on first use. */
  List<Syndication.Row> syndication() {
    List<Syndication.Row> r = syndication;
    if (r == null) {
      synchronized (base) {
        if (syndication == null) {
          List<DuplicateGroup> groups = base.duplicates();
          syndication = groups.isEmpty() ? List.of() : Syndication.of(groups,
              base.articles(Syndication.articleIds(groups)), base.copyChanges());
        }
        r = syndication;
      }
    }
    return r;
  }

  /**
   * A whole-snapshot summary computed once on the base store and kept: a snapshot never changes.
   */
  @SuppressWarnings("unchecked")
  <T> T memo(String key, Function<DossierStore, T> work) {
    Object v = memo.get(key);
    if (v == null) {
      synchronized (base) {
        v = memo.computeIfAbsent(key, k -> work.apply(base));
      }
    }
    return (T) v;
  }

  /** Runs {@code work} on the base store alone (small whole-dossier summaries). */
  <T> T withBase(Function<DossierStore, T> work) {
    synchronized (base) {
      return work.apply(base);
    }
  }
}

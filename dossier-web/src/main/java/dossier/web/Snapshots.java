package dossier.web;

import dossier.store.DossierStore;
import dossier.store.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The snapshot the server reads, switched to a newer one when a build publishes it. The switch
 * happens between requests: a request holds a reference to its view to the end, and the old view
 * closes when its last request releases it.
 */
final class Snapshots implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

  private final Path dir;
  private final int readers;
  private final AtomicReference<View> current = new AtomicReference<>();
  private final ScheduledExecutorService poller;

  Snapshots(Path dir, long pollMillis, int readers) throws IOException {
    this.dir = dir;
    this.readers = readers;
    View first = open(firstSnapshot(dir));
    // the other pages are served at once; only a timeline request in the first seconds waits
    first.warm();
    current.set(first);
    poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "dossier-snapshot-poll");
      t.setDaemon(true);
      return t;
    });
    poller.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * The current snapshot's name; a dossier built before snapshots existed gets its first one now,
   * copied while a read-only open keeps any writer out.
   */
  private static String firstSnapshot(Path dir) throws IOException {
    Optional<String> name = Snapshot.currentName(dir);
    if (name.isPresent() && Snapshot.current(dir).isPresent()) {
      return name.get();
    }
    try (DossierStore guard = DossierStore.openReadOnly(dir)) {
      Snapshot.publish(dir);
    } catch (IOException e) {
      throw new IOException(dir + " has no published snapshot yet and cannot be copied now ("
          + e.getMessage() + "); wait for the running build to finish", e);
    }
    return Snapshot.currentName(dir).orElseThrow(() -> new IOException(dir + ": no snapshot"));
  }

  private View open(String name) throws IOException {
    return new View(name, dir.resolve(Snapshot.DIR).resolve(name), readers);
  }

  /** Checks CURRENT and switches when a build has published a newer snapshot. */
  void poll() {
    try {
      Optional<String> name = Snapshot.currentName(dir);
      if (name.isEmpty() || name.get().equals(current.get().name())) {
        return;
      }
      View next = open(name.get());
      // computed before the switch, while the old snapshot still serves: no page waits for it
      try {
        next.timeline();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot compute the timeline of " + name.get() + ": " + e.getMessage());
      }
      View old = current.getAndSet(next);
      old.release();
      LOG.info("now serving snapshot " + name.get());
    } catch (IOException | RuntimeException e) {
      // a half-written or vanished snapshot: keep serving the current one and try again later
      LOG.log(Level.WARNING, "cannot switch snapshot: " + e.getMessage());
    }
  }

  String name() {
    return current.get().name();
  }

  /** Runs {@code work} against the current view, holding it for the whole call. */
  <T> T with(Function<View, T> work) {
    while (true) {
      View v = current.get();
      if (v.retain()) {
        try {
          return work.apply(v);
        } finally {
          v.release();
        }
      }
      // closed between get and retain: the holder has moved on, read the new current
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
    View v = current.getAndSet(null);
    if (v != null) {
      v.release();
    }
  }
}

package dossier.pipeline;

import dossier.ingest.InputFile;
import dossier.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * Collects a file's articles into outcomes of at most {@code chunk} records each, so a file of a
 * million records is written (and resumable) piece by piece instead of held whole.
 */
final class ChunkingEmitter implements InputHandler.Emitter {
  private final InputFile file;
  private final int chunk;
  private final BlockingQueue<Object> queue;
  private List<Article> articles = new ArrayList<>();
  private List<Problem> problems = new ArrayList<>();
  private long progress;
  private int pending;
  private String sha256;

  ChunkingEmitter(InputFile file, long from, int chunk, BlockingQueue<Object> queue) {
    this.file = file;
    this.progress = Math.max(0, from);
    this.chunk = chunk;
    this.queue = queue;
  }

  @Override
  public void article(long index, Article article) {
    articles.add(article);
    advance(index);
  }

  @Override
  public void bad(long index, String problem) {
    problems.add(new Problem(file.source(), problem));
    advance(index);
  }

  @Override
  public void digest(String sha) {
    this.sha256 = sha;
  }

  private void advance(long index) {
    progress = index + 1;
    if (++pending >= chunk) {
      put(FileOutcome.Status.PARTIAL, null);
    }
  }

  void finish() throws InterruptedException {
    putNow(FileOutcome.Status.DONE, null);
  }

  void fail(String problem) throws InterruptedException {
    putNow(FileOutcome.Status.ERROR, problem);
  }

  private void put(FileOutcome.Status status, String reason) {
    try {
      putNow(status, reason);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private void putNow(FileOutcome.Status status, String reason) throws InterruptedException {
    queue.put(new FileOutcome(file, sha256, status, reason, articles, progress, problems));
    articles = new ArrayList<>();
    problems = new ArrayList<>();
    pending = 0;
  }
}

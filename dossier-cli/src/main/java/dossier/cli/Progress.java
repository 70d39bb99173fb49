package dossier.cli;

import dossier.pipeline.ProgressListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how a build goes: a progress bar on a terminal, plain periodic lines otherwise (logs and
 * CI), and each bad input as one line.
 */
final class Progress implements ProgressListener, AutoCloseable {
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private ProgressBar bar;
  private long total = -1;
  private long lastLine = System.nanoTime();

  Progress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void total(long files) {
    total = files;
    if (terminal) {
      bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(files).setUnit(" files", 1)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setConsumer(
              new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build();
    } else {
      err.println("build: " + files + " input files");
    }
  }

  @Override
  public void advanced(long filesDone, long articles) {
    if (bar != null) {
      bar.stepTo(filesDone);
      bar.setExtraMessage(articles + " articles");
    } else if (System.nanoTime() - lastLine > PLAIN_EVERY_NANOS) {
      lastLine = System.nanoTime();
      err.printf("build: %d/%d files, %d articles%n", filesDone, total, articles);
    }
  }

  @Override
  public void problem(String message) {
    if (bar != null) {
      // Keep the bar on its own line: print the problem above it.
      err.print("\r\033[K");
    }
    err.println("skipped " + message);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}

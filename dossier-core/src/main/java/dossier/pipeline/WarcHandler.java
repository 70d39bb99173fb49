package dossier.pipeline;

import dossier.html.HtmlExtractor;
import dossier.ingest.BadInputException;
import dossier.ingest.InputFile;
import dossier.model.Article;
import dossier.warc.WarcArticles;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.util.stream.Collectors;

/**
 * WARC and WARC.gz archives, streamed record by record: each HTML page is an article whose index is
 * its record's position in the file, so a resumed run skips what it stored. Skipped records are not
 * problems one by one: request, metadata and like records are routine and only counted; when
 * responses or resources without a page were skipped, one summary problem names them by reason.
 * A damaged archive keeps the articles before the damage and fails with the file's name.
 */
final class WarcHandler implements InputHandler {
  private final WarcArticles warc;
  private final StageTimes times;

  WarcHandler(HtmlExtractor extractor, long maxPageBytes, StageTimes times) {
    this.warc = new WarcArticles(extractor, maxPageBytes);
    this.times = times;
  }

  @Override
  public void read(InputFile file, long skip, Emitter out) throws BadInputException {
    long t0 = System.nanoTime();
    long[] last = {-1};
    // jwarc detects gzip itself, member by member: the raw file goes in, not InputReader's stream.
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
      WarcArticles.Counts c = warc.read(in, file.source(), skip, new WarcArticles.Handler() {
        @Override
        public void article(long index, Article article) {
          last[0] = index;
          out.article(index, article);
        }

        @Override
        public void skipped(long index, String reason) {
          last[0] = index;
        }
      });
      if (c.skippedPages() > 0) {
        out.bad(Math.max(0, c.records() - 1), summary(c));
      }
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(file.source(), "damaged WARC after record " + last[0] + " ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
          + "); the records before it were read", e);
    } finally {
      times.add("read-warc", System.nanoTime() - t0);
    }
  }

  static String summary(WarcArticles.Counts c) {
    return c.skippedPages() + " of " + c.records() + " records held no HTML page: "
        + c.skipped().entrySet().stream().filter(e -> !e.getKey().equals("before resume point"))
            .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }

}

package dossier.pipeline;

import dossier.html.HtmlExtractor;
import dossier.html.PageDecoder;
import dossier.ingest.BadInputException;
import dossier.ingest.InputFile;
import dossier.model.Article;

/**
 * Saved HTML pages: read whole (with a size limit), decode (byte-order mark, {@code <meta charset>}
 * or {@code http-equiv}, else strict UTF-8, else windows-1252), extract the article. The page's
 * address is not known from a file; its fetch date is not either.
 */
final class HtmlHandler implements InputHandler {
  private final HtmlExtractor extractor;
  private final long maxPageBytes;
  private final StageTimes times;

  HtmlHandler(HtmlExtractor extractor, long maxPageBytes, StageTimes times) {
    this.extractor = extractor;
    this.maxPageBytes = maxPageBytes;
    this.times = times;
  }

  @Override
  public void read(InputFile file, long skip, Emitter out) throws BadInputException {
    byte[] bytes = PageBytes.read(file, maxPageBytes, times, out);
    long t1 = System.nanoTime();
    if (bytes.length == 0) {
      throw new BadInputException(file.source(), "empty file");
    }
    if (binary(bytes)) {
      throw new BadInputException(file.source(), "binary file, not an HTML page");
    }
    String html = PageDecoder.decode(bytes, null);
    long t2 = System.nanoTime();
    times.add("decode", t2 - t1);
    Article a;
    try {
      a = extractor.extract(file.source(), null, html, null);
    } catch (RuntimeException e) {
      throw new BadInputException(file.source(), "extraction failed: " + e, e);
    } finally {
      times.add("extract-html", System.nanoTime() - t2);
    }
    if (a.text().isBlank()) {
      out.bad(0, "no article text found in the page");
    } else {
      out.article(0, a);
    }
  }

  /** A NUL byte in the first 8 KB: no HTML page has one, unless it is UTF-16 with a BOM. */
  private static boolean binary(byte[] b) {
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return false;
    }
    for (int i = 0; i < Math.min(b.length, 8192); i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }
}

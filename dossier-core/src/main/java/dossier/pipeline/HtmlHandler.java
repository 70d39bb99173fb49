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
final class HtmlHandler extends PageHandler {
  private final HtmlExtractor extractor;

  HtmlHandler(HtmlExtractor extractor, long maxPageBytes, StageTimes times) {
    super(maxPageBytes, times, "extract-html");
    this.extractor = extractor;
  }

  @Override
  String decode(InputFile file, byte[] bytes) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(file.source(), "empty file");
    }
    if (binary(bytes)) {
      throw new BadInputException(file.source(), "binary file, not an HTML page");
    }
    return PageDecoder.decode(bytes, null);
  }

  @Override
  Article extract(InputFile file, String html) {
    return extractor.extract(file.source(), null, html, null);
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

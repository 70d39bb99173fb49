package dossier.pipeline;

import dossier.ingest.BadInputException;
import dossier.ingest.InputFile;
import dossier.ingest.InputReader;
import dossier.model.Article;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A file that holds one page: read it whole (size-limited), hash it, decode it, extract the
 * article, each step timed. Subclasses say how a page of their kind is decoded and extracted.
 */
abstract class PageHandler implements InputHandler {
  private final long maxPageBytes;
  private final StageTimes times;
  private final String extractStage;

  PageHandler(long maxPageBytes, StageTimes times, String extractStage) {
    this.maxPageBytes = maxPageBytes;
    this.times = times;
    this.extractStage = extractStage;
  }

  /** The page's text, or why these bytes are not a page of this kind. */
  abstract String decode(InputFile file, byte[] bytes) throws BadInputException;

  /** The article of a decoded page. */
  abstract Article extract(InputFile file, String page);

  @Override
  public final void read(InputFile file, long skip, Emitter out) throws BadInputException {
    long t0 = System.nanoTime();
    byte[] bytes = InputReader.readPage(file, maxPageBytes);
    long t1 = System.nanoTime();
    times.add("read", t1 - t0);
    out.digest(sha256(bytes));
    String page = decode(file, bytes);
    long t2 = System.nanoTime();
    times.add("decode", t2 - t1);
    Article a;
    try {
      a = extract(file, page);
    } catch (RuntimeException e) {
      throw new BadInputException(file.source(), "extraction failed: " + e, e);
    } finally {
      times.add(extractStage, System.nanoTime() - t2);
    }
    if (a.text().isBlank()) {
      out.bad(0, "no article text found in the page");
    } else {
      out.article(0, a);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

package dossier.pipeline;

import dossier.ingest.BadInputException;
import dossier.ingest.InputFile;
import dossier.ingest.InputReader;
import java.security.MessageDigest;
import java.util.HexFormat;

/** The first step of every one-page handler: read the page whole (size-limited), timed and hashed. */
final class PageBytes {
  private PageBytes() {}

  static byte[] read(InputFile file, long maxPageBytes, StageTimes times, InputHandler.Emitter out)
      throws BadInputException {
    long t0 = System.nanoTime();
    byte[] bytes = InputReader.readPage(file, maxPageBytes);
    times.add("read", System.nanoTime() - t0);
    out.digest(sha256(bytes));
    return bytes;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

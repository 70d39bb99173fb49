package dossier.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opens input files, looking through gzip, and reads pages with a size limit. */
public final class InputReader {
  private InputReader() {}

  /** Opens the file's content stream, decompressing gzip. */
  public static InputStream open(InputFile f) throws BadInputException {
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(f.path()), 1 << 16);
      if (f.gzip()) {
        try {
          in = new GZIPInputStream(in, 1 << 16);
        } catch (ZipException | EOFException e) {
          in.close();
          throw new BadInputException(f.source(), "not a valid gzip file (" + e.getMessage() + ")");
        }
      }
      return in;
    } catch (IOException e) {
      throw new BadInputException(f.source(), "cannot open: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a whole page, refusing one larger than {@code maxBytes} (after decompression) without
   * reading more than that: a huge file is not a page, and must not fill the heap.
   */
  public static byte[] readPage(InputFile f, long maxBytes) throws BadInputException {
    if (!f.gzip() && f.size() > maxBytes) {
      throw tooLarge(f, f.size(), maxBytes);
    }
    try (InputStream in = open(f)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(f.size() + 16, 1 << 20));
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge(f, total, maxBytes);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (EOFException e) {
      throw new BadInputException(f.source(), "truncated gzip file (unexpected end of data)");
    } catch (ZipException e) {
      throw new BadInputException(f.source(), "corrupt gzip data (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new BadInputException(f.source(), "read failed: " + e.getMessage(), e);
    }
  }

  private static BadInputException tooLarge(InputFile f, long size, long max) {
    return new BadInputException(f.source(), String.format(
        "too large for a page (%s, limit %s; raise it with --max-page-size)", mb(size), mb(max)));
  }

  private static String mb(long bytes) {
    return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0)
        : String.format("%.1f KB", bytes / 1024.0);
  }
}

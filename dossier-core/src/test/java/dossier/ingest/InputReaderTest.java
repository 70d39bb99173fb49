package dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  @TempDir
  Path dir;

  private InputFile input(Path p) throws Exception {
    return new InputFile(p, p.getFileName().toString(), InputKind.of(p.getFileName().toString()),
        p.toString().endsWith(".gz"), Files.size(p), Files.getLastModifiedTime(p).toMillis());
  }

  private static byte[] gzip(byte[] b) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void readsGzippedPage() throws Exception {
    byte[] page = "Ceasefire holds\n\nThe truce held overnight.\n".getBytes(StandardCharsets.UTF_8);
    Path p = Files.write(dir.resolve("a.txt.gz"), gzip(page));
    assertArrayEquals(page, InputReader.readPage(input(p), 1 << 20));
  }

  @Test
  void truncatedGzipIsAClearError() throws Exception {
    byte[] page = "Talks resume in the capital. ".repeat(2000).getBytes(StandardCharsets.UTF_8);
    byte[] gz = gzip(page);
    Path p = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    BadInputException e = assertThrows(BadInputException.class, () -> InputReader.readPage(input(p), 1 << 20));
    assertTrue(e.getMessage().startsWith("cut.txt.gz: truncated gzip"), e.getMessage());
  }

  @Test
  void notGzipAtAllIsAClearError() throws Exception {
    Path p = Files.writeString(dir.resolve("fake.txt.gz"), "plain text pretending to be gzip");
    BadInputException e = assertThrows(BadInputException.class, () -> InputReader.readPage(input(p), 1 << 20));
    assertTrue(e.getMessage().contains("fake.txt.gz") && e.getMessage().contains("gzip"), e.getMessage());
  }

  @Test
  void fiftyMegabytePageIsRefusedWithoutReadingIt() throws Exception {
    Path p = dir.resolve("huge.txt");
    try (var ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 50L << 20); // sparse 50 MB file
    }
    BadInputException e = assertThrows(BadInputException.class,
        () -> InputReader.readPage(input(p), 10L << 20));
    assertTrue(e.getMessage().startsWith("huge.txt: too large for a page (50.0 MB, limit 10.0 MB"), e.getMessage());
  }

  @Test
  void gzipThatInflatesPastTheLimitIsRefused() throws Exception {
    Path p = Files.write(dir.resolve("bomb.txt.gz"), gzip(new byte[3 << 20]));
    BadInputException e = assertThrows(BadInputException.class, () -> InputReader.readPage(input(p), 1 << 20));
    assertTrue(e.getMessage().contains("too large"), e.getMessage());
  }
}

package dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static final String PAGE = "Talks in Kestov — the envoy’s “last chance”, said Zoë Müller.\n";

  @Test
  void readsUtf8() throws Exception {
    Decoder.Decoded d = Decoder.decode(PAGE.getBytes(StandardCharsets.UTF_8), "a.txt");
    assertEquals(PAGE, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void dropsUtf8ByteOrderMark() throws Exception {
    byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(PAGE, Decoder.decode(withBom, "a.txt").text());
  }

  @Test
  void readsUtf16WithByteOrderMark() throws Exception {
    byte[] body = PAGE.getBytes(StandardCharsets.UTF_16LE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    System.arraycopy(body, 0, b, 2, body.length);
    Decoder.Decoded d = Decoder.decode(b, "a.txt");
    assertEquals(PAGE, d.text());
    assertEquals("UTF-16LE", d.charset());
  }

  @Test
  void fallsBackToWindows1252ForInvalidUtf8() throws Exception {
    byte[] b = PAGE.getBytes(Charset.forName("windows-1252"));
    Decoder.Decoded d = Decoder.decode(b, "legacy.txt");
    assertEquals("windows-1252", d.charset());
    assertEquals(PAGE, d.text(), "curly quotes, dash and umlauts survive the fallback");
  }

  @Test
  void refusesBinaryAndNamesTheFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    BadInputException e = assertThrows(BadInputException.class, () -> Decoder.decode(png, "photos/x.txt"));
    assertEquals("photos/x.txt: binary file, not text", e.getMessage());
  }

  @Test
  void refusesEmptyFile() {
    BadInputException e = assertThrows(BadInputException.class, () -> Decoder.decode(new byte[0], "empty.txt"));
    assertTrue(e.getMessage().contains("empty.txt") && e.getMessage().contains("empty file"));
  }
}

package dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a page's bytes into text: a byte-order mark decides when present, else strict UTF-8, else
 * windows-1252 (the usual encoding of Western pages that are not UTF-8). Binary files are refused.
 */
public final class Decoder {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private Decoder() {}

  /** Decoded text and the charset it was read as. */
  public record Decoded(String text, String charset) {}

  /** Decodes {@code bytes} of {@code source}, or says why it is not text. */
  public static Decoded decode(byte[] bytes, String source) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(source, "empty file");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8, source);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, source);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, source);
    }
    if (looksBinary(bytes)) {
      throw new BadInputException(source, "binary file, not text");
    }
    try {
      return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
    } catch (CharacterCodingException e) {
      // Not UTF-8: windows-1252 maps every byte, so this never fails.
      return new Decoded(new String(bytes, CP1252), "windows-1252");
    }
  }

  private static Decoded strict(byte[] b, int skip, Charset cs, String source) throws BadInputException {
    try {
      return new Decoded(decoder(cs).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString(), cs.name());
    } catch (CharacterCodingException e) {
      throw new BadInputException(source, "invalid " + cs.name() + " after its byte-order mark");
    }
  }

  private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** A NUL byte, or many control bytes, in the first 8 KB: text pages have neither. */
  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > n / 20;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

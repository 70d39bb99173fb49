package dossier.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page: a byte-order mark first, then the charset the server declared,
 * then {@code <meta charset>} or {@code http-equiv} in the page's head, else strict UTF-8, else
 * windows-1252 (the usual encoding of Western pages that are not UTF-8). Never fails: a declared
 * charset that is wrong for a few bytes gives replacement characters, not an error.
 */
public final class PageDecoder {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Pattern META = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  private PageDecoder() {}

  /**
   * The text of a page.
   *
   * @param declared the charset named by the HTTP header, or null
   */
  public static String decode(byte[] bytes, String declared) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    Charset cs = charset(declared);
    if (cs == null) {
      // The meta tag must sit in the first 1024 bytes by the HTML standard; allow some slack.
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META.matcher(head);
      cs = m.find() ? charset(m.group(1)) : null;
    }
    if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, cs);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // Declared UTF-8 but not: pages mislabelled this way are nearly always windows-1252.
      return new String(bytes, CP1252);
    }
  }

  /** The charset of a name, with the web's aliases (latin1 and ascii mean windows-1252); or null. */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
        || n.equals("iso8859-1") || n.equals("latin-1")) {
      return CP1252;
    }
    try {
      return Charset.forName(n);
    } catch (RuntimeException e) {
      return null;
    }
  }
}

package dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids. An id hashes the article's source and its text, so rebuilding the same input
 * gives the same id, while two exact copies from different sources stay two articles (the
 * duplicates stage groups them and keeps each outlet).
 */
public final class ArticleIds {
  private ArticleIds() {}

  /** 16 hex digits of SHA-256 over source and text. */
  public static String of(String source, String text) {
    return hash(source + '\u0000' + text);
  }

  /** 16 hex digits of SHA-256 of {@code s}: ids for any record. */
  public static String hash(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] d = md.digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}

package dossier.ingest;

import java.util.Locale;

/** What an input file holds, told by its name (a trailing {@code .gz} is looked through). */
public enum InputKind {
  /** A web page saved as plain text, boilerplate included. */
  TEXT,
  /** JSON: one article object, or an array of them. */
  JSON,
  /** JSON lines: one article object a line. */
  JSONL,
  /** A saved HTML page. */
  HTML,
  /** A WARC archive (also {@code .warc.gz}). */
  WARC,
  /** Anything else. */
  UNKNOWN;

  /** The kind of a file name, e.g. {@code a.txt.gz} is TEXT. */
  public static InputKind of(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return TEXT;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".json")) {
      return JSON;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    if (n.endsWith(".warc")) {
      return WARC;
    }
    return UNKNOWN;
  }
}

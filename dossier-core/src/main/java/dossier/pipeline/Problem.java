package dossier.pipeline;

import java.util.regex.Pattern;

/**
 * An input, or a record of one, that gave no article.
 *
 * @param source the file as the user gave it
 * @param problem what is wrong, e.g. "record 12: invalid JSON (...)" or "binary file, not text"
 */
public record Problem(String source, String problem) {
  private static final Pattern RECORD = Pattern.compile("^record \\d+: ");
  private static final Pattern DETAIL = Pattern.compile(" \\(.*$");

  /** The line shown to users: the file, then the problem. */
  public String message() {
    return source + ": " + problem;
  }

  /** The problem without record numbers and details, to count problems of one kind together. */
  public String reason() {
    return DETAIL.matcher(RECORD.matcher(problem).replaceFirst("")).replaceFirst("");
  }
}

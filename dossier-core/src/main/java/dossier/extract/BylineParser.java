package dossier.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author lines ("by Jane Doe", "Written by Jane Doe", "Author: Jane Doe", "(Reporting by
 * ...)") and datelines at the head of a paragraph ("MOSCOW —", "TEHRAN (Daily Meridian) –",
 * "(Reuters) —", "WASHINGTON (AP) —", "LONDON, Nov 18 (Reuters) -").
 */
final class BylineParser {
  private static final Pattern BY = Pattern.compile(
      "^(?i:(?:written|posted|reported|story|text|words|report)\\s+)?(?i:by|von|par|por|di|door)\\s*:?\\s+"
          + "(?<name>[\\p{Lu}][\\p{L}.'’-]*(?:(?:\\s+|,\\s*|\\s+and\\s+|\\s*&\\s*)"
          + "(?:[\\p{Lu}][\\p{L}.'’-]*|de|da|van|von|der|al|bin|el|la|le)){0,7})"
          + "(?<rest>\\s*(?:[|,•·—–-].{0,80}|(?:on|in|at|am|le|el|il)\\s.{0,60})?)$");
  private static final Pattern AUTHOR = Pattern.compile(
      "^(?:author|autor|auteur|written by|reporter|words)\\s*:\\s*(?<name>[\\p{L} .'’-]{3,60})$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern REPORTING = Pattern.compile(
      "^\\(?(?:reporting|additional reporting|writing|editing) by [^)]{3,300}\\)?\\.?$",
      Pattern.CASE_INSENSITIVE);
  /** Dateline: upper-case place, optional date, optional (agency or outlet), then a dash. */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?<all>(?<place>[\\p{Lu}][\\p{Lu}.'’ -]{1,30}(?:,\\s*[\\p{Lu}][\\p{L}.]+(?:\\s[\\p{Lu}][\\p{L}.]+)?){0,2})?"
          + "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?"
          + "\\s*(?:\\((?<paren>[^()]{2,40})\\))?\\s*(?<dash>--|[—–-])\\s)");

  /** "Jane Doe in Lorvik": a reporter's name and where she files from, the whole line. */
  private static final Pattern PERSON_IN = Pattern.compile(
      "^(?<name>[\\p{Lu}][\\p{L}'’.-]+(?: [\\p{Lu}][\\p{L}'’.-]+){1,2}) (?:in|from) "
          + "[\\p{Lu}][\\p{L}'’.-]+(?: [\\p{Lu}][\\p{L}'’.-]+){0,2}$");

  private BylineParser() {}

  /** The name of a "Jane Doe in Lorvik" line, or null; a title can look alike, so callers check the position. */
  static String personIn(String line) {
    if (line.length() > 60 || !(line.contains(" in ") || line.contains(" from "))) {
      return null;
    }
    Matcher m = PERSON_IN.matcher(line);
    return m.matches() ? m.group("name") : null;
  }

  /** The author named by a byline line, or null when the line is no byline. */
  static String byline(String line) {
    if (line.length() > 160) {
      return null;
    }
    Matcher m = BY.matcher(line);
    if (m.matches()) {
      String name = m.group("name").trim();
      int comma = name.lastIndexOf(", ");
      if (comma > 0 && Agencies.isAgency(name.substring(comma + 2))) {
        name = name.substring(0, comma);
      }
      String rest = m.group("rest").trim();
      if (rest.startsWith(",") && Agencies.isAgency(rest.substring(1).trim().replaceAll("\\.$", ""))) {
        rest = "";
      }
      // "By Monday, the company had..." is prose: a byline's tail is a date or a role, no sentence.
      boolean prose = !rest.isEmpty() && (Line.endsSentence(rest) || Line.countWords(line) > 16);
      return !prose && name.split("\\s+").length <= 8 ? name : null;
    }
    m = AUTHOR.matcher(line);
    return m.matches() ? m.group("name").trim() : null;
  }

  /** Whether the line is a reporting/editing credit ("(Reporting by A; Editing by B)"). */
  static boolean isReportingCredit(String line) {
    return line.length() < 300 && REPORTING.matcher(line).matches();
  }

  /** A dateline found at the head of a paragraph. */
  record Dateline(String text, String place, String paren) {}

  /** The dateline heading {@code paragraph}, or null. */
  static Dateline dateline(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) {
      return null;
    }
    String place = m.group("place");
    String paren = m.group("paren");
    boolean upperPlace = place != null && isUpperWord(place.trim().split("[ ,]")[0]);
    if (!upperPlace && paren == null) {
      return null;
    }
    if (!upperPlace && place != null) {
      return null;
    }
    return new Dateline(m.group("all").trim(), place == null ? null : place.trim(), paren);
  }

  private static boolean isUpperWord(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}

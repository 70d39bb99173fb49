package dossier.figures;

import java.util.Locale;

/**
 * Nouns of mass violence or flight that type the count after "of": "the massacre of 40
 * villagers" and "the bodies of 12 migrants" count the killed, "the exodus of two million
 * people" the displaced. A "flight of
 * 200 passengers" is an aircraft: flight is not one of them.
 */
final class EventNouns {
  /** The nouns, ending in "of", as one alternation for a pattern over the words before a number. */
  static final String OF = "(?:genocide|massacres?|slaughter|extermination|executions?|"
      + "bodies|remains|exodus|deportations?|mass\\s+expulsions?)\\s+of";

  private EventNouns() {}

  /** The kind such a noun gives its count: KILLED, DISPLACED, or null for any other word. */
  static String kind(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.matches("(?:(?:genocide|massacre|slaughter|extermination|execution)s?|bodies|remains)"
        + "\\s+of")) {
      return "KILLED";
    }
    if (w.matches("(?:exodus|deportations?|mass\\s+expulsions?)\\s+of")) {
      return "DISPLACED";
    }
    return null;
  }
}

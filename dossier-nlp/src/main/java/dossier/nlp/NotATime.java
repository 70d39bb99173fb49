package dossier.nlp;

import static dossier.nlp.TimexContext.nextWord;
import static dossier.nlp.TimexContext.previousWord;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the time tagger takes for a time expression and is not: ages ("6-year-old"), "once",
 * adjectives of frequency ("quarterly"), a bare unit ("day", "years"), "previously", "future", the
 * abbreviation SEC, counts read as years, fractions, a first name that is a month ("Jan Kavan"),
 * rates ("a week" in "four flights a week").
 */
final class NotATime {
  private static final Pattern NOT_TIME = Pattern.compile(
      "(?i)^(?:[\\w-]+-(?:year|month|week|day)s?-old|once|quarterly|annual|annually|monthly|yearly"
          + "|previously|future|days?|weeks?|months?|years?|minutes?"
          // ages, fractions, ordinals: "52 years old", "three-quarters of", "a second round"
          + "|.*\\b(?:years?|months?)\\s+old|(?:about\\s+|nearly\\s+|almost\\s+)?(?:one|two|three)-quarters?"
          + "|a\\s+second)$");
  /** A bare number below 1500 is a count ("1200 troops"), not a year. */
  private static final Pattern LOW_NUMBER = Pattern.compile("^(?:0\\d*|1[0-4]\\d\\d|\\d{1,3})$");
  /** Nouns after "today's" that speak of the present age rather than of the day. */
  private static final Set<String> GENERIC_NOW = Set.of("world", "youth", "society", "generation", "generations",
      "children", "kids", "young", "economy", "standards", "dollars", "terms", "technology", "culture", "families",
      "politics", "market", "markets", "computers", "life", "lifestyles", "teenagers", "students", "workers");

  private NotATime() {}

  /** Whether {@code t}, written {@code text} (trimmed), is no time expression at all. */
  static boolean test(NlpDoc doc, NlpDoc.Timex t, String text) {
    return NOT_TIME.matcher(text).matches() || text.endsWith("SEC") || text.equals("Sec")
        || LOW_NUMBER.matcher(text).matches() || "DURATION".equals(t.type()) && nextWord(doc, t).equalsIgnoreCase("old")
        || inContext(doc, t, text);
  }

  /**
   * Words the tagger takes for times that are not in their context: a first name that is a month
   * ("Jan Kavan"), a programme title ("This Week"), "present" as in "were present", a spelled-out
   * count read as an early year ("twelve hundred").
   */
  private static boolean inContext(NlpDoc doc, NlpDoc.Timex t, String text) {
    if (text.matches("^(?:Jan|May|June|April|August)$")) {
      String next = nextWord(doc, t);
      return next.length() > 1 && Character.isUpperCase(next.charAt(0)) && !Months.MONTH.matcher(next).matches()
          && !Weekdays.WEEKDAY.matcher(next).matches();
    }
    if (text.equals("This Week") || text.equalsIgnoreCase("present") && !previousWord(doc, t).matches("(?i)at|until|to|the")) {
      return true;
    }
    if (text.matches("(?i)^(?:more\\s+than\\s+|about\\s+|nearly\\s+|almost\\s+)?a\\s+quarter$")
        && nextWord(doc, t).equalsIgnoreCase("of") || text.equalsIgnoreCase("centennial")) {
      return true; // a fraction ("a quarter of the market"), an adjective of names
    }
    if (text.matches("^(?:(?i:this|that|the|a)\\s+)?(?:march|may)$")) {
      return true; // lower case: the noun and the verb, never the month
    }
    if (text.equalsIgnoreCase("today") && nextWord(doc, t).equals("'s")
        && GENERIC_NOW.contains(TimexContext.wordAfter(doc, t, 2).toLowerCase(Locale.ROOT))) {
      return true; // "today's world", "today's youth": the present age, not the day
    }
    if (text.matches("(?i)^a\\s+(?:day|week|month|year)$") && countBefore(doc, t)) {
      return true; // a rate ("four flights a week", "$2 million a year"), mostly left untagged
    }
    return t.value() != null && t.value().matches("^(?:0\\d|1[0-4])\\d\\d$") && !text.matches(".*\\d.*");
  }

  /** Whether a number comes right before {@code t}, or one word before it: "700 seats a week". */
  private static boolean countBefore(NlpDoc doc, NlpDoc.Timex t) {
    List<NlpDoc.Token> ts = TimexContext.tokens(doc, t);
    int at = TimexContext.firstTokenOf(ts, t);
    for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (w.matches(".*\\d.*|hundred|thousand|million|billion|trillion|one|two|three|four|five|six|seven|eight|nine|ten"
          + "|twelve|twenty|dozen")) {
        return true;
      }
    }
    return false;
  }
}

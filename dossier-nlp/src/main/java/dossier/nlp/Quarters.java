package dossier.nlp;

import static dossier.nlp.TimexContext.followedBy;
import static dossier.nlp.TimexContext.sentenceSays;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters and the periods of business reports, which report on the quarter just ended: "the
 * quarter" is the last finished quarter during the two months after it ends (or the quarter the
 * report named first), "the third quarter" the latest one begun, and "a year ago" in a sentence
 * about a quarter the same quarter a year before.
 */
final class Quarters {
  private static final Pattern THE_QUARTER = Pattern.compile(
      "(?i)^(?:the\\s+|this\\s+)?(?:latest\\s+|most\\s+recent\\s+|current\\s+|just-ended\\s+)?(?:fiscal\\s+)?quarter$");
  private static final Pattern NTH_QUARTER = Pattern.compile(
      "(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal\\s+)?quarter\\b");
  private static final Pattern YEAR_BACK = Pattern.compile(
      "(?i)^(?:a\\s+year\\s+(?:ago|earlier|before)|last\\s+year(?:'s\\s+quarter)?|(?:the\\s+)?year|the\\s+year-(?:ago|earlier).*)$");
  private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)^the\\s+(\\d{4})\\s+period$");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");

  private Quarters() {}

  /**
   * The quarter (or year before one) a business report means by {@code text}, read by the tagger
   * as {@code v}; {@code named} is the quarter the report named first ({@link #named}), or null.
   * Null when the expression is not about a quarter.
   */
  static String value(NlpDoc doc, NlpDoc.Timex t, String text, String v, LocalDate anchor, String named) {
    int aq = (anchor.getMonthValue() - 1) / 3;
    // the last finished quarter while its results are news (two months), else the current one
    LocalDate reported = anchor.getMonthValue() % 3 == 0 ? anchor : anchor.minusMonths(3);
    String reportedQ = reported.getYear() + "-Q" + ((reported.getMonthValue() - 1) / 3 + 1);
    // the quarter the report named ("third-quarter profit ... in the quarter"), else the one just ended
    String base = named != null ? named : reportedQ;
    String yearBefore = (Integer.parseInt(base.substring(0, 4)) - 1) + base.substring(4);
    if (text.matches("(?i)^the\\s+latest\\s+period$")) {
      return base; // the period a results report is about
    }
    Matcher period = YEAR_PERIOD.matcher(text);
    if (period.matches() && aboutQuarter(doc, t)) {
      return period.group(1) + base.substring(4); // "the 1988 period": that year's same quarter
    }
    if (THE_QUARTER.matcher(text).matches()) {
      return text.toLowerCase(Locale.ROOT).contains("current")
          ? anchor.getYear() + "-Q" + (aq + 1) : base;
    }
    Matcher vq = QUARTER_VALUE.matcher(v);
    if (vq.matches() && NTH_QUARTER.matcher(text).find() && !text.matches(".*\\d{4}.*") && !Tense.future(doc, t)) {
      int n = Integer.parseInt(vq.group(2)) - 1;
      return (n <= aq ? anchor.getYear() : anchor.getYear() - 1) + "-Q" + (n + 1);
    }
    if (text.matches("(?i)^(?:the\\s+)?(?:latest\\s+)?(?:fiscal\\s+|full\\s+)?year$") && followedBy(doc, t, "ended", "ending", "ends")) {
      return "P1Y"; // "the year ended March 31": a fiscal year, a duration rather than the calendar year
    }
    if (v.equals("YEAR_EARLIER")) {
      // "year-earlier results": the same period a year before, in quarterly reports the quarter
      return aboutQuarter(doc, t) || text.matches("(?i).*\\b(?:quarter|period)$") ? yearBefore
          : String.valueOf(anchor.getYear() - 1);
    }
    if (text.matches("(?i)^(?:a\\s+)?year\\s+(?:ago|earlier)$") && aboutQuarter(doc, t)) {
      return yearBefore;
    }
    if (YEAR_BACK.matcher(text).matches() && (sentenceSays(doc, t, "quarter") || sentenceSays(doc, t, "period") || followedBy(doc, t, "ago", "earlier"))) {
      return yearBefore;
    }
    return null;
  }

  /**
   * The first quarter named with its ordinal ("third-quarter") before this point and not after
   * {@code anchor}: a report names the quarter it is about first; later ones are comparisons or outlooks.
   */
  static String named(List<NlpDoc.Timex> before, LocalDate anchor) {
    for (int i = 0; i < before.size(); i++) {
      NlpDoc.Timex b = before.get(i);
      Matcher q = QUARTER_VALUE.matcher(String.valueOf(b.value()));
      if (q.matches() && NTH_QUARTER.matcher(b.text()).find() && !b.text().toLowerCase(Locale.ROOT).contains("year")
          && !TimexRanges.range(b.value(), "", anchor).earliest().isAfter(anchor)
          && TimexRanges.range(b.value(), "", anchor).latest().isAfter(anchor.minusYears(1))) {
        return b.value();
      }
    }
    return null;
  }

  /** Whether the sentence of {@code t} or one of the three before it speaks of a quarter. */
  private static boolean aboutQuarter(NlpDoc doc, NlpDoc.Timex t) {
    List<NlpDoc.Sentence> ss = doc.sentences();
    for (int i = 0; i < ss.size(); i++) {
      if (ss.get(i).start() <= t.start() && t.start() < ss.get(i).end()) {
        for (int j = Math.max(0, i - 3); j <= i; j++) {
          if (ss.get(j).tokens().stream().anyMatch(k -> k.word().toLowerCase(Locale.ROOT).matches("(?:[\\w-]*-)?quarters?"))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }
}

package dossier.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions the tagger does not see at all, added after its extents are fixed ({@link
 * TimexExtents}): "year-earlier" / "year-ago", "by year-end", "the latest period" of a results
 * report, and month names left out without part-of-speech tags ("in March", "mid-1996").
 */
final class MissedTimes {
  private static final Pattern MONTH_WORD = Pattern.compile(
      "^(?:(?:mid|early|late)-)?(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)$");
  private static final Pattern MID_YEAR = Pattern.compile("^(?:mid|early|late)-(1[89]\\d\\d|20\\d\\d)$");
  private static final Set<String> BEFORE_MONTH = Set.of("in", "since", "by", "until", "till",
      "through", "from", "to", "early", "late", "of", "before", "after", "during", "last", "next", "this");

  private MissedTimes() {}

  /** Adds to {@code out} the expressions of {@code doc} the tagger missed that overlap none in it. */
  static void add(NlpDoc doc, List<NlpDoc.Timex> out, LocalDate anchor) {
    addYearEarlier(doc, out);
    addYearEnd(doc, out, anchor);
    addLatestPeriod(doc, out);
    addMonths(doc, out, anchor);
  }

  /** Adds "year-earlier" / "year-ago" the tagger did not see at all. */
  private static void addYearEarlier(NlpDoc doc, List<NlpDoc.Timex> out) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      List<NlpDoc.Token> ts = s.tokens();
      for (int i = 0; i + 2 < ts.size(); i++) {
        if (!ts.get(i).word().equalsIgnoreCase("year") || !earlierFollows(ts, i)) {
          continue;
        }
        int b = ts.get(i).start();
        int e = ts.get(i + 2).end();
        if (out.stream().noneMatch(t -> t.start() < e && b < t.end())) {
          out.add(new NlpDoc.Timex(b, e, TimexContext.join(ts, i, i + 2), "DATE", "YEAR_EARLIER"));
        }
      }
    }
  }

  /** "by year-end", "since year end": the last day of the publication year (of the year before after "since"). */
  private static void addYearEnd(NlpDoc doc, List<NlpDoc.Timex> out, LocalDate anchor) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      List<NlpDoc.Token> ts = s.tokens();
      for (int i = 1; i + 1 < ts.size(); i++) {
        if (!ts.get(i).word().equalsIgnoreCase("year")) {
          continue;
        }
        int j = ts.get(i + 1).word().equals("-") && i + 2 < ts.size() ? i + 2 : i + 1;
        String before = ts.get(i - 1).word().toLowerCase(Locale.ROOT);
        if (!ts.get(j).word().equalsIgnoreCase("end") || !before.matches("by|since|at|until|before")) {
          continue;
        }
        int b = ts.get(i).start();
        int e = ts.get(j).end();
        // the tagger's bare "year" inside it gives way
        out.removeIf(t -> t.start() < e && b < t.end() && t.text().equalsIgnoreCase("year"));
        if (out.stream().anyMatch(t -> t.start() < e && b < t.end())) {
          continue;
        }
        String value = anchor == null ? "XXXX-12-31"
            : (anchor.getYear() - (before.equals("since") ? 1 : 0)) + "-12-31";
        out.add(new NlpDoc.Timex(b, e, TimexContext.join(ts, i, j), "DATE", value));
      }
    }
  }

  /**
   * "the latest period" of a results report is the quarter reported (the tagger sees no time in
   * it); its value is left to the quarter rules.
   */
  private static void addLatestPeriod(NlpDoc doc, List<NlpDoc.Timex> out) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      List<NlpDoc.Token> ts = s.tokens();
      for (int i = 0; i + 2 < ts.size(); i++) {
        if (!ts.get(i).word().equalsIgnoreCase("the") || !ts.get(i + 1).word().equalsIgnoreCase("latest")
            || !ts.get(i + 2).word().equalsIgnoreCase("period")) {
          continue;
        }
        int b = ts.get(i).start();
        int e = ts.get(i + 2).end();
        NlpDoc.Timex t = new NlpDoc.Timex(b, e, TimexContext.join(ts, i, i + 2), "DATE", "XXXX-QX");
        if (out.stream().noneMatch(o -> o.start() < e && b < o.end())) {
          out.add(t);
        }
      }
    }
  }

  /**
   * Month names the tagger leaves out without part-of-speech tags ("in March", "since May",
   * "until mid-November") and "mid-1996": after a preposition, not followed by a name or a number.
   * The value rules choose the year of a month.
   */
  private static void addMonths(NlpDoc doc, List<NlpDoc.Timex> out, LocalDate anchor) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      List<NlpDoc.Token> ts = s.tokens();
      for (int i = 1; i < ts.size(); i++) {
        NlpDoc.Token k = ts.get(i);
        Matcher m = MONTH_WORD.matcher(k.word());
        Matcher y = MID_YEAR.matcher(k.word());
        boolean month = m.matches();
        if (!month && !y.matches() || !BEFORE_MONTH.contains(ts.get(i - 1).word().toLowerCase(Locale.ROOT))) {
          continue;
        }
        String next = i + 1 < ts.size() ? ts.get(i + 1).word() : "";
        if (month && (next.matches("^\\d.*") || next.length() > 1 && Character.isUpperCase(next.charAt(0)))) {
          continue; // "March 5" is the tagger's; "May Day", "March Madness" are names
        }
        int b = k.start();
        int e = k.end();
        if (out.stream().anyMatch(o -> o.start() < e && b < o.end())) {
          continue;
        }
        String value;
        if (month) {
          int n = Months.number(m.group(1));
          value = (anchor == null ? "XXXX" : String.valueOf(anchor.getYear())) + String.format(Locale.ROOT, "-%02d", n);
        } else {
          value = y.group(1);
        }
        out.add(new NlpDoc.Timex(b, e, k.word(), "DATE", value));
      }
    }
  }

  /** Whether "-earlier" or "-ago" follows token {@code i} as one word ("year-earlier"). */
  static boolean earlierFollows(List<NlpDoc.Token> ts, int i) {
    if (i + 2 >= ts.size()) {
      return false;
    }
    NlpDoc.Token dash = ts.get(i + 1);
    NlpDoc.Token w = ts.get(i + 2);
    return dash.word().equals("-") && dash.start() == ts.get(i).end() && w.start() == dash.end()
        && (w.word().equalsIgnoreCase("earlier") || w.word().equalsIgnoreCase("ago"));
  }
}

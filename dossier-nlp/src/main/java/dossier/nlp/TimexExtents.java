package dossier.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fixes of the time tagger's extents, applied before the value rules. It stops short of a
 * spelled-out year's last word ("nineteen ninety-six" is read "nineteen ninety"), takes only the
 * adjective of "the current fiscal year", and misses "year-earlier" written as one word.
 */
final class TimexExtents {
  private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
      "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
  private static final java.util.Set<String> TENS = java.util.Set.of("twenty", "thirty", "forty", "fifty",
      "sixty", "seventy", "eighty", "ninety");

  private TimexExtents() {}

  /** {@code found} with extents fixed and year-earlier expressions added; {@code anchor} may be null. */
  static List<NlpDoc.Timex> fix(NlpDoc doc, List<NlpDoc.Timex> found, LocalDate anchor) {
    List<NlpDoc.Timex> out = new ArrayList<>(found.size());
    List<NlpDoc.Timex> grown = new ArrayList<>();
    for (NlpDoc.Timex t : found) {
      NlpDoc.Timex f = spelledYear(doc, t);
      f = f != null ? f : current(doc, t, anchor);
      f = f != null ? f : yearEarlier(doc, t);
      f = f != null ? f : intersect(doc, t);
      f = f != null ? f : fiscalYear(doc, t, anchor);
      f = f != null ? f : yearPeriod(doc, t);
      f = f != null ? f : lengthBeforeEvent(doc, t);
      out.add(f != null ? f : t);
      if (f != null) {
        grown.add(f);
      }
    }
    // a grown extent swallows the tagger's pieces of it ("the year" + "earlier quarter")
    out.removeIf(t -> !grown.contains(t) && grown.stream().anyMatch(g -> g.start() < t.end() && t.start() < g.end()));
    addYearEarlier(doc, out);
    addYearEnd(doc, out, anchor);
    addLatestPeriod(doc, out);
    addMonths(doc, out, anchor);
    out.sort(Comparator.comparingInt(NlpDoc.Timex::start));
    return out;
  }

  /** "nineteen ninety" + "-six": the year 1996, the span through "six". */
  private static NlpDoc.Timex spelledYear(NlpDoc doc, NlpDoc.Timex t) {
    String v = t.value();
    if (v == null || !v.matches("^\\d{3}0(?:-.*)?$")) {
      return null;
    }
    List<NlpDoc.Token> ts = TimexContext.tokens(doc, t);
    int last = lastTokenIn(ts, t);
    if (last < 0 || last + 2 >= ts.size() || !TENS.contains(ts.get(last).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    NlpDoc.Token dash = ts.get(last + 1);
    NlpDoc.Token unit = ts.get(last + 2);
    Integer u = UNITS.get(unit.word().toLowerCase(Locale.ROOT));
    if (!dash.word().equals("-") || dash.start() != ts.get(last).end() || unit.start() != dash.end() || u == null) {
      return null;
    }
    String value = v.substring(0, 3) + u + v.substring(4);
    return new NlpDoc.Timex(t.start(), unit.end(), t.text() + "-" + unit.word(), t.type(), value);
  }

  /** "the current fiscal year" (the tagger takes "current" alone): the publication day's year or quarter. */
  private static NlpDoc.Timex current(NlpDoc doc, NlpDoc.Timex t, LocalDate anchor) {
    if (!t.text().equalsIgnoreCase("current")) {
      return null;
    }
    List<NlpDoc.Token> ts = TimexContext.tokens(doc, t);
    int i = lastTokenIn(ts, t);
    if (i < 1 || i + 1 >= ts.size() || !ts.get(i - 1).word().equalsIgnoreCase("the")) {
      return null;
    }
    int j = i + 1;
    if (ts.get(j).word().equalsIgnoreCase("fiscal") && j + 1 < ts.size()) {
      j++;
    }
    String unit = ts.get(j).word().toLowerCase(Locale.ROOT);
    String value = switch (unit) {
      case "year" -> anchor == null ? "XXXX" : String.valueOf(anchor.getYear());
      case "quarter" -> anchor == null ? "XXXX-QX" : anchor.getYear() + "-Q" + ((anchor.getMonthValue() - 1) / 3 + 1);
      case "month" -> anchor == null ? "XXXX-XX" : anchor.toString().substring(0, 7);
      default -> null;
    };
    if (value == null) {
      return null;
    }
    NlpDoc.Token first = ts.get(i - 1);
    NlpDoc.Token end = ts.get(j);
    String text = join(ts, i - 1, j);
    return new NlpDoc.Timex(first.start(), end.end(), text, "DATE", value);
  }

  /**
   * "the first nine months of 1997" (the tagger: 1997 INTERSECT P9M) is a length, the year its
   * context; "second this year" has a stray word before "this year".
   */
  private static NlpDoc.Timex intersect(NlpDoc doc, NlpDoc.Timex t) {
    if (t.value() == null || !t.value().matches("^\\S+ INTERSECT P\\S+$")) {
      return null;
    }
    List<NlpDoc.Token> ts = TimexContext.tokens(doc, t);
    int i = firstTokenIn(ts, t);
    if (i < 0 || i + 3 >= ts.size()) {
      return null;
    }
    if (ts.get(i).word().equalsIgnoreCase("the") && ts.get(i + 1).word().matches("(?i)first|last")
        && ts.get(i + 3).word().matches("(?i)(?:month|week|day|year)s")) {
      Integer n = number(ts.get(i + 2).word());
      if (n != null) {
        String unit = ts.get(i + 3).word().substring(0, 1).toUpperCase(Locale.ROOT);
        return new NlpDoc.Timex(t.start(), ts.get(i + 3).end(), join(ts, i, i + 3), "DURATION", "P" + n + unit);
      }
    }
    if (ts.get(i).word().matches("(?i)second|year|day|month|week") && ts.get(i + 1).word().equalsIgnoreCase("this")
        && ts.get(i + 2).word().equalsIgnoreCase("year") && ts.get(i + 2).end() == t.end()) {
      return new NlpDoc.Timex(ts.get(i + 1).start(), t.end(), join(ts, i + 1, i + 2), "DATE",
          t.value().substring(0, t.value().indexOf(' ')));
    }
    return null;
  }

  /**
   * "the full year", "the fiscal year", "the latest fiscal year": the tagger reads a bare "year" (a
   * length). They name the publication year (the latest one: the year before), or a length when
   * "ended ..." follows, which the value rules decide.
   */
  private static NlpDoc.Timex fiscalYear(NlpDoc doc, NlpDoc.Timex t, LocalDate anchor) {
    if (!t.text().equalsIgnoreCase("year")) {
      return null;
    }
    List<NlpDoc.Token> ts = TimexContext.tokens(doc, t);
    int i = firstTokenIn(ts, t);
    if (i < 2 || !ts.get(i - 1).word().matches("(?i)full|fiscal")) {
      return null;
    }
    int from = i - 2;
    boolean latest = ts.get(from).word().equalsIgnoreCase("latest");
    if (latest && from > 0) {
      from--;
    }
    if (!ts.get(from).word().equalsIgnoreCase("the")) {
      return null;
    }
    String value = anchor == null ? "XXXX" : String.valueOf(anchor.getYear() - (latest ? 1 : 0));
    return new NlpDoc.Timex(ts.get(from).start(), t.end(), join(ts, from, i), "DATE", value);
  }

  private static final java.util.regex.Pattern LENGTH_THEN = java.util.regex.Pattern.compile(
      "(?i)^((?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several|\\d{1,3})\\s+"
          + "(minute|hour|day|week|month|year)s?)\\s+(?:later|after|before)$");

  /**
   * "three days later", "a few days after": TimeML marks the length ("three days", P3D) and leaves
   * "later" as the signal tying it to an event; the tagger reads a day counted from the publication
   * day. A year counted from a report ("a year earlier") is a point and stays as it is.
   */
  private static NlpDoc.Timex lengthBeforeEvent(NlpDoc doc, NlpDoc.Timex t) {
    java.util.regex.Matcher m = LENGTH_THEN.matcher(t.text());
    if (!m.matches() || t.value() == null || t.value().startsWith("P")) {
      return null;
    }
    String n = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+" + m.group(2).toLowerCase(Locale.ROOT) + "s?$", "");
    Integer k = n.equals("a") || n.equals("an") ? Integer.valueOf(1) : number(n);
    String count = k != null ? String.valueOf(k) : "X";
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    String value = switch (unit) {
      case "minute" -> "PT" + count + "M";
      case "hour" -> "PT" + count + "H";
      default -> "P" + count + Character.toUpperCase(unit.charAt(0));
    };
    String text = t.text().substring(0, m.end(1));
    return new NlpDoc.Timex(t.start(), t.start() + text.length(), text, "DURATION", value);
  }

  /** "the 1988 period" of a results report (the tagger takes the year alone): the value rules read it. */
  private static NlpDoc.Timex yearPeriod(NlpDoc doc, NlpDoc.Timex t) {
    if (t.value() == null || !t.text().matches("^\\d{4}$") || !t.value().equals(t.text())) {
      return null;
    }
    List<NlpDoc.Token> ts = TimexContext.tokens(doc, t);
    int i = firstTokenIn(ts, t);
    if (i < 1 || i + 1 >= ts.size() || !ts.get(i - 1).word().equalsIgnoreCase("the")
        || !ts.get(i + 1).word().equalsIgnoreCase("period")) {
      return null;
    }
    return new NlpDoc.Timex(ts.get(i - 1).start(), ts.get(i + 1).end(), join(ts, i - 1, i + 1), "DATE", t.value());
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
        NlpDoc.Timex t = new NlpDoc.Timex(b, e, join(ts, i, i + 2), "DATE", "XXXX-QX");
        if (out.stream().noneMatch(o -> o.start() < e && b < o.end())) {
          out.add(t);
        }
      }
    }
  }

  private static final java.util.regex.Pattern MONTH_WORD = java.util.regex.Pattern.compile(
      "^(?:(?:mid|early|late)-)?(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)$");
  private static final java.util.regex.Pattern MID_YEAR = java.util.regex.Pattern.compile("^(?:mid|early|late)-(1[89]\\d\\d|20\\d\\d)$");
  private static final java.util.Set<String> BEFORE_MONTH = java.util.Set.of("in", "since", "by", "until", "till",
      "through", "from", "to", "early", "late", "of", "before", "after", "during", "last", "next", "this");

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
        java.util.regex.Matcher m = MONTH_WORD.matcher(k.word());
        java.util.regex.Matcher y = MID_YEAR.matcher(k.word());
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
          int n = monthNumber(m.group(1));
          value = (anchor == null ? "XXXX" : String.valueOf(anchor.getYear())) + String.format(Locale.ROOT, "-%02d", n);
        } else {
          value = y.group(1);
        }
        out.add(new NlpDoc.Timex(b, e, k.word(), "DATE", value));
      }
    }
  }

  private static int monthNumber(String name) {
    String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(p) + 1;
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
        String before = ts.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
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
        out.add(new NlpDoc.Timex(b, e, join(ts, i, j), "DATE", value));
      }
    }
  }

  private static Integer number(String w) {
    if (w.matches("\\d{1,2}")) {
      return Integer.parseInt(w);
    }
    Integer u = UNITS.get(w.toLowerCase(Locale.ROOT));
    return u != null ? u : switch (w.toLowerCase(Locale.ROOT)) {
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> null;
    };
  }

  private static int firstTokenIn(List<NlpDoc.Token> ts, NlpDoc.Timex t) {
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).start() == t.start()) {
        return i;
      }
    }
    return -1;
  }

  /** "a year-earlier loss": the tagger reads "a year" (a duration); the expression is "year-earlier". */
  private static NlpDoc.Timex yearEarlier(NlpDoc doc, NlpDoc.Timex t) {
    if (!t.text().matches("(?i)^(?:a\\s+|the\\s+)?year$")) {
      return null;
    }
    List<NlpDoc.Token> ts = TimexContext.tokens(doc, t);
    int i = lastTokenIn(ts, t);
    if (i < 0 || !earlierFollows(ts, i)) {
      return null;
    }
    // "the year-earlier (third) quarter / period" is one expression with its noun
    int j = i + 3;
    if (j < ts.size() && ts.get(j).word().matches("(?i)first|second|third|fourth")) {
      j++;
    }
    if (t.text().matches("(?i)^the\\s.*") && i + 4 < ts.size() && UNITS.containsKey(ts.get(i + 3).word().toLowerCase(Locale.ROOT))
        && ts.get(i + 4).word().equalsIgnoreCase("months")) {
      // "the year-earlier nine months": a length of time, as the report's own "nine months" is
      int from = i - 1;
      return new NlpDoc.Timex(ts.get(from).start(), ts.get(i + 4).end(), join(ts, from, i + 4), "DURATION",
          "P" + UNITS.get(ts.get(i + 3).word().toLowerCase(Locale.ROOT)) + "M");
    }
    if (t.text().matches("(?i)^the\\s.*") && j < ts.size() && ts.get(j).word().matches("(?i)quarter|period")) {
      int from = i - 1;
      return new NlpDoc.Timex(ts.get(from).start(), ts.get(j).end(), join(ts, from, j), "DATE", "YEAR_EARLIER");
    }
    return new NlpDoc.Timex(ts.get(i).start(), ts.get(i + 2).end(), join(ts, i, i + 2), "DATE", "YEAR_EARLIER");
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
          out.add(new NlpDoc.Timex(b, e, join(ts, i, i + 2), "DATE", "YEAR_EARLIER"));
        }
      }
    }
  }

  private static boolean earlierFollows(List<NlpDoc.Token> ts, int i) {
    if (i + 2 >= ts.size()) {
      return false;
    }
    NlpDoc.Token dash = ts.get(i + 1);
    NlpDoc.Token w = ts.get(i + 2);
    return dash.word().equals("-") && dash.start() == ts.get(i).end() && w.start() == dash.end()
        && (w.word().equalsIgnoreCase("earlier") || w.word().equalsIgnoreCase("ago"));
  }

  private static String join(List<NlpDoc.Token> ts, int from, int to) {
    StringBuilder b = new StringBuilder(ts.get(from).word());
    for (int k = from + 1; k <= to; k++) {
      if (ts.get(k).start() > ts.get(k - 1).end()) {
        b.append(' ');
      }
      b.append(ts.get(k).word());
    }
    return b.toString();
  }

  /** Index of the token ending where {@code t} ends, or -1. */
  private static int lastTokenIn(List<NlpDoc.Token> ts, NlpDoc.Timex t) {
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).end() == t.end()) {
        return i;
      }
    }
    return -1;
  }
}

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
 * adjective of "the current fiscal year", and reads "a year" of "a year-earlier loss"; what it
 * misses altogether is added by {@link MissedTimes}.
 */
final class TimexExtents {
  private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
      "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
  private static final java.util.Set<String> TENS = java.util.Set.of("twenty", "thirty", "forty", "fifty",
      "sixty", "seventy", "eighty", "ninety");

  private TimexExtents() {}

  /** {@code found} with extents fixed and what the tagger missed added; {@code anchor} may be null. */
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
    MissedTimes.add(doc, out, anchor);
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
    int last = TimexContext.endingAt(ts, t);
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
    int i = TimexContext.endingAt(ts, t);
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
    String text = TimexContext.join(ts, i - 1, j);
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
    int i = TimexContext.startingAt(ts, t);
    if (i < 0 || i + 3 >= ts.size()) {
      return null;
    }
    if (ts.get(i).word().equalsIgnoreCase("the") && ts.get(i + 1).word().matches("(?i)first|last")
        && ts.get(i + 3).word().matches("(?i)(?:month|week|day|year)s")) {
      Integer n = number(ts.get(i + 2).word());
      if (n != null) {
        String unit = ts.get(i + 3).word().substring(0, 1).toUpperCase(Locale.ROOT);
        return new NlpDoc.Timex(t.start(), ts.get(i + 3).end(), TimexContext.join(ts, i, i + 3), "DURATION", "P" + n + unit);
      }
    }
    if (ts.get(i).word().matches("(?i)second|year|day|month|week") && ts.get(i + 1).word().equalsIgnoreCase("this")
        && ts.get(i + 2).word().equalsIgnoreCase("year") && ts.get(i + 2).end() == t.end()) {
      return new NlpDoc.Timex(ts.get(i + 1).start(), t.end(), TimexContext.join(ts, i + 1, i + 2), "DATE",
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
    int i = TimexContext.startingAt(ts, t);
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
    return new NlpDoc.Timex(ts.get(from).start(), t.end(), TimexContext.join(ts, from, i), "DATE", value);
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
    int i = TimexContext.startingAt(ts, t);
    if (i < 1 || i + 1 >= ts.size() || !ts.get(i - 1).word().equalsIgnoreCase("the")
        || !ts.get(i + 1).word().equalsIgnoreCase("period")) {
      return null;
    }
    return new NlpDoc.Timex(ts.get(i - 1).start(), ts.get(i + 1).end(), TimexContext.join(ts, i - 1, i + 1), "DATE", t.value());
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

  /** "a year-earlier loss": the tagger reads "a year" (a duration); the expression is "year-earlier". */
  private static NlpDoc.Timex yearEarlier(NlpDoc doc, NlpDoc.Timex t) {
    if (!t.text().matches("(?i)^(?:a\\s+|the\\s+)?year$")) {
      return null;
    }
    List<NlpDoc.Token> ts = TimexContext.tokens(doc, t);
    int i = TimexContext.endingAt(ts, t);
    if (i < 0 || !MissedTimes.earlierFollows(ts, i)) {
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
      return new NlpDoc.Timex(ts.get(from).start(), ts.get(i + 4).end(), TimexContext.join(ts, from, i + 4), "DURATION",
          "P" + UNITS.get(ts.get(i + 3).word().toLowerCase(Locale.ROOT)) + "M");
    }
    if (t.text().matches("(?i)^the\\s.*") && j < ts.size() && ts.get(j).word().matches("(?i)quarter|period")) {
      int from = i - 1;
      return new NlpDoc.Timex(ts.get(from).start(), ts.get(j).end(), TimexContext.join(ts, from, j), "DATE", "YEAR_EARLIER");
    }
    return new NlpDoc.Timex(ts.get(i).start(), ts.get(i + 2).end(), TimexContext.join(ts, i, i + 2), "DATE", "YEAR_EARLIER");
  }
}

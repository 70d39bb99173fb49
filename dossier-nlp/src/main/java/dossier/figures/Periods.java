package dossier.figures;

import dossier.model.DateRange;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period or event a figure refers to, in the sentence's words: "since the fighting began on
 * March 4", "in the 1998 war", "a week of clashes that have killed ...". Dated by a time
 * expression inside those words when there is one; "since X" runs from X to the report.
 */
final class Periods {
  /**
   * A period: its words and extent, its days (unknown when no time expression gives them), and
   * whether it is open-ended up to the report ("since ...").
   */
  record Period(String text, int start, int end, DateRange range, boolean open) {}

  private static final String EVENT = "wars?|fighting|clash(?:es)?|conflict|shelling|attacks?|"
      + "offensive|raids?|strikes?|airstrikes?|air strikes?|bombings?|bombardment|violence|"
      + "hostilities|skirmishes|battles?|siege|floods?|flooding|earthquake|unrest|protests?|"
      + "uprising|insurgency|crackdown|explosions?|blasts?|incidents?|massacre|occupation|"
      + "campaign|operations?|storms?|hurricane|cyclone|crisis|famine|epidemic|outbreak|riots?|"
      + "ambush|assault|invasion|genocide|revolution|wildfires?|collapse|crash|disaster";
  /** After the figure: "since ...", or "in / during / amid / throughout" an event or a time. */
  private static final Pattern AFTER = Pattern.compile("(?i)\\b(?:(since)\\s+\\S|when\\s+\\w+\\s+"
      + "(?:hit|struck|landed|exploded|fell|opened|attacked|stormed|raided)\\b|"
      + "(?:in|during|amid|throughout|over)\\s+(?:(?:the|a|an|this|that|last|its|their|these|"
      + "those|recent|latest|past|renewed|heavy|heaviest|deadly|first|two|three|\\d{4}s?|[\\w-]+ing)"
      + "\\s+){0,3}(?:" + EVENT + "|past\\s+(?:week|month|year|\\w+\\s+(?:days|weeks|months|years))|"
      + "(?:19|20)\\d\\d(?:s)?)\\b)");
  /** Before the figure: "a 1998 war that killed", "fighting that began on March 4 has killed". */
  private static final Pattern BEFORE = Pattern.compile("(?i)((?:\\b(?:the|a|an|this|last|its|"
      + "their)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:" + EVENT + "))\\b([^.;–—]{0,50}?)\\b(that|which)?"
      + "\\s*(?:has|have|had)?\\s*(?:killed|killing|claimed|left|displaced|wounded|injured|"
      + "cost|forced)[\\s\"“]*$");
  /** A period that started at a time and runs on: "the fighting that began on March 4". */
  private static final Pattern BEGAN = Pattern.compile("(?i)\\b(?:began|begun|broke out|started|"
      + "erupted|flared)\\b");
  private static final Pattern DETERMINER = Pattern.compile("(?i)\\b(?:the|a|an|this|last|its|their)\\s");
  private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:since|after|before|"
      + "than|of|from|until)\\s+$");
  private static final Pattern STOP = Pattern.compile("[,;:.?!\"“”]|\\s(?:and|but|while|"
      + "according to|said|says)\\s");
  private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d)(\\d|0s)\\b");

  private Periods() {}

  /**
   * The period of a figure spanning {@code [figStart, figEnd)} in sentence {@code [start, end)}.
   * {@code times} are the article's time expressions; {@code reported} the report's own days.
   * Null when the sentence names none.
   */
  static Period find(String text, int start, int end, int figStart, int figEnd,
      List<TimeExpression> times, DateRange reported) {
    int windowEnd = Math.min(end, figEnd + 120);
    Matcher a = AFTER.matcher(text).region(figEnd, windowEnd);
    if (a.find()) {
      int from = a.start();
      int to = stop(text, from + (a.group(1) != null ? 6 : 3), windowEnd);
      return period(text, from, to, a.group(1) != null || BEGAN.matcher(text).region(from, to).find(),
          times, reported);
    }
    String before = text.substring(Math.max(start, figStart - 110), figStart);
    Matcher b = BEFORE.matcher(before);
    if (b.find()) {
      int offset = figStart - before.length();
      if (b.group(3) == null && AFTER_PREPOSITION.matcher(before.substring(0, b.start(1))).find()) {
        return null; // "the worst since a war - has killed": that war is no subject of the verb
      }
      int from = offset + b.start(1);
      int to = offset + b.end(2);
      // "the ceasefire line since a 1998 war": the event's own phrase starts at its last article
      Matcher det = DETERMINER.matcher(text).region(from, offset + b.end(1));
      int last = -1;
      while (det.find()) {
        last = det.start();
      }
      if (last > from) {
        from = last;
      }
      String words = text.substring(from, to).replaceAll("(?i)\\s+(?:that|which)?\\s*(?:has|have|had)?\\s*$", "");
      to = from + words.length();
      return period(text, from, to, BEGAN.matcher(text).region(from, to).find(), times, reported);
    }
    return null;
  }

  private static int stop(String text, int from, int to) {
    Matcher s = STOP.matcher(text).region(from, to);
    int at = s.find() ? s.start() : to;
    while (at > from && Character.isWhitespace(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  private static Period period(String text, int from, int to, boolean since,
      List<TimeExpression> times, DateRange reported) {
    DateRange range = DateRange.unknown();
    for (TimeExpression t : times) {
      if (t.start() >= from && t.end() <= to && t.range() != null && t.range().isKnown()) {
        range = t.range();
        break;
      }
    }
    if (!range.isKnown()) {
      range = year(text.substring(from, to));
    }
    if (since && range.isKnown()) {
      LocalDate until = reported.latest();
      range = until == null || range.earliest() == null || until.isBefore(range.earliest())
          ? new DateRange(null, range.earliest(), null) : DateRange.between(range.earliest(), until);
    }
    String words = text.substring(from, to).trim();
    return new Period(words, from, to, range, since || open(words));
  }

  /** Whether period words run on up to the report: "since ...", "the fighting that began ...". */
  static boolean open(String words) {
    String lower = words.toLowerCase();
    return lower.startsWith("since") || lower.startsWith("over") || lower.startsWith("throughout")
        || BEGAN.matcher(lower).find();
  }

  /** A year ("1998") or decade ("the 1990s") written in the words, when no time expression is. */
  private static DateRange year(String words) {
    Matcher y = YEAR.matcher(words);
    if (!y.find()) {
      return DateRange.unknown();
    }
    if (y.group(2).equals("0s")) {
      int decade = Integer.parseInt(y.group(1)) * 10;
      return DateRange.between(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31));
    }
    int year = Integer.parseInt(y.group(1) + y.group(2));
    return DateRange.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}

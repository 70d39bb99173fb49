package dossier.nlp;

import dossier.model.DateRange;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts an article's time expressions on the calendar against its publication date. An exact day
 * is the anchor; for a range the expressions are resolved against both ends and each keeps the
 * hull of the two readings (an open end leaves relative expressions open on that side), so a
 * relative expression of a vaguely dated article never gets an invented exact day.
 */
public final class TimeNormalizer {
  private TimeNormalizer() {}

  /** The time expressions of {@code doc} (the annotated text of article {@code articleId}). */
  public static List<TimeExpression> normalize(String articleId, NlpDoc doc, DateRange published) {
    LocalDate lo = published.earliest();
    LocalDate hi = published.latest();
    if (published.isExact()) {
      return single(articleId, doc, published.value());
    }
    if (lo == null && hi == null) {
      return single(articleId, doc, null);
    }
    // readings at both ends; an open end is read with no anchor (absolute expressions only)
    List<NlpDoc.Timex> first = TimexRules.apply(doc, doc.timesAt(lo), lo, true);
    List<NlpDoc.Timex> second = TimexRules.apply(doc, doc.timesAt(hi), hi, true);
    Map<Long, NlpDoc.Timex> byOther = new HashMap<>();
    for (NlpDoc.Timex t : second) {
      byOther.put(key(t), t);
    }
    List<TimeExpression> out = new ArrayList<>(first.size());
    for (NlpDoc.Timex a : first) {
      boolean ahead = lo != null && hi != null && Tense.future(doc, a);
      LocalDate named = lo == null || hi == null ? null
          : Weekdays.weekdayDate(doc, a, ahead ? lo : lo.minusYears(1), ahead ? hi.plusYears(1) : hi);
      if (named != null) {
        // "Friday, April 5" in an article of [lo, hi]: the one April 5 that was a Friday from a
        // year before the range to its end (from its start to a year after it in a future
        // clause) is the day, whichever end the article was written at
        out.add(expression(articleId, a, named.toString(), DateRange.exact(named)));
        continue;
      }
      NlpDoc.Timex b = byOther.get(key(a));
      if (b == null) {
        continue; // read differently at the two ends: no honest single expression
      }
      DateRange ra = TimexRanges.range(a.value(), a.text(), lo);
      DateRange rb = TimexRanges.range(b.value(), b.text(), hi);
      if (a.value() != null && a.value().equals(b.value()) && !a.value().endsWith("_REF")) {
        out.add(expression(articleId, a, a.value(), ra)); // the same day read from both ends
        continue;
      }
      if (lo == null || hi == null) {
        // one end open: an expression the open end reads as a known span is absolute ("4 May 2019")
        DateRange known = lo == null ? rb : ra;
        DateRange bare = lo == null ? ra : rb;
        if (bare.isKnown() && bare.equals(known)) {
          out.add(expression(articleId, a, lo == null ? b.value() : a.value(), known));
          continue;
        }
      }
      // relative readings move with the anchor: from the earliest reading at the early end to the
      // latest at the late end; an open end of the publication range leaves that side open
      LocalDate e = lo == null || ra.earliest() == null ? null
          : hi == null ? ra.earliest() : rb.earliest() == null ? null : min(ra.earliest(), rb.earliest());
      LocalDate l = hi == null || rb.latest() == null ? null
          : lo == null ? rb.latest() : ra.latest() == null ? null : max(ra.latest(), rb.latest());
      boolean unknown = lo == null ? !rb.isKnown() : hi == null ? !ra.isKnown() : !ra.isKnown() && !rb.isKnown();
      String value = java.util.Objects.equals(a.value(), b.value()) ? a.value() : commonValue(a.value(), b.value());
      out.add(expression(articleId, a, value, unknown ? DateRange.unknown() : DateRange.between(e, l)));
    }
    return out;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static List<TimeExpression> single(String articleId, NlpDoc doc, LocalDate anchor) {
    List<TimeExpression> out = new ArrayList<>();
    for (NlpDoc.Timex t : TimexRules.apply(doc, doc.timesAt(anchor), anchor)) {
      out.add(expression(articleId, t, t.value(), TimexRanges.range(t.value(), t.text(), anchor)));
    }
    return out;
  }

  private static TimeExpression expression(String articleId, NlpDoc.Timex t, String value, DateRange r) {
    return new TimeExpression(articleId, t.start(), t.end(), t.text(), t.type(), value, r);
  }

  private static long key(NlpDoc.Timex t) {
    return ((long) t.start() << 32) | t.end();
  }

  /** The longest common prefix of two values that ends at a whole component ("2016-05-03", "2016-05-20" → "2016-05"). */
  static String commonValue(String a, String b) {
    if (a == null || b == null) {
      return null;
    }
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    String p = a.substring(0, n);
    int cut = p.lastIndexOf('-');
    if (n == a.length() && n == b.length()) {
      return a;
    }
    if (p.length() >= 4 && p.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return cut >= 4 ? p.substring(0, cut) : p.substring(0, 4);
    }
    return null;
  }
}

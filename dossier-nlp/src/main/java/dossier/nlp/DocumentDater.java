package dossier.nlp;

import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates an article that states no date from what it says. A dated caption or an absolute date the
 * text mentions as past ("on April 3, 2016 troops ...", not "elections due in 2030") is a lower
 * bound. A month named without a year ("in early April") is, in news, within the year before
 * publication: when it is the month of that lower bound, the article appeared less than a year
 * after the month began. Nothing here ever yields an exact day.
 */
public final class DocumentDater {
  private static final Pattern ABSOLUTE = Pattern.compile("^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$");
  /** Two years joined by a dash: "1991-1994", "1991–94" is not read. */
  private static final Pattern YEAR_SPAN = Pattern.compile("^(1[5-9]\\d\\d|20\\d\\d)\\s*[-\u2013]\\s*(1[5-9]\\d\\d|20\\d\\d)$");
  private static final Pattern YEARLESS_MONTH = Pattern.compile("^XXXX-(\\d{2})(?:-\\d{2})?$");
  /** Confidence of a range read from content: honest, but wide and inferred. */
  static final double CONFIDENCE = 0.3;

  private DocumentDater() {}

  /**
   * A better publication date for {@code a} from its text's time expressions (resolved with no
   * anchor, {@code doc.timesAt(null)}), or {@code a.published()} when the text adds nothing or the
   * article's date rests on something firmer.
   */
  public static PublicationDate date(Article a, NlpDoc doc) {
    return onWeekday(a, fromContent(a, doc));
  }

  /** {@code d} narrowed to the weekday the article says it was written on, if it says so. */
  private static PublicationDate onWeekday(Article a, PublicationDate d) {
    java.time.DayOfWeek day = ReportingDay.of(a.dateline(), a.text());
    DateRange narrowed = ReportingDay.narrow(d.range(), day);
    if (narrowed.equals(d.range())) {
      return d;
    }
    String why = (d.evidence() == null ? "" : d.evidence() + "; ") + "written on a "
        + day.name().charAt(0) + day.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    return new PublicationDate(narrowed, d.basis() == DateBasis.UNKNOWN ? DateBasis.CONTENT : d.basis(), why,
        d.basis() == DateBasis.UNKNOWN ? CONFIDENCE : d.confidence());
  }

  private static PublicationDate fromContent(Article a, NlpDoc doc) {
    PublicationDate now = a.published();
    if (now.range().isExact() || !(now.basis() == DateBasis.UNKNOWN || now.basis() == DateBasis.CAPTION
        || now.basis() == DateBasis.CONTENT || now.basis() == DateBasis.CRAWL)) {
      return now;
    }
    LocalDate lower = null;
    String lowerWhy = null;
    for (Caption c : a.captions()) {
      if (c.date().earliest() != null && (lower == null || c.date().earliest().isAfter(lower))) {
        lower = c.date().earliest();
        lowerWhy = "caption: " + c.text();
      }
    }
    List<Integer> months = new ArrayList<>();
    for (NlpDoc.Timex t : TimexRules.apply(doc, doc.timesAt(null), null)) {
      if (t.value() == null || !"DATE".equals(t.type()) && !YEAR_SPAN.matcher(t.text().trim()).matches()
          || Tense.future(doc, t)) {
        continue;
      }
      java.util.regex.Matcher ym = YEARLESS_MONTH.matcher(t.value());
      if (ym.matches()) {
        months.add(Integer.parseInt(ym.group(1)));
        continue;
      }
      java.util.regex.Matcher span = YEAR_SPAN.matcher(t.text().trim());
      if (span.matches() && Integer.parseInt(span.group(1)) < Integer.parseInt(span.group(2))
          && Integer.parseInt(span.group(2)) - Integer.parseInt(span.group(1)) <= 100) {
        // "the 1991-1994 conflict" (the tagger: a duration): the later year has begun
        LocalDate d = LocalDate.of(Integer.parseInt(span.group(2)), 1, 1);
        if (lower == null || d.isAfter(lower)) {
          lower = d;
          lowerWhy = "mentions as past: " + t.text();
        }
        continue;
      }
      if (!ABSOLUTE.matcher(t.value()).matches()) {
        continue;
      }
      LocalDate d = TimexRanges.range(t.value(), t.text(), null).earliest();
      if (d != null && (lower == null || d.isAfter(lower))) {
        lower = d;
        lowerWhy = "mentions as past: " + t.text();
      }
    }
    if (lower == null) {
      return now;
    }
    LocalDate upper = null;
    if (months.contains(lower.getMonthValue())) {
      upper = YearMonth.from(lower).plusYears(1).atDay(1).minusDays(1);
      lowerWhy += "; names " + lower.getMonth().name().charAt(0)
          + lower.getMonth().name().substring(1).toLowerCase(java.util.Locale.ROOT) + " without a year";
    }
    DateRange found = DateRange.between(lower, upper);
    DateRange both = now.range().intersect(found);
    if (both == null) {
      return new PublicationDate(found, DateBasis.CONTENT, lowerWhy, CONFIDENCE);
    }
    if (both.equals(now.range())) {
      return now;
    }
    String why = now.evidence() == null ? lowerWhy : now.evidence() + "; " + lowerWhy;
    return new PublicationDate(both, DateBasis.CONTENT, why, CONFIDENCE);
  }
}

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
      if (t.value() == null || !"DATE".equals(t.type()) || TimexRules.future(doc, t)) {
        continue;
      }
      java.util.regex.Matcher ym = YEARLESS_MONTH.matcher(t.value());
      if (ym.matches()) {
        months.add(Integer.parseInt(ym.group(1)));
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

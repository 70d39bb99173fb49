package dossier.dedup;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates undated copies from their dated siblings (basis {@link DateBasis#DUPLICATE}): a copy
 * appears no earlier than the first dated sibling, and syndicated copies go out on the day of the
 * wire story or the next, so the range runs from the earliest sibling day to one day after the
 * latest. Only articles without a date of their own (or dated by a weaker basis, or by an earlier
 * run of this stage) are changed; siblings dated the same way are not used as evidence.
 */
final class CopyDates {
  static final double CONFIDENCE = 0.6;

  private CopyDates() {}

  /** The members whose publication date changes, with their new date. */
  static List<Article> propagate(List<Article> members) {
    LocalDate lo = null;
    LocalDate hi = null;
    List<String> from = new ArrayList<>();
    for (Article a : members) {
      if (Canonical.ownDate(a)) {
        DateRange r = a.published().range();
        if (r.earliest() == null || r.latest() == null) {
          continue; // an open range says too little to date a copy
        }
        lo = lo == null || r.earliest().isBefore(lo) ? r.earliest() : lo;
        hi = hi == null || r.latest().isAfter(hi) ? r.latest() : hi;
        from.add(a.id() + " (" + r + ")");
      }
    }
    List<Article> out = new ArrayList<>();
    if (lo == null) {
      return out;
    }
    PublicationDate date = new PublicationDate(DateRange.between(lo, hi.plusDays(1)),
        DateBasis.DUPLICATE, "copy of " + String.join(", ", from), CONFIDENCE);
    for (Article a : members) {
      boolean weaker = a.published().basis().ordinal() >= DateBasis.DUPLICATE.ordinal()
          || !a.published().isKnown();
      if (!Canonical.ownDate(a) && weaker && !date.equals(a.published())) {
        out.add(a.withPublished(date));
      }
    }
    return out;
  }
}

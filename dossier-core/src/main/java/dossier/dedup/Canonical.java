package dossier.dedup;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.text.FoldedText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks the article the others copy: the credited original where known (an article published by
 * the wire agency it is credited to), else the earliest dated copy that carries the credit, else
 * the earliest dated, else the most complete. Ties (copies of one day) go to the most central
 * member, the one most like all others: the original sits between its trimmed and its extended
 * copies, while an extended copy is only like the original.
 */
final class Canonical {
  private Canonical() {}

  /** Whether {@code a}'s date rests on its own evidence (not on its duplicates or later stages). */
  static boolean ownDate(Article a) {
    return a.published().isKnown() && a.published().basis().ordinal() < DateBasis.DUPLICATE.ordinal();
  }

  static Article choose(List<Article> members, Map<String, Double> centrality) {
    Comparator<Article> order = Comparator.comparingInt(Canonical::tier)
        .thenComparing(a -> ownDate(a) ? day(a) : LocalDate.MAX)
        .thenComparing(a -> -centrality.getOrDefault(a.id(), 0.0))
        .thenComparing(a -> -a.text().length())
        .thenComparing(Article::id);
    return members.stream().min(order).orElseThrow();
  }

  private static LocalDate day(Article a) {
    var r = a.published().range();
    return r.earliest() != null ? r.earliest() : r.latest();
  }

  private static int tier(Article a) {
    if (a.credit() != null && a.outlet() != null) {
      String credit = FoldedText.fold(a.credit()).strip();
      String outlet = FoldedText.fold(a.outlet()).strip();
      if (!credit.isEmpty() && (outlet.equals(credit) || outlet.startsWith(credit + " "))) {
        return 0;
      }
    }
    if (a.credit() != null && ownDate(a)) {
      return 1;
    }
    return ownDate(a) ? 2 : 3;
  }
}

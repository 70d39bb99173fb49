package dossier.dedup;

import dossier.model.Article;
import dossier.model.CopyChanges;
import dossier.model.DuplicateGroup;
import dossier.text.FoldedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Syndication statistics from stored duplicate groups: which outlets republished which wire's
 * stories, and how often they edited them. The wire of a group is the canonical article's main
 * credit, else the credit most of its members carry, else the canonical article's outlet. Every
 * member published by another outlet than the wire itself is a republication; the ones compared
 * with the canonical article (all copies but a canonical republished by an outlet) tell whether
 * and how much the outlet edits. Pure.
 */
public final class Syndication {
  private Syndication() {}

  /**
   * What one outlet did with one wire's stories.
   *
   * @param wire the wire source as first written ("AFP")
   * @param outlet the republishing outlet as first written
   * @param copies the outlet's articles that are copies of the wire's stories
   * @param stories distinct stories (duplicate groups) among those copies
   * @param compared copies compared with their canonical article (a canonical copy is not)
   * @param edited compared copies with a sentence added, removed or edited or a new title
   * @param meanChangedShare mean over compared copies of the share of sentences changed: added,
   *     removed and edited sentences over the canonical article's sentences plus the added ones;
   *     NaN when none was compared
   */
  public record Row(String wire, String outlet, int copies, int stories, int compared, int edited,
      double meanChangedShare) {}

  /** Totals over rows: distinct outlets and distinct wire stories they republished. */
  public record Totals(int outlets, int stories) {}

  /**
   * One row per wire and republishing outlet, ordered by wire, then most copies first, then
   * outlet. Members missing from {@code articlesById} or without an outlet are skipped.
   *
   * @param articlesById at least the members of {@code groups}
   * @param changes each copy's changes against its canonical article
   */
  public static List<Row> of(List<DuplicateGroup> groups, Map<String, Article> articlesById,
      List<CopyChanges> changes) {
    List<Row> rows = new ArrayList<>();
    accumulate(groups, articlesById, changes).forEach(a -> rows.add(a.row()));
    rows.sort(Comparator.comparing((Row r) -> fold(r.wire())).thenComparing(r -> -r.copies())
        .thenComparing(r -> fold(r.outlet())));
    return rows;
  }

  /** Distinct republishing outlets, and distinct wire stories they republished. */
  public static Totals totals(List<DuplicateGroup> groups, Map<String, Article> articlesById,
      List<CopyChanges> changes) {
    Set<String> outlets = new HashSet<>();
    Set<String> stories = new HashSet<>();
    for (Acc a : accumulate(groups, articlesById, changes)) {
      outlets.add(fold(a.outlet));
      stories.addAll(a.groups);
    }
    return new Totals(outlets.size(), stories.size());
  }

  private static java.util.Collection<Acc> accumulate(List<DuplicateGroup> groups,
      Map<String, Article> articlesById, List<CopyChanges> changes) {
    Map<String, CopyChanges> byCopy = new HashMap<>();
    changes.forEach(c -> byCopy.put(c.articleId(), c));
    Map<List<String>, Acc> accs = new HashMap<>();
    for (DuplicateGroup g : groups) {
      Article canonical = articlesById.get(g.canonical());
      String wire = canonical == null ? null : wire(g, canonical, articlesById);
      if (wire == null) {
        continue;
      }
      int sentences = Sentences.of(canonical.text()).size();
      for (String id : memberIds(g)) {
        Article a = articlesById.get(id);
        if (a == null || blank(a.outlet()) || ownOutlet(a.outlet(), wire)) {
          continue;
        }
        Acc acc = accs.computeIfAbsent(List.of(fold(wire), fold(a.outlet())),
            k -> new Acc(wire.strip(), a.outlet().strip()));
        acc.copies++;
        acc.groups.add(g.id());
        CopyChanges c = byCopy.get(id);
        if (!id.equals(g.canonical()) && c != null && c.canonicalId().equals(g.canonical())) {
          acc.compared++;
          int changed = c.added().size() + c.removed().size() + c.edited().size();
          if (changed > 0 || c.title() != null) {
            acc.edited++;
          }
          int total = sentences + c.added().size();
          acc.shareSum += total == 0 ? 0 : (double) changed / total;
        }
      }
    }
    return accs.values();
  }

  /** Ids of every article of {@code groups}, canonical ones included: what {@link #of} reads. */
  public static Set<String> articleIds(List<DuplicateGroup> groups) {
    Set<String> ids = new HashSet<>();
    groups.forEach(g -> ids.addAll(memberIds(g)));
    return ids;
  }

  /** The canonical article's main credit, else the commonest main credit, else its outlet. */
  static String wire(DuplicateGroup g, Article canonical, Map<String, Article> articlesById) {
    if (!blank(canonical.credit())) {
      return canonical.credit();
    }
    Map<String, Integer> votes = new LinkedHashMap<>();
    Map<String, String> written = new HashMap<>();
    for (String id : memberIds(g)) {
      Article a = articlesById.get(id);
      if (a != null && !blank(a.credit())) {
        votes.merge(fold(a.credit()), 1, Integer::sum);
        written.putIfAbsent(fold(a.credit()), a.credit());
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(e -> written.get(e.getKey()))
        .orElse(blank(canonical.outlet()) ? null : canonical.outlet());
  }

  /** The canonical id and every member id, once each (groups list the canonical as a member). */
  private static Set<String> memberIds(DuplicateGroup g) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    ids.add(g.canonical());
    g.members().forEach(m -> ids.add(m.articleId()));
    return ids;
  }

  /** Whether {@code outlet} is the wire's own site ("AFP", "AFP News"), as {@link Canonical}. */
  private static boolean ownOutlet(String outlet, String wire) {
    String o = fold(outlet);
    String w = fold(wire);
    return !w.isEmpty() && (o.equals(w) || o.startsWith(w + " "));
  }

  private static String fold(String s) {
    return FoldedText.fold(s).strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Running sums for one wire and outlet. */
  private static final class Acc {
    final String wire;
    final String outlet;
    final Set<String> groups = new HashSet<>();
    int copies;
    int compared;
    int edited;
    double shareSum;

    Acc(String wire, String outlet) {
      this.wire = wire;
      this.outlet = outlet;
    }

    Row row() {
      return new Row(wire, outlet, copies, groups.size(), compared, edited,
          compared == 0 ? Double.NaN : shareSum / compared);
    }
  }
}

package dossier.dedup;

import dossier.model.Article;
import dossier.model.CopyChanges;
import dossier.model.DuplicateGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns verified pairs into duplicate groups: composite articles are cut out of the copy graph
 * first (so one stitched article does not merge two unrelated stories), groups are its connected
 * components, and each group gets a canonical member, each copy's relation and similarity to it,
 * what each copy changed, and dates for its undated copies. Articles are fetched a few thousand at
 * a time through {@link Articles}.
 */
public final class Grouper {
  private static final int CHUNK = 2000;

  /** Fetches whole articles by id. */
  @FunctionalInterface
  public interface Articles {
    Map<String, Article> load(Collection<String> ids);
  }

  private final Detector detector;

  public Grouper(Detector detector) {
    this.detector = detector;
  }

  /** Groups, changes, passages, flags and new dates from all verified pairs of a dossier. */
  public DedupResult group(List<Match> matches, Articles articles) {
    Composites.Found composite = Composites.find(matches, detector.config());
    List<Match> kept = new ArrayList<>();
    List<Match> passages = new ArrayList<>();
    for (Match m : matches) {
      if (m.copy() && !composite.cut(m)) {
        kept.add(m);
      } else {
        passages.add(m);
      }
    }
    Map<String, Double> centrality = new HashMap<>();
    for (Match m : kept) {
      centrality.merge(m.a(), m.score(), Double::sum);
      centrality.merge(m.b(), m.score(), Double::sum);
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    List<CopyChanges> changes = new ArrayList<>();
    List<Article> redated = new ArrayList<>();
    List<List<String>> components = Components.of(kept);
    for (int from = 0; from < components.size(); ) {
      List<String> ids = new ArrayList<>();
      int to = from;
      while (to < components.size() && ids.size() < CHUNK) {
        ids.addAll(components.get(to++));
      }
      Map<String, Article> loaded = articles.load(ids);
      components.subList(from, to).parallelStream()
          .map(c -> one(c, loaded, centrality))
          .toList()
          .forEach(g -> {
            groups.add(g.group);
            changes.addAll(g.changes);
            redated.addAll(g.redated);
          });
      from = to;
    }
    return new DedupResult(groups, changes, passages, composite.flags(), redated);
  }

  private record One(DuplicateGroup group, List<CopyChanges> changes, List<Article> redated) {}

  private One one(List<String> ids, Map<String, Article> loaded, Map<String, Double> centrality) {
    List<Article> members = new ArrayList<>();
    for (String id : ids) {
      Article a = loaded.get(id);
      if (a != null) { // an article dropped since its pair was verified
        members.add(a);
      }
    }
    Article canon = Canonical.choose(members, centrality);
    List<DuplicateGroup.Member> out = new ArrayList<>();
    List<CopyChanges> changes = new ArrayList<>();
    for (Article a : members) {
      if (a != canon) {
        Match m = detector.compare(canon.id(), canon.text(), a.id(), a.text());
        out.add(new DuplicateGroup.Member(a.id(), relation(m), round(m.score())));
        changes.add(ChangeFinder.between(canon, a));
      }
    }
    DuplicateGroup g = new DuplicateGroup("dup-" + canon.id(), canon.id(), out);
    return new One(g, changes, CopyDates.propagate(members));
  }

  /** How a copy ({@code m.b()}) relates to the canonical article ({@code m.a()}). */
  private String relation(Match m) {
    if (m.exact()) {
      return "exact";
    }
    if (m.jaccard() >= detector.config().nearThreshold()) {
      return "near";
    }
    return m.inA() >= m.inB() ? "contained-in" : "contains";
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}

package dossier.dedup;

import dossier.model.Article;
import dossier.model.CopyChanges;
import dossier.model.DuplicateGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * Groups, changes, passages, flags and new dates from all verified pairs of a dossier: every
   * group computed anew (the path a Spark job takes, and the in-memory stage's).
   */
  public DedupResult group(List<Match> matches, Articles articles) {
    Graph g = graph(matches);
    return build(g, g.components, articles);
  }

  /**
   * What an incremental build stores: groups recomputed only for components whose members
   * differ from a stored group's (a new copy joined, groups merged, a member was dropped); a
   * stored group with exactly the members of a component is kept as it is, id, changes and all.
   *
   * @param result the recomputed groups with their changes and copy dates, and all flags and passages
   * @param dropped ids of stored groups to delete (replaced or gone)
   * @param kept how many stored groups were kept unchanged
   */
  public record Regrouped(DedupResult result, List<String> dropped, int kept) {}

  /** Regroups after new pairs were added, given the groups stored by the last build. */
  public Regrouped regroup(List<Match> matches, Articles articles, List<DuplicateGroup> stored) {
    Graph g = graph(matches);
    Map<Set<String>, String> storedIds = new HashMap<>();
    for (DuplicateGroup d : stored) {
      storedIds.put(members(d), d.id());
    }
    List<List<String>> touched = new ArrayList<>();
    Set<String> keep = new HashSet<>();
    for (List<String> c : g.components) {
      String id = storedIds.get(new HashSet<>(c));
      if (id != null) {
        keep.add(id);
      } else {
        touched.add(c);
      }
    }
    List<String> dropped = stored.stream().map(DuplicateGroup::id).filter(id -> !keep.contains(id))
        .toList();
    return new Regrouped(build(g, touched, articles), dropped, keep.size());
  }

  private static Set<String> members(DuplicateGroup d) {
    Set<String> out = new HashSet<>();
    out.add(d.canonical());
    d.members().forEach(m -> out.add(m.articleId()));
    return out;
  }

  /** The copy graph with composites cut out: its components and each article's centrality. */
  private record Graph(Composites.Found composite, List<Match> passages,
      Map<String, Double> centrality, List<List<String>> components) {}

  private Graph graph(List<Match> matches) {
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
    return new Graph(composite, passages, centrality, Components.of(kept));
  }

  private DedupResult build(Graph graph, List<List<String>> components, Articles articles) {
    List<DuplicateGroup> groups = new ArrayList<>();
    List<CopyChanges> changes = new ArrayList<>();
    List<Article> redated = new ArrayList<>();
    for (int from = 0; from < components.size(); ) {
      List<String> ids = new ArrayList<>();
      int to = from;
      while (to < components.size() && ids.size() < CHUNK) {
        ids.addAll(components.get(to++));
      }
      Map<String, Article> loaded = articles.load(ids);
      components.subList(from, to).parallelStream()
          .map(c -> one(c, loaded, graph.centrality))
          .toList()
          .forEach(g -> {
            groups.add(g.group);
            changes.addAll(g.changes);
            redated.addAll(g.redated);
          });
      from = to;
    }
    return new DedupResult(groups, changes, graph.passages, graph.composite.flags(), redated);
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

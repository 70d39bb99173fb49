package dossier.stories;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Mention;
import dossier.model.Story;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories stage: groups articles reporting the same news event, incrementally. Articles of
 * stories stored by an earlier run stay in them; the others are clustered in publication order
 * and join those stories or open new ones. A duplicate group counts as one article (its canonical
 * one); its copies follow it. Then each story gets a label, span, key entities and a cited
 * summary ({@link StoryWriter}), and stories are linked into storylines ({@link Storylines}).
 */
public final class StoryStage {
  private final StoryParams params;

  public StoryStage(StoryParams params) {
    this.params = params;
  }

  /**
   * Runs the stage.
   *
   * @param articles every stored article
   * @param groups the duplicate groups
   * @param earlier the stories stored by the last run (empty on a first run)
   * @param mentions entity mentions; where an article has resolved ones, their entity ids replace
   *     the name-like phrases of its text
   * @param times time expressions; they place the event of an article whose publication date is
   *     unknown or open ({@link EventTime})
   */
  public StoryResult run(List<Article> articles, List<DuplicateGroup> groups, List<Story> earlier,
      List<Mention> mentions, List<TimeExpression> times) {
    Map<String, String> canonicalOf = new HashMap<>();
    for (DuplicateGroup g : groups) {
      g.members().forEach(m -> canonicalOf.put(m.articleId(), g.canonical()));
    }
    Map<String, Integer> earlierStory = new HashMap<>();
    for (int k = 0; k < earlier.size(); k++) {
      for (String a : earlier.get(k).articles()) {
        earlierStory.put(a, k);
      }
    }
    Map<String, List<String>> entityIds = new HashMap<>();
    for (Mention m : mentions) {
      if (m.entityId() != null) {
        entityIds.computeIfAbsent(m.articleId(), x -> new ArrayList<>()).add(m.entityId());
      }
    }
    Map<String, List<TimeExpression>> timesOf = new HashMap<>();
    times.forEach(t -> timesOf.computeIfAbsent(t.articleId(), x -> new ArrayList<>()).add(t));
    List<Article> units = new ArrayList<>(articles.stream()
        .filter(a -> !canonicalOf.containsKey(a.id()) || canonicalOf.get(a.id()).equals(a.id()))
        .toList());
    units.sort(Comparator.comparing((Article a) -> day(a), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Article::id));
    Vectorizer v = new Vectorizer(params);
    List<StoryDoc> docs = v.vectors(units.stream().map(a -> new Vectorizer.Input(a.id(),
        text(a), entityIds.get(a.id()), EventTime.of(a.published().range(), timesOf.get(a.id())))).toList());
    int[] fixed = new int[units.size()];
    int added = 0;
    for (int i = 0; i < fixed.length; i++) {
      fixed[i] = earlierStory.getOrDefault(units.get(i).id(), -1);
      added += fixed[i] < 0 ? 1 : 0;
    }
    int[] label = new StoryClustering(params).cluster(docs, fixed, earlier.size());
    Map<Integer, List<Integer>> byStory = new java.util.TreeMap<>();
    for (int i = 0; i < label.length; i++) {
      byStory.computeIfAbsent(label[i], x -> new ArrayList<>()).add(i);
    }
    Map<String, List<Article>> copies = new HashMap<>();
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    for (DuplicateGroup g : groups) {
      for (DuplicateGroup.Member m : g.members()) {
        if (!m.articleId().equals(g.canonical()) && byId.containsKey(m.articleId())) {
          copies.computeIfAbsent(g.canonical(), x -> new ArrayList<>()).add(byId.get(m.articleId()));
        }
      }
    }
    StoryWriter w = new StoryWriter(v, params);
    for (Map.Entry<Integer, List<Integer>> e : byStory.entrySet()) {
      String id = e.getKey() < earlier.size() ? earlier.get(e.getKey()).id() : null;
      w.add(id, e.getValue().stream().map(units::get).toList(),
          e.getValue().stream().map(docs::get).toList(), copies, entityIds.isEmpty());
    }
    return new StoryResult(w.stories(), w.citations(), new Storylines(params).link(w), added);
  }

  /** {@link #run(List, List, List, List, List)} without time expressions. */
  public StoryResult run(List<Article> articles, List<DuplicateGroup> groups, List<Story> earlier,
      List<Mention> mentions) {
    return run(articles, groups, earlier, mentions, List.of());
  }

  /** Title and body: the title is the densest statement of the event. */
  static String text(Article a) {
    return a.title() == null ? a.text() : a.title() + ".\n" + a.text();
  }

  private static LocalDate day(Article a) {
    DateRange r = a.published().range();
    return r.earliest() != null ? r.earliest() : r.latest();
  }
}

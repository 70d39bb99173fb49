package dossier.stories;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Mention;
import dossier.model.Story;
import dossier.model.Storyline;
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
  private final Map<String, String> entityNames;

  public StoryStage(StoryParams params) {
    this(params, Map.of());
  }

  /**
   * A stage that labels storylines with entity names: {@code entityNames} maps the entity ids of
   * resolved mentions to display names (ids without a name are shown as they are).
   */
  public StoryStage(StoryParams params, Map<String, String> entityNames) {
    this.params = params;
    this.entityNames = Map.copyOf(entityNames);
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
    return run(ArticleSource.of(articles), groups, earlier, mentions, times);
  }

  /**
   * Runs the stage over articles streamed from {@code source}: texts are read once to count their
   * terms and dropped; only sparse vectors stay in memory; each story's articles are fetched again
   * by id to write its label and summary.
   */
  public StoryResult run(ArticleSource source, List<DuplicateGroup> groups, List<Story> earlier,
      List<Mention> mentions, List<TimeExpression> times) {
    Map<String, String> canonicalOf = new HashMap<>();
    for (DuplicateGroup g : groups) {
      g.members().forEach(m -> canonicalOf.put(m.articleId(), g.canonical()));
    }
    Map<String, List<String>> entityIds = new HashMap<>();
    for (Mention m : mentions) {
      if (m.entityId() != null) {
        entityIds.computeIfAbsent(m.articleId(), x -> new ArrayList<>()).add(m.entityId());
      }
    }
    Map<String, List<TimeExpression>> timesOf = new HashMap<>();
    times.forEach(t -> timesOf.computeIfAbsent(t.articleId(), x -> new ArrayList<>()).add(t));
    Vectorizer v = new Vectorizer(params);
    List<String> unitIds = new ArrayList<>();
    List<LocalDate> unitDays = new ArrayList<>();
    Map<String, List<String>> copyIds = new HashMap<>();
    List<Vectorizer.Input> chunk = new ArrayList<>(CHUNK);
    source.forEach(a -> {
      String canonical = canonicalOf.get(a.id());
      if (canonical != null && !canonical.equals(a.id())) {
        copyIds.computeIfAbsent(canonical, x -> new ArrayList<>()).add(a.id());
        return;
      }
      unitIds.add(a.id());
      unitDays.add(day(a));
      chunk.add(new Vectorizer.Input(a.id(), text(a), entityIds.get(a.id()),
          EventTime.of(a.published().range(), timesOf.get(a.id()))));
      if (chunk.size() == CHUNK) {
        v.addAll(chunk);
        chunk.clear();
      }
    });
    v.addAll(chunk);
    List<StoryDoc> read = v.finish();
    // publication order, undated last
    Integer[] order = new Integer[unitIds.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> unitDays.get(i),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(unitIds::get));
    List<StoryDoc> docs = new ArrayList<>(order.length);
    List<String> units = new ArrayList<>(order.length);
    for (Integer i : order) {
      docs.add(read.get(i));
      units.add(unitIds.get(i));
    }
    // the store gives its stories back in id order; a first run opens them in publication order,
    // and the clustering (candidate postings, the merge) reads them in the order given
    earlier = inPublicationOrder(earlier, units, canonicalOf);
    Map<String, Integer> earlierStory = new HashMap<>();
    for (int k = 0; k < earlier.size(); k++) {
      for (String a : earlier.get(k).articles()) {
        earlierStory.put(a, k);
      }
    }
    int[] fixed = new int[units.size()];
    int added = 0;
    for (int i = 0; i < fixed.length; i++) {
      fixed[i] = earlierStory.getOrDefault(units.get(i), -1);
      added += fixed[i] < 0 ? 1 : 0;
    }
    int[] label = new StoryClustering(params).cluster(docs, fixed, earlier.size());
    // stories in the order of their first article in publication order, not in the order the
    // clustering numbered them (a re-run pass or a merge shuffles that, and a rebuild, which gets
    // its stories back from the store, cannot repeat it): storylines are linked in this order, so
    // it must depend on the stories alone, not on the run that made them
    Map<Integer, List<Integer>> byStory = new java.util.LinkedHashMap<>();
    for (int i = 0; i < label.length; i++) {
      byStory.computeIfAbsent(label[i], x -> new ArrayList<>()).add(i);
    }
    StoryWriter w = new StoryWriter(v, params);
    List<Map.Entry<Integer, List<Integer>>> batch = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : byStory.entrySet()) {
      batch.add(e);
      for (int i : e.getValue()) {
        wanted.add(units.get(i));
        wanted.addAll(copyIds.getOrDefault(units.get(i), List.of()));
      }
      if (wanted.size() >= CHUNK) {
        write(w, batch, source.fetch(wanted), units, docs, copyIds, earlier, entityIds.isEmpty());
        batch.clear();
        wanted.clear();
      }
    }
    write(w, batch, source.fetch(wanted), units, docs, copyIds, earlier, entityIds.isEmpty());
    List<Storyline> lines = new Storylines(params).link(w, id -> entityNames.getOrDefault(id, id));
    return new StoryResult(w.stories(), w.citations(), lines, added);
  }

  /**
   * {@code earlier} ordered by the publication order of each story's first article ({@code units}
   * are in that order; a copy stands at its canonical article's place), the order in which this
   * stage lists its stories and about the one in which a first run opens them (the clustering's
   * candidate postings read the last-opened stories as the live ones). Stories none of whose
   * articles is stored any more go last, by id.
   */
  private static List<Story> inPublicationOrder(List<Story> earlier, List<String> units,
      Map<String, String> canonicalOf) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      position.put(units.get(i), i);
    }
    Map<Story, Integer> first = new java.util.IdentityHashMap<>();
    for (Story s : earlier) {
      int at = Integer.MAX_VALUE;
      for (String a : s.articles()) {
        Integer p = position.get(canonicalOf.getOrDefault(a, a));
        if (p != null) {
          at = Math.min(at, p);
        }
      }
      first.put(s, at);
    }
    List<Story> out = new ArrayList<>(earlier);
    out.sort(Comparator.comparing((Story s) -> first.get(s))
        .thenComparing(Story::id, Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  /** Writes the stories of {@code batch} from their fetched articles. */
  private static void write(StoryWriter w, List<Map.Entry<Integer, List<Integer>>> batch,
      Map<String, Article> fetched, List<String> units, List<StoryDoc> docs,
      Map<String, List<String>> copyIds, List<Story> earlier, boolean namesAreText) {
    for (Map.Entry<Integer, List<Integer>> e : batch) {
      String id = e.getKey() < earlier.size() ? earlier.get(e.getKey()).id() : null;
      List<String> members = e.getValue().stream().map(units::get).toList();
      Map<String, List<Article>> copies = new HashMap<>();
      for (String m : members) {
        for (String c : copyIds.getOrDefault(m, List.of())) {
          if (fetched.containsKey(c)) {
            copies.computeIfAbsent(m, x -> new ArrayList<>()).add(fetched.get(c));
          }
        }
      }
      w.add(id, members.stream().map(fetched::get).toList(),
          e.getValue().stream().map(docs::get).toList(), copies, namesAreText);
    }
  }

  /** Articles whose terms are counted together (in parallel) while the corpus streams by. */
  private static final int CHUNK = 2000;

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

package dossier.stories;

import dossier.model.Story;
import dossier.model.Storyline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Links stories about one ongoing subject into storylines: the stories' centroids clustered again,
 * without the time factor and with a lower threshold, so stories months apart that share their key
 * names and terms meet. A storyline holds two stories at least; its label is its heaviest names.
 */
final class Storylines {
  private static final int LABEL_NAMES = 3;
  private final StoryParams params;

  Storylines(StoryParams params) {
    this.params = params;
  }

  /** Links the written stories; {@code displayName} turns a key name (an entity id) into a label word. */
  List<Storyline> link(StoryWriter w, java.util.function.UnaryOperator<String> displayName) {
    List<Story> stories = w.stories();
    Clusterer c = new Clusterer(params.withThreshold(params.storylineThreshold()));
    Map<Integer, List<Integer>> lines = new TreeMap<>();
    for (int k = 0; k < stories.size(); k++) {
      StoryDoc d = undated(w.centroid(k));
      lines.computeIfAbsent(c.add(d), x -> new ArrayList<>()).add(k);
    }
    List<Storyline> out = new ArrayList<>();
    for (List<Integer> members : lines.values()) {
      if (members.size() < 2) {
        continue;
      }
      members.sort((a, b) -> compareStart(stories.get(a), stories.get(b)));
      Map<Integer, Double> sum = new HashMap<>();
      members.forEach(k -> w.centroid(k).forEach((t, x) -> sum.merge(t, x, Double::sum)));
      List<String> names = w.keyNames(sum, true).stream().map(displayName).toList();
      String label = String.join(", ", names.subList(0, Math.min(LABEL_NAMES, names.size())));
      out.add(new Storyline("line-" + stories.get(members.get(0)).id(),
          label.isEmpty() ? stories.get(members.get(0)).label() : label,
          members.stream().map(k -> stories.get(k).id()).toList()));
    }
    return out;
  }

  private static int compareStart(Story a, Story b) {
    if (a.span().earliest() == null || b.span().earliest() == null) {
      return a.span().earliest() == null ? (b.span().earliest() == null ? 0 : 1) : -1;
    }
    return a.span().earliest().compareTo(b.span().earliest());
  }

  private StoryDoc undated(Map<Integer, Double> sum) {
    return StoryDoc.of("", sum, params.maxTerms(), StoryDoc.UNDATED, StoryDoc.UNDATED);
  }
}

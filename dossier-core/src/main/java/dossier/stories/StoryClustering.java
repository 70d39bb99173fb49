package dossier.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * Clusters a batch of article vectors: one pass in the order given (publication order), then
 * {@link #PASSES} passes that take each article out and put it back, so an early article can move to
 * a story that only formed after it; last, stories whose centroids are alike are merged (the same
 * clustering run over centroids), which joins a story split by an unlucky order. Labels are story
 * indices.
 */
final class StoryClustering {
  static final int PASSES = 2;
  private final StoryParams params;
  private final double mergeThreshold;

  StoryClustering(StoryParams params, double mergeThreshold) {
    this.params = params;
    this.mergeThreshold = mergeThreshold;
  }

  StoryClustering(StoryParams params) {
    this(params, params.mergeThreshold());
  }

  int[] cluster(List<StoryDoc> docs) {
    return cluster(docs, null, 0);
  }

  /**
   * Clusters {@code docs}; where {@code fixed[i] >= 0} the article belongs to story
   * {@code fixed[i]} of an earlier run (stories {@code 0 .. earlier - 1}) and stays there. Earlier
   * stories are never merged with each other; a new story may join one.
   */
  int[] cluster(List<StoryDoc> docs, int[] fixed, int earlier) {
    Clusterer c = new Clusterer(params);
    int[] out = new int[docs.size()];
    for (int i = 0; i < out.length; i++) {
      if (fixed != null && fixed[i] >= 0) {
        c.seed(docs.get(i), fixed[i]);
        out[i] = fixed[i];
      }
    }
    while (c.clusters().size() < earlier) {
      c.seed(null, c.clusters().size());
    }
    for (int i = 0; i < out.length; i++) {
      if (fixed == null || fixed[i] < 0) {
        out[i] = c.add(docs.get(i));
      }
    }
    for (int p = 0; p < PASSES; p++) {
      for (int i = 0; i < out.length; i++) {
        if (fixed == null || fixed[i] < 0) {
          out[i] = c.reassign(docs.get(i), out[i]);
        }
      }
    }
    List<StoryDoc> centroids = new ArrayList<>();
    List<Integer> live = new ArrayList<>();
    for (int k = 0; k < c.clusters().size(); k++) {
      if (!c.clusters().get(k).members.isEmpty()) {
        live.add(k);
        centroids.add(c.centroid(k));
      }
    }
    Clusterer merge = new Clusterer(params.withThreshold(mergeThreshold));
    int[] to = new int[c.clusters().size()];
    for (int k = 0; k < live.size(); k++) {
      int story = live.get(k);
      if (story < earlier) {
        merge.seed(centroids.get(k), story);
        to[story] = story;
      }
    }
    while (merge.clusters().size() < earlier) {
      merge.seed(null, merge.clusters().size());
    }
    for (int k = 0; k < live.size(); k++) {
      if (live.get(k) >= earlier) {
        to[live.get(k)] = merge.add(centroids.get(k));
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = to[out[i]];
    }
    return out;
  }
}

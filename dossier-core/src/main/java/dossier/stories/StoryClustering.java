package dossier.stories;

import java.util.List;

/**
 * Clusters a batch of article vectors: one pass in the order given (publication order), then
 * {@link #PASSES} passes that take each article out and put it back, so an early article can move to
 * a story that only formed after it. Labels are story indices.
 */
final class StoryClustering {
  static final int PASSES = 2;
  private final StoryParams params;

  StoryClustering(StoryParams params) {
    this.params = params;
  }

  int[] cluster(List<StoryDoc> docs) {
    Clusterer c = new Clusterer(params);
    int[] out = new int[docs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = c.add(docs.get(i));
    }
    for (int p = 0; p < PASSES; p++) {
      for (int i = 0; i < out.length; i++) {
        out[i] = c.reassign(docs.get(i), out[i]);
      }
    }
    return out;
  }
}

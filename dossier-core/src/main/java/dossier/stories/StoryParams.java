package dossier.stories;

/**
 * The few parameters of story clustering (docs/BENCHMARKS.md, "Stories", says how they were set).
 *
 * @param threshold least similarity (cosine of TF-IDF vectors, times the time factor) for an
 *     article to join a story rather than open one
 * @param nameBoost weight of name-like terms and numbers over plain words: what tells two
 *     earthquakes apart is where and how strong, not "quake"
 * @param slackDays days between an article and a story's span that cost nothing
 * @param scaleDays beyond the slack, similarity falls by a factor e every this many days
 * @param maxTerms terms kept per article (the heaviest): bounds time and memory per article
 * @param mergeThreshold least similarity of two stories' centroids to merge them into one
 * @param storylineThreshold least similarity of two stories' centroids (no time factor) to be
 *     linked in one storyline
 */
public record StoryParams(double threshold, double nameBoost, int slackDays, double scaleDays,
    int maxTerms, double mergeThreshold, double storylineThreshold) {

  /** The parameters for news reports. */
  public static StoryParams news() {
    return new StoryParams(0.23, 2.5, 3, 7.0, 300, 0.5, 0.2);
  }

  /** These parameters with another join threshold (for sweeps). */
  public StoryParams withThreshold(double t) {
    return new StoryParams(t, nameBoost, slackDays, scaleDays, maxTerms, mergeThreshold, storylineThreshold);
  }

  /** These parameters with another merge threshold (for sweeps). */
  public StoryParams withMergeThreshold(double m) {
    return new StoryParams(threshold, nameBoost, slackDays, scaleDays, maxTerms, m, storylineThreshold);
  }

  /** These parameters with another name weight (for sweeps). */
  public StoryParams withNameBoost(double b) {
    return new StoryParams(threshold, b, slackDays, scaleDays, maxTerms, mergeThreshold, storylineThreshold);
  }

  /** The factor (0 to 1) by which similarity falls over a gap of {@code days}. */
  double timeFactor(long days) {
    return days <= slackDays ? 1 : Math.exp(-(days - slackDays) / scaleDays);
  }
}

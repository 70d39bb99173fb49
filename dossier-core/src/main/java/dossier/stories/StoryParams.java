package dossier.stories;

/**
 * The few parameters of story clustering (docs/BENCHMARKS.md, "Stories", says how they were set).
 *
 * @param threshold least similarity (cosine of TF-IDF vectors, times the time factor) for an
 *     article to join a story rather than open one
 * @param nameBoost weight of name words over plain words: what tells two earthquakes apart is
 *     where, not "quake"
 * @param numberBoost weight of numbers over plain words: reports of one event repeat its figures
 *     (toll, magnitude, sums, ages, dates), reports of another event of the same kind give others
 * @param numberShare most of an article vector's squared weight any one number may carry (after
 *     the number weight): one number shared by chance (a count, an age, a year) must not make two
 *     reports of different events alike on its own
 * @param slackDays days between an article and a story's span that cost nothing
 * @param scaleDays beyond the slack, similarity falls by a factor e every this many days
 * @param maxTerms terms kept per article (the heaviest): bounds time and memory per article
 * @param mergeThreshold least similarity of two stories' centroids to merge them into one
 * @param storylineThreshold least similarity of two stories' centroids (no time factor) to be
 *     linked in one storyline
 */
public record StoryParams(double threshold, double nameBoost, double numberBoost, double numberShare, int slackDays,
    double scaleDays, int maxTerms, double mergeThreshold, double storylineThreshold) {

  /** The parameters for news reports. */
  public static StoryParams news() {
    return new StoryParams(0.275, 2.5, 6, 0.15, 3, 7.0, 300, 0.45, 0.2);
  }

  /** These parameters with another join threshold (for sweeps). */
  public StoryParams withThreshold(double t) {
    return new StoryParams(t, nameBoost, numberBoost, numberShare, slackDays, scaleDays, maxTerms, mergeThreshold, storylineThreshold);
  }

  /** These parameters with another merge threshold (for sweeps). */
  public StoryParams withMergeThreshold(double m) {
    return new StoryParams(threshold, nameBoost, numberBoost, numberShare, slackDays, scaleDays, maxTerms, m, storylineThreshold);
  }

  /** These parameters with another name weight (for sweeps). */
  public StoryParams withNameBoost(double b) {
    return new StoryParams(threshold, b, numberBoost, numberShare, slackDays, scaleDays, maxTerms, mergeThreshold, storylineThreshold);
  }

  /** These parameters with another number weight (for sweeps). */
  public StoryParams withNumberBoost(double b) {
    return new StoryParams(threshold, nameBoost, b, numberShare, slackDays, scaleDays, maxTerms, mergeThreshold, storylineThreshold);
  }

  /** These parameters with another cap on one number's share (for sweeps). */
  public StoryParams withNumberShare(double s) {
    return new StoryParams(threshold, nameBoost, numberBoost, s, slackDays, scaleDays, maxTerms, mergeThreshold, storylineThreshold);
  }

  /** The factor (0 to 1) by which similarity falls over a gap of {@code days}. */
  double timeFactor(long days) {
    return days <= slackDays ? 1 : Math.exp(-(days - slackDays) / scaleDays);
  }
}

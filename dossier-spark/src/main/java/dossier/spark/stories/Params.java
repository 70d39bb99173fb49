package dossier.spark.stories;

import dossier.stories.StoryParams;
import java.io.Serializable;

/** {@link StoryParams} in a form Spark can ship to executors (the core record is not Serializable). */
record Params(double threshold, double nameBoost, double numberBoost, double numberShare, int slackDays,
    double scaleDays, int maxTerms, double mergeThreshold, double storylineThreshold) implements Serializable {
  static Params of(StoryParams p) {
    return new Params(p.threshold(), p.nameBoost(), p.numberBoost(), p.numberShare(), p.slackDays(),
        p.scaleDays(), p.maxTerms(), p.mergeThreshold(), p.storylineThreshold());
  }

  StoryParams story() {
    return new StoryParams(threshold, nameBoost, numberBoost, numberShare, slackDays, scaleDays, maxTerms,
        mergeThreshold, storylineThreshold);
  }
}

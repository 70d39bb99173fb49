package dossier.cli;

import dossier.model.Article;
import dossier.stories.StoryParams;
import dossier.stories.StoryResult;
import dossier.stories.StoryStage;
import dossier.store.DossierStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The stories stage of a build, after the duplicates stage: articles of stories stored before stay
 * in them, new articles join those stories or open new ones; stories, summary citations and
 * storylines are stored in one transaction.
 */
final class StoryStep {
  private StoryStep() {}

  /** Runs the stage on {@code store}; returns a one-line summary. */
  static String run(DossierStore store) {
    List<Article> articles = new ArrayList<>();
    store.forEachArticle(articles::add);
    StoryResult r = new StoryStage(StoryParams.news())
        .run(articles, store.duplicates(), store.stories(), store.mentions(), store.times());
    store.replaceStories(r.stories(), r.citations(), r.storylines());
    return String.format("stories: %d new articles placed, %d stories, %d storylines",
        r.added(), r.stories().size(), r.storylines().size());
  }
}

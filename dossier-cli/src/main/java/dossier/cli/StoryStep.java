package dossier.cli;

import dossier.model.Article;
import dossier.stories.ArticleSource;
import dossier.stories.StoryParams;
import dossier.stories.StoryResult;
import dossier.stories.StoryStage;
import dossier.store.DossierStore;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The stories stage of a build, after the duplicates stage: articles of stories stored before stay
 * in them, new articles join those stories or open new ones; stories, summary citations and
 * storylines are stored in one transaction.
 */
final class StoryStep {
  private StoryStep() {}

  /** Runs the stage on {@code store}; returns a one-line summary. */
  static String run(DossierStore store) {
    // articles stream from the store: only their vectors stay in memory, and each story's
    // articles are read back by id to write its label and summary
    ArticleSource source = new ArticleSource() {
      @Override
      public void forEach(Consumer<Article> sink) {
        store.forEachArticle(sink);
      }

      @Override
      public Map<String, Article> fetch(Collection<String> ids) {
        return store.articles(ids);
      }
    };
    Map<String, String> names = new java.util.HashMap<>();
    store.entities().forEach(e -> names.put(e.id(), e.name()));
    StoryResult r = new StoryStage(StoryParams.news(), names)
        .run(source, store.duplicates(), store.stories(), store.mentions(), store.times());
    store.replaceStories(r.stories(), r.citations(), r.storylines());
    return String.format("stories: %d new articles placed, %d stories, %d storylines",
        r.added(), r.stories().size(), r.storylines().size());
  }
}

package dossier.stories;

import dossier.model.Article;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the stories stage reads articles: once in a stream to vectorise them (texts are dropped as
 * soon as their terms are counted), then by id, a story at a time, to write labels and summaries.
 * A store implements it over its tables, so memory grows with vectors, not texts.
 */
public interface ArticleSource {
  /** Hands every article to {@code sink}, in any order. */
  void forEach(Consumer<Article> sink);

  /** The articles of {@code ids} that exist, by id. */
  Map<String, Article> fetch(Collection<String> ids);

  /** A source over articles held in memory. */
  static ArticleSource of(java.util.List<Article> articles) {
    Map<String, Article> byId = new java.util.HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    return new ArticleSource() {
      @Override
      public void forEach(Consumer<Article> sink) {
        articles.forEach(sink);
      }

      @Override
      public Map<String, Article> fetch(Collection<String> ids) {
        Map<String, Article> out = new java.util.HashMap<>();
        ids.forEach(id -> {
          if (byId.containsKey(id)) {
            out.put(id, byId.get(id));
          }
        });
        return out;
      }
    };
  }
}

package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events stage's per-article rows: chunks replace rows, read back in article order. */
class EventTablesTest {
  @TempDir Path dir;

  private static ArticleEventMentions row(Article a, String state, String events) {
    return new ArticleEventMentions(a.id(), state, 5, 2, 31, events, "[]");
  }

  @Test
  void chunksReplaceTheirArticlesRowsAndReadBackInArticleOrder() throws IOException {
    List<Article> as = List.of(Fixtures.generated("b.txt", 1), Fixtures.generated("a.txt", 2),
        Fixtures.generated("c.txt", 3));
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), as));
      store.commitEventMentions(List.of(row(as.get(0), "k1", "[1]"), row(as.get(1), "k2", "[2]")));
      store.commitEventMentions(List.of(row(as.get(0), "k1b", "[1b]"), row(as.get(2), "k3", "[3]")));
      assertEquals(Map.of(as.get(0).id(), "k1b", as.get(1).id(), "k2", as.get(2).id(), "k3"),
          store.eventStates());
      List<String> order = as.stream().sorted(Comparator.comparing(Article::source))
          .map(Article::id).toList();
      List<ArticleEventMentions> all = store.eventMentions();
      assertEquals(order, all.stream().map(ArticleEventMentions::articleId).toList());
      assertEquals("[1b]", all.stream().filter(r -> r.articleId().equals(as.get(0).id()))
          .findFirst().orElseThrow().events(), "the second chunk replaced the first's row");
      assertEquals(new ArticleEventMentions(as.get(1).id(), "k2", 5, 2, 31, "[2]", "[]"),
          all.get(0));
      assertEquals(0, store.dropStaleEventMentions(), "every row's article is stored");
    }
  }
}

package dossier.store;

import dossier.model.Article;
import java.util.List;

/** File records and the articles read from them, committed together in one transaction. */
public record Batch(List<FileRecord> files, List<Article> articles) {
  public Batch {
    files = List.copyOf(files == null ? List.of() : files);
    articles = List.copyOf(articles == null ? List.of() : articles);
  }
}

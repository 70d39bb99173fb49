package dossier.store;

import dossier.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process of {@link CrashTest}: commits batches of generated articles, one input file per
 * batch, until it is killed, and prints "committed N" after each commit.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    try (DossierStore store = DossierStore.open(dir)) {
      for (int k = 0; ; k++) {
        String source = "feed-" + k + ".jsonl";
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          articles.add(Fixtures.generated(source, i));
        }
        System.out.println("committing " + k);
        System.out.flush();
        store.commit(new Batch(List.of(new FileRecord(source, 1000L + k, 1L, null,
            FileRecord.DONE, null, size, size)), articles));
        System.out.println("committed " + k);
        System.out.flush();
      }
    }
  }
}

package dossier.dedup;

import dossier.model.Article;
import dossier.model.ArticleFlag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicates stage in one call over articles held in memory: signature, band keys, candidate
 * pairs, verification, connected components. A dossier runs the same steps incrementally with
 * stored signatures ({@link Detector}, {@link Grouper}); a Spark job can run each step as a map or
 * a group-by.
 */
public final class DedupStage {
  private DedupStage() {}

  /** Groups, changes, passages, composite flags and copy dates of {@code articles}. */
  public static DedupResult run(List<Article> articles, DedupConfig cfg) {
    Detector d = new Detector(cfg);
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Signature> sigs = articles.parallelStream().map(a -> d.sign(a.id(), a.text())).toList();
    long[] pairs = d.candidates(sigs, null);
    List<Match> matches = d.verify(sigs, pairs, ids -> pick(byId, ids, Article::text));
    DedupResult r = new Grouper(d).group(matches, ids -> pick(byId, ids, a -> a));
    List<ArticleFlag> flags = CompositeFlags.merge(r.flags(), CompositeFlags.of(articles, matches));
    return new DedupResult(r.groups(), r.changes(), r.passages(), flags, r.redated());
  }

  private static <T> Map<String, T> pick(Map<String, Article> byId, Iterable<String> ids,
      java.util.function.Function<Article, T> f) {
    Map<String, T> out = new HashMap<>();
    for (String id : ids) {
      Article a = byId.get(id);
      if (a != null) {
        out.put(id, f.apply(a));
      }
    }
    return out;
  }
}

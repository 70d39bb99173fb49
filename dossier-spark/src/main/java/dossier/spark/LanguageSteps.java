package dossier.spark;

import dossier.model.Article;
import dossier.nlp.ArticleNames;
import dossier.nlp.EntityResolver;
import dossier.nlp.LanguageLayer;
import dossier.store.ArticleAnnotation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The language layer as Spark steps: each article annotated in its task by the build's {@link
 * LanguageLayer} (one CoreNLP pipeline per executor JVM, {@link Models}); the entity resolution
 * across articles on the driver, over every article's names (a few hundred bytes an article) in
 * the store's order.
 */
final class LanguageSteps {
  /** An article after the language layer: final date, what the store keeps of its annotation. */
  record Annotated(Article article, ArticleAnnotation annotation, String problem) implements Serializable {}

  private LanguageSteps() {}

  /** Every article annotated, dated from its copies first where the duplicates stage dated it ({@code redated}). */
  static JavaRDD<Annotated> annotate(JavaRDD<Article> articles, Broadcast<Map<String, Article>> redated) {
    return articles
        .map(a -> redated.value().getOrDefault(a.id(), a))
        .mapPartitions(LanguageSteps::annotate)
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Entities and mentions over the names of every annotated article, read in the store's order (source, then id). */
  static EntityResolver.Result resolve(JavaRDD<Annotated> annotated) {
    List<Tuple2<String[], ArticleNames>> names = annotated.filter(x -> x.annotation() != null)
        .map(x -> new Tuple2<>(new String[] {x.article().source(), x.article().id()},
            ArticleNames.fromStored(x.annotation().articleId(), x.annotation().names(), x.annotation().adjectives())))
        .collect();
    List<Tuple2<String[], ArticleNames>> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparing((Tuple2<String[], ArticleNames> t) -> t._1()[0])
        .thenComparing(t -> t._1()[1]));
    return EntityResolver.resolve(sorted.stream().map(Tuple2::_2).toList());
  }

  private static Iterator<Annotated> annotate(Iterator<Article> it) {
    List<Annotated> out = new ArrayList<>();
    while (it.hasNext()) {
      Article a = it.next();
      LanguageLayer.Annotated x = LanguageLayer.annotate(Models.engine(), a);
      if (x.problem() != null) {
        out.add(new Annotated(a, null, x.problem()));
      } else {
        // the stored form, as the build's language stage writes it
        ArticleAnnotation stored = new ArticleAnnotation(x.articleId(), x.state(), x.tokens(), x.names().stored(),
            x.names().adjectives(), x.times(), x.redated() ? x.published() : null);
        out.add(new Annotated(x.redated() ? a.withPublished(x.published()) : a, stored, null));
      }
    }
    return out.iterator();
  }
}

package dossier.store;

import dossier.model.Mention;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.util.List;
import java.util.Set;

/**
 * What the language layer keeps of one annotated article, so a later build need not annotate it
 * again: the key of what the annotation depended on ({@code state}), its token count, the names and
 * demonyms it read (mentions with no entity yet; demonyms typed NATIONALITY; each with its part),
 * the capitalised words that may be place adjectives, its time expressions, and its new
 * publication date ({@code null}: unchanged). The entity resolver re-reads the names every build.
 */
public record ArticleAnnotation(String articleId, String state, int tokens, List<Mention> names,
    Set<String> adjectives, List<TimeExpression> times, PublicationDate published) implements java.io.Serializable {
  public ArticleAnnotation {
    names = List.copyOf(names);
    adjectives = Set.copyOf(adjectives);
    times = List.copyOf(times);
  }
}

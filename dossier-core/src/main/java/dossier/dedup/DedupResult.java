package dossier.dedup;

import dossier.model.Article;
import dossier.model.ArticleFlag;
import dossier.model.CopyChanges;
import dossier.model.DuplicateGroup;
import java.util.List;

/**
 * What the duplicates stage gives the dossier.
 *
 * @param groups duplicate groups, canonical member first in each
 * @param changes for each copy, what it changed against its canonical article
 * @param passages pairs that are no copies but share passages
 * @param flags article flags ({@code composite})
 * @param redated undated copies with the dates of their dated siblings (basis DUPLICATE)
 */
public record DedupResult(List<DuplicateGroup> groups, List<CopyChanges> changes,
    List<Match> passages, List<ArticleFlag> flags, List<Article> redated) implements java.io.Serializable {
  public DedupResult {
    groups = List.copyOf(groups);
    changes = List.copyOf(changes);
    passages = List.copyOf(passages);
    flags = List.copyOf(flags);
    redated = List.copyOf(redated);
  }
}

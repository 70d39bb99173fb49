package dossier.dedup;

import dossier.model.Article;
import dossier.model.ArticleFlag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The composite checks that read an article's own text ({@link Cohesion}: unrelated topics;
 * {@link Stitching}: pieces of many reports on one subject), in one place so the in-memory stage
 * ({@link DedupStage}) and a dossier's incremental step run the same logic. The check that reads
 * matched pieces ({@link Composites}) runs inside {@link Grouper}; {@link #merge} joins the two.
 */
public final class CompositeFlags {
  private CompositeFlags() {}

  /**
   * The text flag of one article, if any, naming as its parts the articles it shares passages
   * with ({@code sharing}): where the pieces can be matched, they say what it is made of.
   */
  public static Optional<ArticleFlag> of(Article a, Collection<String> sharing) {
    List<String> paras = Cohesion.paragraphs(a);
    if (paras.size() < Math.min(Cohesion.MIN_PARAGRAPHS, Stitching.MIN_PARAGRAPHS)) {
      return Optional.empty(); // too short for either check: most articles stop here, cheaply
    }
    List<List<String>> words = Cohesion.words(paras); // once, for both checks
    Optional<ArticleFlag> f = Cohesion.check(a, words).or(() -> Stitching.check(a, words.size()));
    if (f.isEmpty() || sharing.isEmpty()) {
      return f;
    }
    List<String> parts = List.copyOf(new TreeSet<>(sharing));
    return Optional.of(new ArticleFlag(a.id(), "composite", f.get().detail() + "; shares passages with "
        + parts.size() + (parts.size() == 1 ? " article" : " articles"), parts));
  }

  /** The text flags of {@code articles}, each with the partners of its shared passages. */
  public static List<ArticleFlag> of(Collection<Article> articles, List<Match> matches) {
    Map<String, Set<String>> sharing = new HashMap<>();
    for (Match m : matches) {
      if (!m.copy() && m.sharedSentences() > 0) {
        sharing.computeIfAbsent(m.a(), k -> new HashSet<>()).add(m.b());
        sharing.computeIfAbsent(m.b(), k -> new HashSet<>()).add(m.a());
      }
    }
    return articles.parallelStream()
        .map(a -> of(a, sharing.getOrDefault(a.id(), Set.of())))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * The flags of both kinds, one per article: a flag from matching pieces (which names the
   * articles) wins over a text flag for the same article.
   */
  public static List<ArticleFlag> merge(List<ArticleFlag> matched, List<ArticleFlag> text) {
    List<ArticleFlag> out = new ArrayList<>(matched);
    Set<String> seen = new HashSet<>();
    matched.forEach(f -> seen.add(f.articleId()));
    for (ArticleFlag f : text) {
      if (seen.add(f.articleId())) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether a stored flag came from a text check (it depends on its article alone). */
  public static boolean fromText(ArticleFlag f) {
    return Cohesion.mine(f) || Stitching.mine(f);
  }
}

package dossier.dedup;

import dossier.model.ArticleFlag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds articles stitched from several unrelated reports: an article whose pieces match two or
 * more other articles that share nothing with each other, each piece either a whole article found
 * inside it or a passage of at least {@link #MIN_SENTENCES} sentences. Such an article is a copy
 * of none of them, so its copy links are cut before grouping. It cannot tell a composite from a
 * full wire story whose two copies were trimmed to disjoint halves (rare: trimmed copies keep the
 * lead); a composite whose pieces are not in the dossier is not found.
 */
final class Composites {
  static final int MIN_SENTENCES = 2;
  /** An article this much inside its partner is a copy of it, never stitched around it. */
  static final double MOSTLY = 0.8;

  private Composites() {}

  /** The composite articles found and the links cut. */
  record Found(List<ArticleFlag> flags, Set<String> composites) {
    boolean cut(Match m) {
      return composites.contains(m.a()) || composites.contains(m.b());
    }
  }

  static Found find(List<Match> matches, DedupConfig cfg) {
    Set<String> linked = new HashSet<>();
    Map<String, List<String>> pieces = new TreeMap<>();
    for (Match m : matches) {
      linked.add(m.a() + "\n" + m.b());
      linked.add(m.b() + "\n" + m.a());
      // b's text inside a (a holds b) while a is mostly not in b, or a shared passage
      if (piece(m.inA(), m.inB(), m, cfg)) {
        pieces.computeIfAbsent(m.a(), k -> new ArrayList<>()).add(m.b());
      }
      if (piece(m.inB(), m.inA(), m, cfg)) {
        pieces.computeIfAbsent(m.b(), k -> new ArrayList<>()).add(m.a());
      }
    }
    List<ArticleFlag> flags = new ArrayList<>();
    Set<String> composites = new HashSet<>();
    for (Map.Entry<String, List<String>> e : pieces.entrySet()) {
      List<String> unrelated = unrelated(e.getValue(), linked);
      if (unrelated.size() >= 2) {
        composites.add(e.getKey());
        flags.add(new ArticleFlag(e.getKey(), "composite",
            "pieces match " + unrelated.size() + " articles that share nothing with each other",
            unrelated));
      }
    }
    return new Found(flags, composites);
  }

  /** Whether the partner is a piece of the article: contained in it, or a shared passage. */
  private static boolean piece(double partnerInside, double articleInside, Match m,
      DedupConfig cfg) {
    if (m.copy()) {
      return partnerInside >= cfg.copyThreshold() && articleInside < MOSTLY;
    }
    return m.sharedSentences() >= MIN_SENTENCES;
  }

  /** A greedy set of partners, in match order, no two of which are linked. */
  private static List<String> unrelated(List<String> partners, Set<String> linked) {
    List<String> out = new ArrayList<>();
    for (String p : partners) {
      boolean free = true;
      for (String q : out) {
        free &= !linked.contains(p + "\n" + q);
      }
      if (free && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }
}

package dossier.figures;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures stage: numbers about people and forces in every article's sentences, with who claims
 * them, merged across articles (same value, kind and claimant: one figure, many sources).
 */
public final class FigureStage {
  private FigureStage() {}

  /**
   * Figures of {@code articles}; {@code mentions} are the resolved mentions of the dossier (any
   * order). Dated by the publication range of their first report.
   */
  public static List<Figure> run(List<Article> articles, List<Mention> mentions) {
    Map<String, List<Mention>> byArticle = byArticle(mentions);
    Map<String, Figure> merged = new LinkedHashMap<>();
    for (Article a : articles) {
      List<Mention> ms = byArticle.getOrDefault(a.id(), List.of());
      String text = a.text();
      for (Span s : Sentences.split(text)) {
        for (FigureFinder.Found f : FigureFinder.find(text, s.start(), s.end())) {
          String claimant = Claimants.find(text, s.start(), s.end(), f.numberAt(), ms);
          Evidence ev = new Evidence(a.id(), s.start(), s.end(), context(text, s));
          String key = f.value() + "|" + f.kind() + "|" + claimant;
          Figure old = merged.get(key);
          if (old == null) {
            merged.put(key, new Figure(id(key), f.value(), f.kind(), f.qualifier(), claimant,
                a.published().range(), List.of(ev)));
          } else if (!old.sources().contains(ev)) {
            List<Evidence> sources = new ArrayList<>(old.sources());
            sources.add(ev);
            merged.put(key, new Figure(old.id(), old.value(), old.kind(),
                old.qualifier() != null ? old.qualifier() : f.qualifier(), claimant,
                hull(old.date(), a.published().range()), sources));
          }
        }
      }
    }
    return List.copyOf(merged.values());
  }

  /** Mentions grouped by article. */
  public static Map<String, List<Mention>> byArticle(List<Mention> mentions) {
    Map<String, List<Mention>> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      out.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
    }
    return out;
  }

  /** "quote" when the sentence is quoted speech, else "body". */
  public static String context(String text, Span s) {
    char c = text.charAt(s.start());
    return c == '"' || c == '“' || c == '«' ? "quote" : "body";
  }

  /** A stable 16-hex id over {@code key}. */
  public static String id(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The smallest range holding both (unknown when either is open). */
  public static DateRange hull(DateRange a, DateRange b) {
    if (a.earliest() == null || b.earliest() == null || a.latest() == null || b.latest() == null) {
      return a.isKnown() ? a : b;
    }
    return DateRange.between(a.earliest().isBefore(b.earliest()) ? a.earliest() : b.earliest(),
        a.latest().isAfter(b.latest()) ? a.latest() : b.latest());
  }
}

package dossier.figures;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Figure;
import java.util.List;

/** A one-text article with no names run through the figures stage, for the figures tests. */
final class FigureFixture {
  private FigureFixture() {}

  static Article article(String text) {
    return new Article(ArticleIds.of("f.txt", text), "f.txt", null, null, text, null, null,
        null, null, null, null, null, "en", null);
  }

  /** Every figure of {@code text}, merged as the stage merges them. */
  static List<Figure> all(String text) {
    return FigureStage.analyse(List.of(article(text)), List.of(), List.of(), List.of()).figures();
  }

  /** Each figure as "KIND value", sorted. */
  static List<String> figures(String text) {
    return all(text).stream().map(f -> f.kind() + " " + (long) f.value()).sorted().toList();
  }
}

package dossier.nlp;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Caption;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import java.time.LocalDate;
import java.util.List;

/** Invented articles for tests: the team's own sentences, no real reports. */
final class Articles {
  private Articles() {}

  static Article dated(String source, String text, String day) {
    PublicationDate p = day == null ? PublicationDate.unknown()
        : new PublicationDate(DateRange.exact(LocalDate.parse(day)), DateBasis.STATED, day, 0.9);
    return new Article(ArticleIds.of(source, text), source, null, null, text, null, null, null, null,
        null, null, p, "en", null);
  }

  static Article withCaption(String source, String text, String caption, String captionDay) {
    LocalDate d = LocalDate.parse(captionDay);
    PublicationDate p = new PublicationDate(DateRange.between(d, d.plusDays(365)), DateBasis.CAPTION,
        caption, 0.2);
    return new Article(ArticleIds.of(source, text), source, null, null, text, null, null, null, null,
        null, List.of(new Caption(caption, 3, DateRange.exact(d))), p, "en", null);
  }

  static LanguageLayer.Annotated annotate(Article a) {
    LanguageLayer.Annotated x = LanguageLayer.annotate(CoreNlpEngine.standard(), a);
    if (x.problem() != null) {
      throw new AssertionError(x.problem());
    }
    return x;
  }
}

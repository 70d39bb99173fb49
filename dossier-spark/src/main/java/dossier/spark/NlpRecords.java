package dossier.spark;

import dossier.model.Mention;
import dossier.nlp.ArticleNames;
import dossier.nlp.LanguageLayer;
import dossier.nlp.NlpDoc;
import dossier.store.ArticleAnnotation;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of the language layer's output and the entity resolver's view of it, as the
 * build's {@code NlpStage} makes them (same two conversions: the resolver reads what the store
 * keeps, demonyms apart).
 */
final class NlpRecords {
  private NlpRecords() {}

  static ArticleAnnotation stored(LanguageLayer.Annotated x) {
    List<Mention> names = new ArrayList<>();
    for (NlpDoc.Name n : x.names().names()) {
      names.add(new Mention(x.articleId(), n.start(), n.end(), n.text(), n.type(), null, n.part()));
    }
    for (NlpDoc.Name n : x.names().demonyms()) {
      names.add(new Mention(x.articleId(), n.start(), n.end(), n.text(), "NATIONALITY", null, n.part()));
    }
    return new ArticleAnnotation(x.articleId(), x.state(), x.tokens(), names, x.names().adjectives(),
        x.times(), x.redated() ? x.published() : null);
  }

  static ArticleNames names(ArticleAnnotation a) {
    List<NlpDoc.Name> names = new ArrayList<>();
    List<NlpDoc.Name> demonyms = new ArrayList<>();
    for (Mention m : a.names()) {
      NlpDoc.Name n = new NlpDoc.Name(m.start(), m.end(), m.text(), m.type(), m.part());
      ("NATIONALITY".equals(m.type()) ? demonyms : names).add(n);
    }
    return new ArticleNames(a.articleId(), names, demonyms, a.adjectives());
  }
}

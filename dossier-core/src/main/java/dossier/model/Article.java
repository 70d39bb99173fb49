package dossier.model;

import java.util.List;

/**
 * One clean article: the body {@code text} with everything that is not the article removed, and
 * what the page says about itself. {@code paragraphs} are spans into {@code text}; every annotation
 * of later stages points into {@code text} too.
 *
 * @param id stable id: see {@link ArticleIds}
 * @param source the input path as given; {@code PATH#ID} for a record of a JSON file
 * @param url the page's address, when known
 * @param credits wire agencies the story is credited to ("AFP", "Reuters"), first is the main one
 * @param dateline the dateline as written ("MOSCOW —", "TEHRAN (Iran News) –"), or null
 * @param language ISO 639-1 code, or null when unknown
 * @param removed input lines cut from the body, with the reason of each cut
 */
public record Article(
    String id,
    String source,
    String url,
    String title,
    String text,
    List<Span> paragraphs,
    String outlet,
    List<String> credits,
    String byline,
    String dateline,
    List<Caption> captions,
    PublicationDate published,
    String language,
    List<RemovedLine> removed) implements java.io.Serializable {

  public Article {
    paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
    credits = List.copyOf(credits == null ? List.of() : credits);
    captions = List.copyOf(captions == null ? List.of() : captions);
    removed = List.copyOf(removed == null ? List.of() : removed);
    published = published == null ? PublicationDate.unknown() : published;
    text = text == null ? "" : text;
    for (Span p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException("paragraph " + p + " outside text of " + source);
      }
    }
  }

  /** The main wire credit, or null. */
  public String credit() {
    return credits.isEmpty() ? null : credits.get(0);
  }

  /** A copy with another publication date (stages that date articles use this). */
  public Article withPublished(PublicationDate date) {
    return new Article(id, source, url, title, text, paragraphs, outlet, credits, byline, dateline,
        captions, date, language, removed);
  }
}

package dossier.model;

import java.util.List;

/** Articles about one news event, with a label, the span of days it covers and a short summary. */
public record Story(
    String id, String label, List<String> articles, DateRange span, List<String> entities, String summary) implements java.io.Serializable {
  public Story {
    articles = List.copyOf(articles == null ? List.of() : articles);
    entities = List.copyOf(entities == null ? List.of() : entities);
    span = span == null ? DateRange.unknown() : span;
  }
}

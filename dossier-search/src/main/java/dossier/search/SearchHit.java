package dossier.search;

import java.util.List;

/**
 * One hit. For a collapsed article hit, {@code id} is the canonical article of its duplicate group,
 * {@code articles} every member that matched or belongs to the group, and {@code outlets} their
 * outlets; {@code group} is the duplicate group id (null for an article without copies).
 *
 * @param kind "article", "event" or "entity"
 * @param id the record's stable id (as in the export)
 * @param title an article's title, an event's type and label, an entity's name
 * @param snippet highlighted text ({@code <mark>...</mark>} around matched terms, the rest escaped)
 * @param published an article's publication day or range as text, an event's date; may be null
 */
public record SearchHit(String kind, String id, String title, String snippet, float score,
    String group, List<String> articles, List<String> outlets, String published, String story) {
  public SearchHit {
    articles = articles == null ? List.of() : List.copyOf(articles);
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
  }
}

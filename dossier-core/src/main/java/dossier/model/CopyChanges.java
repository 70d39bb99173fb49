package dossier.model;

import java.util.List;

/**
 * What one copy in a duplicate group changed against the group's canonical article, ready to show
 * side by side. Spans in {@code removed} and {@code Edit.from} point into the canonical article's
 * text; spans in {@code added} and {@code Edit.to} into the copy's.
 *
 * @param articleId the copy
 * @param canonicalId the article it is compared with
 * @param title the title change, or null when the titles are the same
 * @param added sentences only the copy has
 * @param removed sentences of the canonical article the copy lacks
 * @param edited sentences the copy reworded
 * @param spelling words the copy spells differently ("defence" to "defense", "Brencic" to
 *     "Brenčić"), each once with the number of times it changed
 */
public record CopyChanges(String articleId, String canonicalId, Change title, List<Passage> added,
    List<Passage> removed, List<Edit> edited, List<Respelling> spelling) implements java.io.Serializable {

  public CopyChanges {
    added = List.copyOf(added == null ? List.of() : added);
    removed = List.copyOf(removed == null ? List.of() : removed);
    edited = List.copyOf(edited == null ? List.of() : edited);
    spelling = List.copyOf(spelling == null ? List.of() : spelling);
  }

  /** Whether the copy changed nothing at all. */
  public boolean isEmpty() {
    return title == null && added.isEmpty() && removed.isEmpty() && edited.isEmpty()
        && spelling.isEmpty();
  }

  /** A text before and after. */
  public record Change(String from, String to) implements java.io.Serializable {}

  /** A sentence (or run of text) and where it is. */
  public record Passage(Span span, String text) implements java.io.Serializable {}

  /** A sentence of the canonical article and its reworded form in the copy. */
  public record Edit(Passage from, Passage to) implements java.io.Serializable {}

  /** A word spelled {@code from} in the canonical article and {@code to} in the copy. */
  public record Respelling(String from, String to, int count) implements java.io.Serializable {}
}

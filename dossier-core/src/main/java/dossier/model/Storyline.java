package dossier.model;

import java.util.List;

/** Stories about one ongoing subject (a conflict, a negotiation), linked over time, oldest first. */
public record Storyline(String id, String label, List<String> stories) implements java.io.Serializable {
  public Storyline {
    stories = List.copyOf(stories == null ? List.of() : stories);
  }
}

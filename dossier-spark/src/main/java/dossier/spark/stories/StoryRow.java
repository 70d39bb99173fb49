package dossier.spark.stories;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One article as story clustering needs it: id, publication range (either bound may be null),
 * title, text, and its duplicate group's canonical article id ({@code group}; null or its own id
 * for an article that is no copy) and the entity ids of its resolved mentions ({@code entityIds},
 * one per mention as the build's StoryStage reads them; null: none resolved). A copy is not clustered: it takes its canonical article's story.
 */
public record StoryRow(String id, LocalDate earliest, LocalDate latest, String title, String text, String group,
    List<String> entityIds) implements Serializable {
  /** A row without resolved entities: name-like phrases of the text stand for them. */
  public StoryRow(String id, LocalDate earliest, LocalDate latest, String title, String text, String group) {
    this(id, earliest, latest, title, text, group, null);
  }

  boolean isCopy() {
    return group != null && !group.equals(id);
  }
}

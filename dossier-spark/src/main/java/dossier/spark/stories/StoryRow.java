package dossier.spark.stories;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One article as story clustering needs it: id, publication range (either bound may be null),
 * title, text, and its duplicate group's canonical article id ({@code group}; null or its own id
 * for an article that is no copy). A copy is not clustered: it takes its canonical article's story.
 */
public record StoryRow(String id, LocalDate earliest, LocalDate latest, String title, String text, String group)
    implements Serializable {
  boolean isCopy() {
    return group != null && !group.equals(id);
  }
}

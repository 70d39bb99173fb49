package dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dossier.model.Evidence;
import dossier.model.Story;
import dossier.model.Storyline;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** JSON fields of the stories stage: a story's summary citations, and storylines. */
final class StoryRecords {
  private StoryRecords() {}

  /** A story with {@code citations}: {@code [{article, start, end}]}, one per summary sentence. */
  static void story(JsonGenerator g, Story s, Map<String, List<Evidence>> citations) throws IOException {
    JsonRecords.story(g, s);
    JsonRecords.evidence(g, "citations", citations.getOrDefault(s.id(), List.of()), false);
  }

  static void storyline(JsonGenerator g, Storyline l) throws IOException {
    g.writeStringField("id", l.id());
    g.writeStringField("label", l.label());
    JsonRecords.strings(g, "stories", l.stories());
  }
}

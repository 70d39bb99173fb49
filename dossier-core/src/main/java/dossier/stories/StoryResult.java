package dossier.stories;

import dossier.model.Evidence;
import dossier.model.Story;
import dossier.model.Storyline;
import java.util.List;
import java.util.Map;

/**
 * What the stories stage found.
 *
 * @param citations by story id: the source of each summary sentence, in summary order
 * @param added articles placed in this run (new since the last run)
 */
public record StoryResult(List<Story> stories, Map<String, List<Evidence>> citations,
    List<Storyline> storylines, int added) {}

package dossier.timeline;

import dossier.model.DateRange;
import dossier.model.Evidence;
import java.util.List;

/**
 * One event placed on the timeline: when it happened (not when it was reported), what it was, who
 * took part, where, the reports it rests on, and the stories those reports belong to.
 *
 * @param event the event id
 * @param participants entity ids, actors first as the event lists them
 * @param location the place's entity id, or null
 * @param background whether the event lies well before every report of it (recalled history)
 * @param story the story holding most of its reports, or null when none does
 * @param stories every story holding one of its reports, {@code story} first
 * @param storyline the storyline of {@code story} (or of the first of {@code stories} in one), or
 *     null
 * @param storylines every storyline holding one of {@code stories}, {@code storyline} first
 * @param dateBasis what {@code date} rests on, as {@code Event.dateBasis()}: a time the text
 *     states, or only the publication date of its reports; null when not known
 */
public record TimelineEntry(
    String event,
    DateRange date,
    String type,
    String status,
    List<String> participants,
    String location,
    List<Evidence> sources,
    boolean background,
    String story,
    List<String> stories,
    String storyline,
    List<String> storylines,
    String dateBasis) {
  public TimelineEntry {
    date = date == null ? DateRange.unknown() : date;
    participants = List.copyOf(participants == null ? List.of() : participants);
    sources = List.copyOf(sources == null ? List.of() : sources);
    stories = List.copyOf(stories == null ? List.of() : stories);
    storylines = List.copyOf(storylines == null ? List.of() : storylines);
  }

  /** An entry whose date basis is not known. */
  public TimelineEntry(String event, DateRange date, String type, String status,
      List<String> participants, String location, List<Evidence> sources, boolean background,
      String story, List<String> stories, String storyline, List<String> storylines) {
    this(event, date, type, status, participants, location, sources, background, story, stories,
        storyline, storylines, null);
  }

  /** An entry outside any storyline. */
  public TimelineEntry(String event, DateRange date, String type, String status,
      List<String> participants, String location, List<Evidence> sources, boolean background,
      String story, List<String> stories) {
    this(event, date, type, status, participants, location, sources, background, story, stories,
        null, List.of());
  }

  /** This entry with the given reports, all else kept. */
  public TimelineEntry withSources(List<Evidence> reports) {
    return new TimelineEntry(event, date, type, status, participants, location, reports,
        background, story, stories, storyline, storylines, dateBasis);
  }

  /** The number of distinct articles reporting the event. */
  public int articleCount() {
    return (int) sources.stream().map(Evidence::article).distinct().count();
  }
}

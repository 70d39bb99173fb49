package dossier.timeline;

import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import dossier.model.Story;
import dossier.model.Storyline;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays events out in the order they happened. An event's place in time is its own date range,
 * never the publication date of its reports; undated events come last, in id order. An event is
 * background when its range ends more than {@link #BACKGROUND_GAP} before the earliest known
 * publication day of its reports: "the war that ended in 1994" recalled in a 2020 article.
 */
public final class Timeline {
  /** How far before its first report an event must lie to count as background. */
  public static final Period BACKGROUND_GAP = Period.ofYears(1);

  /** Dated first by start (or end when the start is open), then end (open ends last). */
  static final Comparator<TimelineEntry> ORDER = Comparator
      .comparing((TimelineEntry e) -> !e.date().isKnown())
      .thenComparing(e -> start(e.date()), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> e.date().latest(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(TimelineEntry::type, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(TimelineEntry::event, Comparator.nullsLast(Comparator.naturalOrder()));

  private Timeline() {}

  /**
   * The timeline of {@code events}.
   *
   * @param stories the stories; an event belongs to those holding one of its reports
   * @param published each article's publication range, by article id (missing: unknown)
   * @param canonicalOf an article copy's canonical article, by id; stories list canonical
   *     articles only, so a report read in a copy counts for the story of its original
   */
  public static List<TimelineEntry> build(List<Event> events, List<Story> stories,
      Map<String, DateRange> published, Map<String, String> canonicalOf) {
    return build(events, stories, List.of(), published, canonicalOf);
  }

  /**
   * The timeline of {@code events}, each entry also placed in the storylines of its stories.
   *
   * @param storylines the storylines linking the stories
   */
  public static List<TimelineEntry> build(List<Event> events, List<Story> stories,
      List<Storyline> storylines, Map<String, DateRange> published, Map<String, String> canonicalOf) {
    Map<String, String> lineOf = new HashMap<>();
    for (Storyline l : storylines) {
      l.stories().forEach(s -> lineOf.putIfAbsent(s, l.id()));
    }
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : stories) {
      s.articles().forEach(a -> storyOf.putIfAbsent(a, s.id()));
    }
    List<TimelineEntry> out = new ArrayList<>(events.size());
    for (Event e : events) {
      List<String> inStories = storiesOf(e.sources(), storyOf, canonicalOf);
      List<String> inLines = inStories.stream().map(lineOf::get).filter(Objects::nonNull)
          .distinct().toList();
      out.add(new TimelineEntry(e.id(), e.date(), e.type(), e.status(),
          e.participants().stream().map(Participant::entityId).filter(Objects::nonNull).toList(),
          e.locationId(),
          e.sources(), isBackground(e.date(), e.sources(), published),
          inStories.isEmpty() ? null : inStories.get(0), inStories,
          inLines.isEmpty() ? null : inLines.get(0), inLines));
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * Whether {@code date} ends more than {@link #BACKGROUND_GAP} before the earliest known
   * publication day of the reporting articles. An open end or no dated report is never
   * background: the event may then be as recent as its reports.
   */
  static boolean isBackground(DateRange date, List<Evidence> sources,
      Map<String, DateRange> published) {
    LocalDate end = date.latest();
    if (end == null) {
      return false;
    }
    LocalDate firstReport = sources.stream()
        .map(s -> published.get(s.article()))
        .filter(Objects::nonNull)
        .map(DateRange::earliest)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
    return firstReport != null && end.plus(BACKGROUND_GAP).isBefore(firstReport);
  }

  /** Stories holding the reports, the one with most reports first (ties: first seen). */
  private static List<String> storiesOf(List<Evidence> sources, Map<String, String> storyOf,
      Map<String, String> canonicalOf) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Evidence s : sources) {
      String story = storyOf.get(canonicalOf.getOrDefault(s.article(), s.article()));
      if (story == null) {
        story = storyOf.get(s.article());
      }
      if (story != null) {
        counts.merge(story, 1, Integer::sum);
      }
    }
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(Comparator.comparing((String id) -> -counts.get(id)));
    return ids;
  }

  private static LocalDate start(DateRange d) {
    return d.earliest() != null ? d.earliest() : d.latest();
  }
}

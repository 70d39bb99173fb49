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
    Map<String, String> lineOf = storylineOf(storylines);
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : stories) {
      s.articles().forEach(a -> storyOf.putIfAbsent(a, s.id()));
    }
    List<TimelineEntry> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(entry(e.id(), e.date(), e.type(), e.status(),
          e.participants().stream().map(Participant::entityId).filter(Objects::nonNull).toList(), e.locationId(),
          e.sources(), firstReport(e.sources(), published),
          storiesOf(e.sources(), storyOf, canonicalOf), lineOf, e.dateBasis()));
    }
    return sort(out);
  }

  /**
   * One entry from what {@link #build} derives from an event's reports, when a store's query has
   * derived it already (the server's timeline reads no report rows).
   *
   * @param firstReport the earliest known publication day of its reports, or null
   * @param stories the stories holding its reports, the one with most reports first (ties: first
   *     seen in source order); an article in several stories counts for the first by id, a copy
   *     for its canonical article's story
   * @param lineOf a story's storyline, from {@link #storylineOf}
   * @param dateBasis what the date rests on ({@code Event.dateBasis()}), or null
   */
  public static TimelineEntry entry(String event, DateRange date, String type, String status,
      List<String> participants, String location, List<Evidence> sources, LocalDate firstReport,
      List<String> stories, Map<String, String> lineOf, String dateBasis) {
    List<String> inLines = stories.stream().map(lineOf::get).filter(Objects::nonNull)
        .distinct().toList();
    return new TimelineEntry(event, date, type, status, participants, location, sources,
        isBackground(date, firstReport), stories.isEmpty() ? null : stories.get(0), stories,
        inLines.isEmpty() ? null : inLines.get(0), inLines, dateBasis);
  }

  /** Each story's storyline: the first (in the given order) that holds it. */
  public static Map<String, String> storylineOf(List<Storyline> storylines) {
    Map<String, String> lineOf = new HashMap<>();
    for (Storyline l : storylines) {
      l.stories().forEach(s -> lineOf.putIfAbsent(s, l.id()));
    }
    return lineOf;
  }

  /** Sorts {@code entries} in place into timeline order and returns them. */
  public static List<TimelineEntry> sort(List<TimelineEntry> entries) {
    entries.sort(ORDER);
    return entries;
  }

  /**
   * Whether {@code date} ends more than {@link #BACKGROUND_GAP} before the earliest known
   * publication day of the reporting articles. An open end or no dated report is never
   * background: the event may then be as recent as its reports.
   */
  static boolean isBackground(DateRange date, List<Evidence> sources,
      Map<String, DateRange> published) {
    return isBackground(date, firstReport(sources, published));
  }

  /**
   * Whether {@code date} ends more than {@link #BACKGROUND_GAP} before {@code firstReport}, the
   * earliest known publication day of the event's reports (null: none known, never background).
   */
  public static boolean isBackground(DateRange date, LocalDate firstReport) {
    LocalDate end = date == null ? null : date.latest();
    return end != null && firstReport != null && end.plus(BACKGROUND_GAP).isBefore(firstReport);
  }

  private static LocalDate firstReport(List<Evidence> sources, Map<String, DateRange> published) {
    return sources.stream()
        .map(s -> published.get(s.article()))
        .filter(Objects::nonNull)
        .map(DateRange::earliest)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
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

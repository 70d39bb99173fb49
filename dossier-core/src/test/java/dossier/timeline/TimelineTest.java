package dossier.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import dossier.model.Story;
import dossier.model.Storyline;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An invented conflict: two reports of autumn 2020 fighting and talks (story s1, plus a wire copy
 * of one of them), and a 2022 feature (story s2) that recalls a war ended in 1994.
 */
class TimelineTest {
  private static final Map<String, DateRange> PUBLISHED = Map.of(
      "a1", DateRange.exact(d("2020-10-05")),
      "a2", DateRange.between(d("2020-10-06"), d("2020-10-08")),
      "a3", DateRange.exact(d("2022-06-01")),
      "copy1", DateRange.exact(d("2020-10-05")));
  private static final List<Story> STORIES = List.of(
      new Story("s1", "Fighting and talks", List.of("a1", "a2"), null, null, null),
      new Story("s2", "Anniversary feature", List.of("a3"), null, null, null));
  private static final Map<String, String> COPIES = Map.of("copy1", "a1");

  private static final List<Event> EVENTS = List.of(
      event("shelling", "ASSAULT", "happened", DateRange.exact(d("2020-09-27")), "a1"),
      event("undated", "DEMAND", "claimed", DateRange.unknown(), "a2"),
      event("talks", "CONSULT", "planned", range("2020-10-01", "2020-10-31"), "a2", "copy1"),
      event("truce", "AGREE", "happened", DateRange.exact(d("2020-10-01")), "a2"),
      event("buildup", "MOBILIZE", "happened", range("2020-09-01", "2020-09-30"), "a1"),
      event("war-end", "AGREE", "happened", range("1994-01-01", "1994-12-31"), "a3"),
      event("recent", "CONSULT", "happened", DateRange.exact(d("2021-07-01")), "a3"));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static DateRange range(String from, String to) {
    return DateRange.between(d(from), d(to));
  }

  private static Event event(String id, String type, String status, DateRange date,
      String... articles) {
    List<Evidence> sources = java.util.Arrays.stream(articles)
        .map(a -> new Evidence(a, 10, 40, "body")).toList();
    return new Event(id, type, null, status, date, "tarsen",
        List.of(new Participant("velmora", "SOURCE"), new Participant("ruvena", "TARGET")),
        sources, 0.8);
  }

  private static List<TimelineEntry> timeline() {
    return Timeline.build(EVENTS, STORIES, PUBLISHED, COPIES);
  }

  private static List<String> ids(List<TimelineEntry> entries) {
    return entries.stream().map(TimelineEntry::event).toList();
  }

  @Test
  void ordersByWhenEventsHappenedNotWhenReported() {
    // A month starting earlier comes before a day inside it; a day before the month it opens;
    // the 1994 war first although its report is the newest; undated last.
    assertEquals(List.of("war-end", "buildup", "shelling", "truce", "talks", "recent", "undated"),
        ids(timeline()));
  }

  @Test
  void marksEventsLongBeforeTheirReportsAsBackground() {
    Map<String, Boolean> background = new java.util.HashMap<>();
    timeline().forEach(e -> background.put(e.event(), e.background()));
    assertTrue(background.get("war-end"), "1994 recalled in 2022");
    assertFalse(background.get("recent"), "eleven months before its report");
    assertFalse(background.get("shelling"), "a week before its report");
    assertFalse(background.get("undated"));
  }

  @Test
  void backgroundNeedsAClosedRangeAndADatedReport() {
    List<Evidence> old = List.of(new Evidence("a3", 0, 5, "body"));
    assertFalse(Timeline.isBackground(DateRange.between(d("1994-01-01"), null), old, PUBLISHED),
        "an open end may reach the report");
    List<Evidence> undatedReport = List.of(new Evidence("nowhere", 0, 5, "body"));
    assertFalse(Timeline.isBackground(DateRange.exact(d("1994-05-01")), undatedReport, PUBLISHED));
    // The earliest report counts: a 1994 event also reported in 1995 is not background.
    Map<String, DateRange> both = Map.of("a3", DateRange.exact(d("2022-06-01")),
        "old", DateRange.exact(d("1995-03-01")));
    List<Evidence> two = List.of(new Evidence("a3", 0, 5, "body"), new Evidence("old", 0, 5, "body"));
    assertFalse(Timeline.isBackground(DateRange.exact(d("1994-05-01")), two, both));
  }

  @Test
  void assignsStoriesThroughCopiesToo() {
    TimelineEntry talks = timeline().stream().filter(e -> e.event().equals("talks")).findFirst()
        .orElseThrow();
    assertEquals("s1", talks.story());
    assertEquals(List.of("s1"), talks.stories(), "the copy of a1 counts for a1's story");
    assertEquals(2, talks.articleCount());
    TimelineEntry orphan = Timeline.build(List.of(event("x", "AGREE", "happened",
        DateRange.unknown(), "stray")), STORIES, PUBLISHED, COPIES).get(0);
    assertNull(orphan.story());
  }

  @Test
  void storyFilterKeepsOnlyThatStorysEvents() {
    List<TimelineEntry> s2 = new TimelineQuery("s2", null, null, null).apply(timeline());
    assertEquals(List.of("war-end", "recent"), ids(s2));
  }

  @Test
  void dateBoundsKeepRangesThatMayReachThemAndDropUndated() {
    List<TimelineEntry> from = new TimelineQuery(null, d("2020-10-15"), null, null)
        .apply(timeline());
    assertEquals(List.of("talks", "recent"), ids(from), "October range reaches the 15th");
    List<TimelineEntry> to = new TimelineQuery(null, null, d("2020-09-15"), null).apply(timeline());
    assertEquals(List.of("war-end", "buildup"), ids(to));
    List<TimelineEntry> both = new TimelineQuery(null, d("2020-09-28"), d("2020-10-01"), "agree")
        .apply(timeline());
    assertEquals(List.of("truce"), ids(both));
    assertThrows(IllegalArgumentException.class,
        () -> new TimelineQuery(null, d("2021-01-01"), d("2020-01-01"), null));
  }

  @Test
  void terminalTextShowsNamesPlaceSourcesAndBackground() {
    String text = TimelineText.format(timeline(),
        Map.of("velmora", "Velmora", "ruvena", "Ruvena", "tarsen", "Tarsen"), 0);
    String[] lines = text.split("\n");
    assertTrue(lines[0].startsWith("1994-01-01..1994-12-31  AGREE"), lines[0]);
    assertTrue(lines[0].contains("Velmora, Ruvena @ Tarsen"), lines[0]);
    assertTrue(lines[0].endsWith("[background]"), lines[0]);
    assertTrue(text.contains("CONSULT   planned    Velmora, Ruvena @ Tarsen  (2 sources, story s1)"),
        text);
    assertTrue(text.contains("-- undated --\nundated"), text);
    assertTrue(TimelineText.format(List.of(), Map.of(), 3).contains("3 undated events left out"));
  }

  @Test
  void aDateInferredFromTheReportIsMarkedAsSuch() {
    Event told = new Event("told", "ASSAULT", null, "happened",
        range("2020-10-04", "2020-10-05"), null, List.of(new Participant("velmora", "SOURCE")),
        List.of(new Evidence("a1", 0, 20, "body")), 0.7, List.of(), Event.REPORT);
    Event stated = new Event("stated", "ASSAULT", null, "happened", DateRange.exact(d("2020-10-03")),
        null, List.of(new Participant("velmora", "SOURCE")),
        List.of(new Evidence("a1", 30, 50, "body")), 0.7, List.of(), Event.STATED);
    List<TimelineEntry> entries = Timeline.build(List.of(told, stated), STORIES, PUBLISHED, COPIES);
    assertEquals(List.of(Event.STATED, Event.REPORT),
        entries.stream().map(TimelineEntry::dateBasis).toList(), "stated first: the 3rd");
    String[] lines = TimelineText.format(entries, Map.of("velmora", "Velmora"), 0).split("\n");
    assertFalse(lines[0].contains("[report date]"), lines[0]);
    assertTrue(lines[1].startsWith("2020-10-04..2020-10-05") && lines[1].endsWith("[report date]"),
        lines[1]);
  }

  @Test
  void perStorylineTimelineKeepsEventsOfItsStoriesOnly() {
    // s1 and a third story s3 (a later round of the same talks) form one storyline; s2 stands alone
    List<Story> stories = List.of(STORIES.get(0), STORIES.get(1),
        new Story("s3", "Talks resume", List.of("a4"), null, null, null));
    List<Storyline> lines = List.of(new Storyline("line-s1", "Velmora, Ruvena", List.of("s1", "s3")));
    List<Event> events = new java.util.ArrayList<>(EVENTS);
    events.add(event("second-round", "CONSULT", "happened", DateRange.exact(d("2021-03-02")), "a4"));
    List<TimelineEntry> all = Timeline.build(events, stories, lines, PUBLISHED, COPIES);
    TimelineEntry talks = all.stream().filter(e -> e.event().equals("talks")).findFirst().orElseThrow();
    assertEquals("line-s1", talks.storyline());
    assertEquals(List.of("line-s1"), talks.storylines());
    TimelineEntry warEnd = all.stream().filter(e -> e.event().equals("war-end")).findFirst().orElseThrow();
    assertNull(warEnd.storyline(), "s2 is in no storyline");
    List<TimelineEntry> line = new TimelineQuery(null, null, null, null, "line-s1").apply(all);
    assertEquals(List.of("buildup", "shelling", "truce", "talks", "second-round", "undated"), ids(line));
    assertEquals(List.of("talks", "second-round"),
        ids(new TimelineQuery(null, null, null, "consult", "line-s1").apply(all)));
    assertTrue(new TimelineQuery(null, null, null, null, "line-none").apply(all).isEmpty());
  }
}

package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.export.TimelineRecords;
import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import dossier.model.PublicationDate;
import dossier.model.Span;
import dossier.model.Story;
import dossier.model.Storyline;
import dossier.timeline.TimelineEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's timeline (derived in SQL, no sources) against the export's (derived in Java from
 * every event with its sources): the same entries in the same order, on a dossier with copies,
 * overlapping stories, storylines, events reported in several stories (ties too), recalled
 * history, undated events and reports of articles no longer stored.
 */
class TimelineRowsTest {
  @TempDir Path dir;

  @Test
  void sameEntriesAsTheExportsTimelineWithoutTheSources() throws IOException {
    Random rnd = new Random(7);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      LocalDate day = i % 9 == 4 ? null : LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(900));
      articles.add(article(i, day));
    }
    List<String> ids = articles.stream().map(Article::id).toList();
    // groups: 1 and 2 copy 0, 4 copies 3, 6 copies 5; stories list canonical articles only
    List<DuplicateGroup> groups = List.of(
        new DuplicateGroup("g1", ids.get(0), List.of(member(ids.get(1)), member(ids.get(2)))),
        new DuplicateGroup("g2", ids.get(3), List.of(member(ids.get(4)))),
        new DuplicateGroup("g3", ids.get(5), List.of(member(ids.get(6)))));
    List<Story> stories = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      List<String> in = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        // every article in one story, some in two (then the first by id counts)
        if (i % 6 == s || (i % 10 == 0 && s == 5)) {
          in.add(ids.get(i));
        }
      }
      stories.add(new Story("s" + s, "story " + s, in, DateRange.unknown(), List.of(), "Summary."));
    }
    List<Storyline> lines = List.of(new Storyline("l1", "one", List.of("s1", "s2")),
        new Storyline("l2", "two", List.of("s2", "s3", "s5")));
    List<Event> events = new ArrayList<>();
    String[] types = {"CONSULT", "AGREE", "ASSAULT", "PROTEST"};
    for (int e = 0; e < 300; e++) {
      List<Evidence> sources = new ArrayList<>();
      int n = 1 + rnd.nextInt(5);
      for (int k = 0; k < n; k++) {
        String article = rnd.nextInt(25) == 0 ? "gone-" + k : ids.get(rnd.nextInt(ids.size()));
        int start = rnd.nextInt(40);
        sources.add(new Evidence(article, start, start + 8, "sentence " + e + "." + k, "body"));
      }
      List<Participant> who = new ArrayList<>();
      for (int k = rnd.nextInt(4); k > 0; k--) {
        who.add(new Participant("ent" + rnd.nextInt(12), k % 2 == 0 ? "SOURCE" : "TARGET"));
      }
      events.add(new Event(String.format("ev%03d", e), types[rnd.nextInt(types.length)], null,
          rnd.nextBoolean() ? "happened" : "claimed", date(rnd),
          rnd.nextInt(3) == 0 ? "place" + rnd.nextInt(4) : null, who, sources, 0.5));
    }
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), articles));
      store.replaceDuplicates(groups);
      store.replaceStories(stories, Map.of(), lines);
      store.replaceEvents(events);
    }
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      List<TimelineEntry> expected = TimelineRecords.entries(store).stream()
          .map(TimelineRowsTest::withoutSources).toList();
      List<TimelineEntry> got = TimelineRows.withoutSources(store);
      assertEquals(300, got.size());
      assertTrue(got.stream().anyMatch(TimelineEntry::background), "some recalled history");
      assertTrue(got.stream().anyMatch(e -> e.stories().size() > 1), "events in several stories");
      assertTrue(got.stream().anyMatch(e -> e.storylines().size() > 1), "in several storylines");
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i), got.get(i), "entry " + i);
      }
      // a page's sources, read when served: those of the events, in order, with their sentences
      List<String> page = got.subList(10, 20).stream().map(TimelineEntry::event).toList();
      Map<String, List<Evidence>> sources = new ApiReader(store).eventSources(page);
      for (Event e : events) {
        if (page.contains(e.id())) {
          assertEquals(e.sources().stream().map(s -> s.article() + ":" + s.start() + ":" + s.context())
              .toList(), sources.get(e.id()).stream().map(s -> s.article() + ":" + s.start() + ":"
              + s.context()).toList());
        }
      }
    }
  }

  @Test
  void noEventsNoTimeline() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      assertEquals(List.of(), TimelineRows.withoutSources(store));
    }
  }

  private static DateRange date(Random rnd) {
    return switch (rnd.nextInt(6)) {
      case 0 -> DateRange.unknown();
      case 1 -> DateRange.between(LocalDate.of(1990 + rnd.nextInt(10), 1, 1), LocalDate.of(2000, 6, 30));
      case 2 -> DateRange.between(LocalDate.of(2020, 1 + rnd.nextInt(12), 1), null);
      default -> DateRange.exact(LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(900)));
    };
  }

  private static DuplicateGroup.Member member(String id) {
    return new DuplicateGroup.Member(id, "copy", 0.95);
  }

  private static Article article(int i, LocalDate day) {
    String text = "Report " + i + ": officials met on Monday to discuss the bridge and the road.";
    String source = "in/report-" + i + ".txt";
    PublicationDate published = day == null ? PublicationDate.unknown()
        : new PublicationDate(DateRange.exact(day), DateBasis.STATED, "stated", 0.9);
    return new Article(ArticleIds.of(source, text), source, null, "Report " + i, text,
        List.of(new Span(0, text.length())), "Outlet " + (i % 3), List.of(), null, null, List.of(),
        published, "en", List.of());
  }

  private static TimelineEntry withoutSources(TimelineEntry e) {
    return e.withSources(List.of());
  }
}

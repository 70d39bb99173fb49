package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import dossier.model.PublicationDate;
import dossier.model.Story;
import dossier.store.Batch;
import dossier.store.DossierStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier timeline} over a small invented dossier: a border clash, talks, an old truce. */
class TimelineCommandTest {
  @TempDir static Path dir;

  private static Article article(String source, String text, LocalDate published) {
    return new Article(ArticleIds.of(source, text), source, null, null, text, null, "Example News",
        null, null, null, null,
        new PublicationDate(DateRange.exact(published), DateBasis.STATED, null, 0.9), "en", null);
  }

  private static Event event(String id, String type, DateRange date, Article a, String... who) {
    return new Event(id, type, null, "happened", date, "e-post",
        java.util.Arrays.stream(who).map(w -> new Participant(w, "SOURCE")).toList(),
        List.of(new Evidence(a.id(), 0, 20, "body")), 0.7);
  }

  @BeforeAll
  static void fill() throws Exception {
    Article clash = article("in/clash.txt", "Border guards exchanged fire near the old post on Monday.",
        LocalDate.of(2023, 5, 9));
    Article talks = article("in/talks.txt", "Envoys met in the capital on Thursday, recalling the"
        + " truce signed in 1999.", LocalDate.of(2023, 5, 12));
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(clash, talks)));
      store.replaceEntities(List.of(new Entity("e-guards", "Border Guard", "ORGANIZATION", null),
          new Entity("e-envoy", "Special Envoy", "PERSON", null),
          new Entity("e-post", "Old Post", "LOCATION", null)), List.of());
      store.replaceStories(List.of(
          new Story("st-clash", "Border clash", List.of(clash.id()), null, null, null),
          new Story("st-talks", "Talks", List.of(talks.id()), null, null, null)));
      store.replaceEvents(List.of(
          event("talks", "CONSULT", DateRange.exact(LocalDate.of(2023, 5, 11)), talks, "e-envoy"),
          event("truce", "AGREE", DateRange.between(LocalDate.of(1999, 1, 1),
              LocalDate.of(1999, 12, 31)), talks, "e-envoy"),
          event("clash", "ASSAULT", DateRange.exact(LocalDate.of(2023, 5, 8)), clash, "e-guards"),
          event("rumour", "ASSAULT", DateRange.unknown(), clash)));
    }
  }

  @Test
  void printsEventsInTheOrderTheyHappenedWithNamesAndBackground() {
    CliRun run = CliRun.of("timeline", dir.toString());
    assertEquals(0, run.exit, run.toString());
    String[] lines = run.out.split("\n");
    assertTrue(lines[0].startsWith("1999-01-01..1999-12-31  AGREE"), run.out);
    assertTrue(lines[0].endsWith("[background]"), run.out);
    assertTrue(lines[1].startsWith("2023-05-08"), run.out);
    assertTrue(lines[1].contains("Border Guard @ Old Post  (1 source, story st-clash)"), run.out);
    assertFalse(lines[1].contains("background"), run.out);
    assertTrue(lines[2].startsWith("2023-05-11"), run.out);
    assertEquals("-- undated --", lines[3]);
  }

  @Test
  void filtersByStoryDatesAndTypeAndExports() {
    CliRun story = CliRun.of("timeline", dir.toString(), "--story", "st-talks");
    assertEquals(2, story.out.split("\n").length, story.out);
    assertFalse(story.out.contains("ASSAULT"), story.out);

    CliRun dated = CliRun.of("timeline", dir.toString(), "--from", "2023-01-01", "--type", "assault");
    assertTrue(dated.out.startsWith("2023-05-08"), dated.out);
    assertTrue(dated.out.contains("1 undated event left out"), dated.out);

    CliRun csv = CliRun.of("timeline", dir.toString(), "--to", "2000-01-01", "--csv");
    String[] rows = csv.out.split("\r\n");
    assertEquals(2, rows.length, csv.out);
    assertTrue(rows[1].startsWith("truce,,1999-01-01,1999-12-31,AGREE,happened,true,st-talks"),
        rows[1]);

    CliRun json = CliRun.of("timeline", dir.toString(), "--json");
    assertTrue(json.out.trim().startsWith("["), json.out);
    assertTrue(json.out.contains("\"background\" : true"), json.out);

    CliRun bad = CliRun.of("timeline", dir.toString(), "--story", "st-none");
    assertEquals(1, bad.exit);
    assertTrue(bad.err.contains("no story 'st-none'"), bad.err);
  }
}

package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.events.EventStage;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.store.DossierStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild reads (and parses) only the articles whose events key changed, and ends where a build
 * from scratch of the same inputs ends; an events stage that dies keeps the chunks it finished.
 */
class IncrementalEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SUMMARY = Pattern.compile(
      "events: \\d+ events, \\d+ figures; (\\d+) articles read, (\\d+) unchanged; ([^,]+), "
          + "parsed (\\d+) of");

  private static final String TALKS = "Foreign Minister Marta Selvik met Defence Minister Oren Dask"
      + " in Lorvik on Tuesday. Selvik said the two sides agreed to meet again next week.\n\nDask's"
      + " office said 14 soldiers were killed in clashes near Brena on Monday.";
  private static final String SHELLING = "Artillery shelled the town of Brena on Monday, the Harlow"
      + " Relief Agency said. About 400 families fled their homes, agency head Ivo Tamsin said.";
  private static final String AGAIN = "Marta Selvik and Oren Dask held talks in Lorvik on Tuesday,"
      + " officials said. Dask said 14 soldiers were killed near Brena.";

  @TempDir
  Path tmp;

  private static void record(Path file, String id, String title, String text, String published)
      throws Exception {
    ObjectNode o = JSON.createObjectNode().put("id", id).put("title", title).put("text", text)
        .put("published", published);
    Files.writeString(file, JSON.writeValueAsString(o));
  }

  /** Builds; returns articles read, articles unchanged, parsed sentences; and the parser note. */
  private static Matcher build(Path in, Path out) {
    CliRun r = CliRun.of("build", in.toString(), "--out", out.toString());
    assertEquals(0, r.exit, r.toString());
    Matcher m = SUMMARY.matcher(r.out);
    assertTrue(m.find(), r.out);
    return m;
  }

  /** What the events stage left: events, figures and disputes. */
  private JsonNode eventsResult(Path dossier) throws Exception {
    return CliRun.exportSections(dossier, tmp.resolve(dossier.getFileName() + ".json"), "events", "figures", "disputes");
  }


  @Test
  void aRebuildParsesOnlyTheNewArticleAndEqualsAFreshBuild() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    record(in.resolve("a.json"), "a", "Selvik and Dask hold talks in Lorvik", TALKS,
        "2024-03-13T08:00:00Z");
    record(in.resolve("b.json"), "b", "Shelling hits Brena", SHELLING, "2024-03-12T18:00:00Z");
    Path out = tmp.resolve("dossier");
    Matcher first = build(in, out);
    assertEquals("2", first.group(1));
    assertTrue(Integer.parseInt(first.group(4)) > 0, first.group());

    Matcher nothingNew = build(in, out);
    assertEquals("0", nothingNew.group(1), "nothing new: nothing read");
    assertEquals("2", nothingNew.group(2));
    assertEquals("0", nothingNew.group(4), "nothing new: nothing parsed");

    record(in.resolve("c.json"), "c", "Talks resume", AGAIN, "2024-03-13T12:00:00Z");
    Matcher oneNew = build(in, out);
    assertEquals("1", oneNew.group(1), "one new article: exactly one read");
    assertEquals("2", oneNew.group(2));
    Path fresh = tmp.resolve("fresh");
    Matcher scratch = build(in, fresh);
    assertEquals("3", scratch.group(1));
    JsonNode incremental = eventsResult(out);
    assertTrue(incremental.get("events").size() > 0, incremental.toString());
    assertTrue(incremental.get("figures").size() > 0, incremental.toString());
    assertEquals(eventsResult(fresh), incremental);
  }

  /** One made-up event per article, read without a parser; fails on a "Breakdown" article. */
  private static EventStep.Reader fake(AtomicInteger calls) {
    return (a, ms, ts, types) -> {
      calls.incrementAndGet();
      if (a.text().contains("Breakdown")) {
        throw new IllegalStateException("simulated: the build dies here");
      }
      Event e = new Event(null, "CONSULT", null, "happened", DateRange.unknown(), null, List.of(),
          List.of(new Evidence(a.id(), 0, 6, "body")), 0.5);
      return new EventStep.Read(new EventStage.ArticleEvents(List.of(e), 1, 1, 6, 1), List.of());
    };
  }

  @Test
  void aStageThatDiesKeepsItsFinishedChunks() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < 5; i++) {
      String text = (i == 4 ? "Breakdown in Tovar." : "Report " + i + " from Tovar.")
          + " Mayor Ilse Varga met the council on the square.";
      record(in.resolve("p" + i + ".json"), "p" + i, "Report " + i, text,
          "2024-03-1" + i + "T08:00:00Z");
    }
    Path out = tmp.resolve("dossier");
    CliRun read = CliRun.of("build", in.toString(), "--out", out.toString(), "--no-language");
    assertEquals(0, read.exit, read.toString());
    AtomicInteger calls = new AtomicInteger();
    try (DossierStore store = DossierStore.open(out)) {
      // chunks of two: p0 p1 | p2 p3 | p4, which kills the stage
      assertThrows(IllegalStateException.class,
          () -> EventStep.runStage(store, fake(calls), 1, 2));
      assertEquals(4, store.eventStates().size(), "the two finished chunks are stored");
      assertEquals(0, store.count("events"), "the merge never ran");
    }
    record(in.resolve("p4.json"), "p4", "Report 4",
        "Report 4 from Tovar. Mayor Ilse Varga met the council on the square.",
        "2024-03-14T08:00:00Z");
    CliRun reread = CliRun.of("build", in.toString(), "--out", out.toString(), "--no-language");
    assertEquals(0, reread.exit, reread.toString());
    calls.set(0);
    try (DossierStore store = DossierStore.open(out)) {
      EventStep.Outcome o = EventStep.runStage(store, fake(calls), 2, 2);
      assertEquals(1, o.read(), "only the article the dead run did not finish");
      assertEquals(4, o.kept());
      assertEquals(1, calls.get());
      assertEquals(5, store.eventStates().size());
      assertEquals(5, store.events().size(), "merged over every stored article");
      EventStep.Outcome again = EventStep.runStage(store, fake(calls), 2, 2);
      assertEquals(0, again.read());
      assertEquals(1, calls.get(), "nothing new: the reader is never called");
      assertEquals(5, store.events().size());
    }
  }
}

package dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Article;
import dossier.model.CopyChanges;
import dossier.store.Annotations;
import dossier.store.Batch;
import dossier.store.DossierStore;
import dossier.store.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final Article wire = Fixtures.wireStory();
  private final Article range = Fixtures.rangeStory();
  private final Article bare = Fixtures.bare();

  @BeforeEach
  void fill() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(wire, range, bare)));
      Annotations.storeAll(store, wire, range);
    }
  }

  private String export(Exporter.Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      Exporter.export(store, format, out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private JsonNode article(JsonNode root, String id) {
    for (JsonNode a : root.get("articles")) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no article " + id);
  }

  @Test
  void jsonIsOneObjectWithTheAcceptanceFields() throws IOException {
    JsonNode root = JSON.readTree(export(Exporter.Format.JSON));
    assertEquals(3, root.get("dossier").get("counts").get("articles").asInt());
    assertEquals(3, root.get("articles").size());
    JsonNode a = article(root, wire.id());
    assertEquals("inbox/2021/talks-resume.txt", a.get("source").asText());
    assertEquals(wire.title(), a.get("title").asText());
    assertEquals(wire.text(), a.get("text").asText());
    assertEquals("Example News", a.get("outlet").asText());
    assertEquals("Reuters", a.get("credit").asText());
    assertEquals("[\"Reuters\",\"AFP\"]", a.get("credits").toString());
    assertEquals("2021-03-02", a.get("published").get("value").asText());
    assertEquals("STATED", a.get("published").get("basis").asText());
    assertEquals(wire.paragraphs().get(1).start(), a.get("paragraphs").get(1).get("start").asInt());
    assertEquals("2021-03-02", a.get("captions").get(0).get("date").get("earliest").asText());
    assertEquals("share buttons", a.get("removed").get(1).get("reason").asText());

    JsonNode r = article(root, range.id());
    assertTrue(r.get("published").get("value").isNull());
    assertEquals("2019-05-01", r.get("published").get("earliest").asText());
    assertEquals("2019-05-31", r.get("published").get("latest").asText());
    assertTrue(r.get("text").asText().contains("東京"));
    assertTrue(r.get("credit").isNull());
    JsonNode b = article(root, bare.id());
    assertTrue(b.get("published").isObject());
    assertTrue(b.get("published").get("earliest").isNull());

    JsonNode d = root.get("duplicates").get(0);
    assertEquals(wire.id(), d.get("canonical").asText());
    assertEquals(List.of(wire.id(), range.id()), texts(d.get("members")));
    assertEquals(0.93, d.get("relations").get(0).get("similarity").asDouble());
    assertEquals(List.of(wire.id(), range.id()), texts(root.get("stories").get(0).get("articles")));
    assertEquals("2021-03-04", root.get("stories").get(0).get("span").get("latest").asText());
    JsonNode geneva = root.get("entities").get(0);
    assertEquals(List.of("Genève", "GENEVA"), texts(geneva.get("aliases")));
    assertEquals(1, geneva.get("mentions").asInt());
    assertEquals(List.of(wire.id()), texts(geneva.get("articles")));
    JsonNode ev = root.get("events").get(0);
    assertEquals("CONSULT", ev.get("type").asText());
    assertEquals("e-geneva", ev.get("location").asText());
    assertEquals("STATED", ev.get("date").get("basis").asText(), "what the date rests on");
    assertEquals(List.of("e-un", "e-geneva"), texts(ev.get("participants")));
    JsonNode src = ev.get("sources").get(0);
    assertEquals(wire.id(), src.get("article").asText());
    assertEquals("Talks on a ceasefire resumed",
        wire.text().substring(src.get("start").asInt(), src.get("end").asInt()));
    assertEquals("Talks on a ceasefire resumed", src.get("text").asText(), "the evidence itself");
    assertEquals("text", src.get("part").asText());
    assertEquals("body", src.get("context").asText());
    assertEquals(1, ev.get("independent_sources").asInt());
    JsonNode fig = root.get("figures").get(0);
    assertEquals(2.0, fig.get("value").asDouble());
    assertTrue(fig.get("claimant").isNull());
    assertTrue(fig.get("date").get("earliest").isNull());
    assertEquals("2021-03-02", fig.get("date").get("latest").asText());
    assertEquals(2, root.get("times").size());
    assertEquals(3, root.get("mentions").size());
    assertEquals(0, root.get("storylines").size());
    JsonNode tl = root.get("timeline");
    assertEquals(1, tl.size());
    assertEquals("ev1", tl.get(0).get("event").asText());
    assertEquals("s1", tl.get(0).get("story").asText());
    assertFalse(tl.get(0).get("background").asBoolean()); // reported the day it happened
  }

  @Test
  void jsonLinesHoldOneObjectPerLine() throws IOException {
    String out = export(Exporter.Format.JSONL);
    assertTrue(out.endsWith("\n"));
    String[] lines = out.split("\n");
    // header, 3 articles, 1 duplicate, 2 syndication rows, 1 story, 2 entities, 1 event,
    // 1 figure, 1 timeline entry, 2 times, 3 mentions
    assertEquals(18, lines.length);
    List<String> sections = new ArrayList<>();
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      sections.add(n.get("section").asText());
    }
    assertEquals("dossier", sections.get(0));
    assertEquals(List.of("article", "article", "article"), sections.subList(1, 4));
    JsonNode first = JSON.readTree(lines[1]);
    assertEquals(range.id(), first.get("id").asText()); // ordered by source
    assertEquals(range.text(), first.get("text").asText()); // its newline stays escaped
    assertEquals("timeline", sections.get(12));
    assertEquals("mention", sections.get(15));
  }

  @Test
  void syndicationCountsEachOutletsCopiesOfTheWireStoryAndItsEdits() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      // the copy dropped the second of the wire story's two sentences and kept the title
      CopyChanges.Passage dropped = new CopyChanges.Passage(wire.paragraphs().get(1),
          wire.paragraphs().get(1).of(wire.text()));
      store.replaceDuplicates(Annotations.duplicates(wire, range), List.of(new CopyChanges(
          range.id(), wire.id(), null, List.of(), List.of(dropped), List.of(), List.of())),
          List.of());
    }
    JsonNode root = JSON.readTree(export(Exporter.Format.JSON));
    assertEquals(2, root.get("dossier").get("counts").get("syndication").asInt());
    JsonNode rows = root.get("syndication");
    assertEquals(2, rows.size(), rows.toString());
    // the canonical article is itself a republication by a news site, but compared with nothing
    JsonNode canonical = rows.get(0);
    assertEquals("Reuters", canonical.get("wire").asText());
    assertEquals("Example News", canonical.get("outlet").asText());
    assertEquals(1, canonical.get("copies").asInt());
    assertEquals(0, canonical.get("compared").asInt());
    assertTrue(canonical.get("mean_changed_share").isNull());
    JsonNode copy = rows.get(1);
    assertEquals("Wire Digest", copy.get("outlet").asText());
    assertEquals(1, copy.get("edited").asInt());
    assertEquals(0.5, copy.get("mean_changed_share").asDouble());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      Exporter.exportCsvSection(store, "syndication", out);
    }
    assertEquals("wire,outlet,copies,stories,compared,edited,mean_changed_share\r\n"
        + "Reuters,Example News,1,1,0,0,\r\nReuters,Wire Digest,1,1,1,1,0.5\r\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void csvQuotesCommasQuotesAndNewlines() throws IOException {
    String out = export(Exporter.Format.CSV);
    String[] rows = out.split("\r\n", -1);
    assertTrue(rows[0].startsWith("id,source,url,title,outlet,credit,"));
    assertTrue(rows[0].endsWith(",text"));
    // the range story's title has a comma and quotes; its text has a newline
    String expected = range.id() + ",batch/feed.jsonl#417,,\"Floods, delays, \"\"record\"\" claims\","
        + "Wire Digest,,,,,en,,2019-05-01,2019-05-31,CONTENT,0.4,\""
        + range.text().replace("\"", "\"\"") + "\"";
    assertTrue(out.contains(expected + "\r\n"), out);
    assertEquals("", rows[rows.length - 1]); // ends with a line break
  }

  @Test
  void csvSectionsAndFormatNamesFailClearly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      Exporter.exportCsvSection(store, "entities", out);
      String csv = out.toString(StandardCharsets.UTF_8);
      assertEquals("id,name,type,aliases,mentions,articles\r\ne-geneva,Geneva,CITY,Genève; GENEVA,1,"
          + wire.id() + "\r\ne-un,Palais des Nations,ORGANIZATION,,1," + wire.id() + "\r\n", csv);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Exporter.exportCsvSection(store, "people", new ByteArrayOutputStream()));
      assertTrue(e.getMessage().contains("people") && e.getMessage().contains("entities"));
      ByteArrayOutputStream events = new ByteArrayOutputStream();
      Exporter.exportCsvSection(store, "events", events);
      String[] rows = events.toString(StandardCharsets.UTF_8).split("\r\n");
      assertTrue(rows[0].endsWith(",claimants,date_basis"), rows[0]);
      assertTrue(rows[1].startsWith("ev1,CONSULT,meet,happened,2021-03-02,") && rows[1].endsWith(
          ",STATED"), rows[1]);
    }
    assertEquals(Exporter.Format.JSONL, Exporter.Format.parse("JsonL"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Exporter.Format.parse("xml"));
    assertTrue(e.getMessage().contains("'xml'"), e.getMessage());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}

package dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Participant;
import dossier.store.Annotations;
import dossier.store.Batch;
import dossier.store.DossierStore;
import dossier.store.Fixtures;
import dossier.timeline.TimelineEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline read from a store: the wire story of March 2021 also recalls a 1994 truce. */
class TimelineExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final Article wire = Fixtures.wireStory();
  private final Article range = Fixtures.rangeStory();

  @BeforeEach
  void fill() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(wire, range)));
      Annotations.storeAll(store, wire, range);
      Event truce = new Event("ev0", "AGREE", null, "happened",
          DateRange.between(LocalDate.of(1994, 5, 1), LocalDate.of(1994, 5, 31)), null,
          List.of(new Participant("e-un", "SOURCE")),
          List.of(new dossier.model.Evidence(wire.id(), 0, 20, "body")), 0.6, List.of(),
          Event.REPORT);
      store.replaceEvents(List.of(Annotations.events(wire).get(0), truce));
    }
  }

  private String run(DossierStore store, String section) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (section == null) {
      Exporter.export(store, Exporter.Format.JSON, out);
    } else {
      Exporter.exportCsvSection(store, section, out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exportPutsTheRecalledTruceFirstAndMarksItBackground() throws IOException {
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      JsonNode tl = JSON.readTree(run(store, null)).get("timeline");
      assertEquals(2, tl.size());
      assertEquals("ev0", tl.get(0).get("event").asText());
      assertTrue(tl.get(0).get("background").asBoolean());
      assertEquals("1994-05-01", tl.get(0).get("date").get("earliest").asText());
      assertEquals("REPORT", tl.get(0).get("date").get("basis").asText());
      assertEquals("STATED", tl.get(1).get("date").get("basis").asText());
      assertEquals("ev1", tl.get(1).get("event").asText());
      assertEquals(false, tl.get(1).get("background").asBoolean());
      JsonNode src = tl.get(1).get("sources").get(0);
      assertEquals("Talks on a ceasefire resumed",
          wire.text().substring(src.get("start").asInt(), src.get("end").asInt()));

      String[] csv = run(store, "timeline").split("\r\n");
      assertEquals(String.join(",", TimelineRecords.HEADER), csv[0]);
      assertTrue(csv[1].startsWith("ev0,,1994-05-01,1994-05-31,AGREE,happened,true,s1,s1,e-un,,"),
          csv[1]);
      assertTrue(csv[1].endsWith(",REPORT"), "date basis last: " + csv[1]);
    }
  }

  @Test
  void commandOutputsAreAJsonArrayAndACsvTable() throws IOException {
    List<TimelineEntry> entries;
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      entries = TimelineRecords.entries(store);
    }
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    TimelineRecords.writeJson(entries.subList(1, 2), json);
    JsonNode arr = JSON.readTree(json.toString(StandardCharsets.UTF_8));
    assertTrue(arr.isArray());
    assertEquals("CONSULT", arr.get(0).get("type").asText());
    assertEquals("e-geneva", arr.get(0).get("location").asText());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    TimelineRecords.writeCsv(entries, csv);
    assertEquals(3, csv.toString(StandardCharsets.UTF_8).split("\r\n").length);
  }
}

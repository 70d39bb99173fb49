package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.export.Exporter;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.GenericActor;
import dossier.model.Participant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generic actors ("police (COP)") stored beside entity participants, read back in order, exported. */
class EventActorsTest {
  @TempDir Path dir;

  private static final GenericActor POLICE = new GenericActor("Velorian riot police", "police",
      "COP", "veloria", "a1", "text", 12, 32);
  private static final GenericActor CROWD = new GenericActor("a crowd", "crowd", "CVL", null,
      "a1", "title", 0, 7);

  private static Event event() {
    return new Event("ev1", "COERCE", null, "happened", DateRange.exact(LocalDate.of(2024, 3, 7)),
        "ostrig", List.of(Participant.generic(POLICE, "SOURCE"), new Participant("kael", "TARGET"),
            Participant.generic(CROWD, "TARGET"), new Participant("morrow", "TARGET")),
        List.of(new Evidence("a1", 0, 60, "body")), 0.8);
  }

  @Test
  void participantsReadBackInTheirOrderFromBothReaders() throws IOException {
    Event e = event();
    try (DossierStore store = DossierStore.open(dir)) {
      store.replaceEvents(List.of(e));
      assertEquals(List.of(e), store.events());
      store.replaceEvents(List.of(e)); // replacing leaves no stale actor rows
      assertEquals(List.of(e), store.events());
    }
    try (DossierStore read = DossierStore.openReadOnly(dir)) {
      assertEquals(e, new ApiReader(read).event("ev1").orElseThrow());
      assertEquals(List.of(e), new ApiReader(read).events(null, null, "kael", null, null, null, 0,
          10).items());
    }
  }

  @Test
  void aDossierWrittenBeforeTheTableStillReads() throws IOException, SQLException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.replaceEvents(List.of(event()));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DossierStore.FILE));
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE event_actors");
    }
    try (DossierStore read = DossierStore.openReadOnly(dir)) {
      List<Participant> ps = read.events().get(0).participants();
      assertEquals(List.of(new Participant("kael", "TARGET"), new Participant("morrow", "TARGET")), ps);
      assertEquals(ps, new ApiReader(read).event("ev1").orElseThrow().participants());
    }
  }

  @Test
  void exportsKeepEntityIdsInParticipantsAndActorsInRoles() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.replaceEvents(List.of(event()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Exporter.export(store, Exporter.Format.JSON, out);
      JsonNode ev = new ObjectMapper().readTree(out.toByteArray()).get("events").get(0);
      assertEquals("[\"kael\",\"morrow\"]", ev.get("participants").toString());
      JsonNode police = ev.get("roles").get(0);
      assertTrue(police.get("entity").isNull());
      assertEquals("SOURCE", police.get("role").asText());
      assertEquals("police", police.get("label").asText());
      assertEquals("COP", police.get("sector").asText());
      assertEquals("Velorian riot police", police.get("text").asText());
      assertEquals("veloria", police.get("affiliation").asText());
      assertEquals(12, police.get("start").asInt());
      assertEquals(32, police.get("end").asInt());
      assertEquals("a1", police.get("article").asText());
      assertEquals("kael", ev.get("roles").get(1).get("entity").asText());
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      Exporter.exportCsvSection(store, "events", csv);
      assertTrue(csv.toString(StandardCharsets.UTF_8)
          .contains("police[COP]:SOURCE; kael:TARGET; crowd[CVL]:TARGET; morrow:TARGET"),
          csv.toString(StandardCharsets.UTF_8));
    }
  }
  @Test
  void anAffiliationAloneFindsTheEventByItsEntity() throws IOException, SQLException {
    Event e = event();
    Event other = new Event("ev2", "ASSAULT", null, "happened", DateRange.unknown(), null,
        List.of(Participant.generic(CROWD, "SOURCE"), new Participant("veloria", "TARGET")),
        List.of(new Evidence("a2", 0, 40, "body")), 0.7);
    try (DossierStore store = DossierStore.open(dir)) {
      store.replaceEvents(List.of(e, other));
    }
    try (DossierStore read = DossierStore.openReadOnly(dir)) {
      ApiReader r = new ApiReader(read);
      // ev1 names veloria only as its police's country; ev2 as a participant
      assertEquals(List.of("ev1", "ev2"), r.events(null, null, "veloria", null, null, null, 0, 10)
          .items().stream().map(Event::id).toList());
      assertEquals(List.of("ev1"), r.events("COERCE", null, "veloria", null, null, null, 0, 10)
          .items().stream().map(Event::id).toList());
      assertEquals(2, r.events(null, null, "veloria", null, null, null, 0, 10).total());
      assertEquals(java.util.Map.of("ev1", java.util.Map.of("veloria", "police (COP)")),
          TimelineRows.affiliations(read), "ev2 names it as a participant already");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DossierStore.FILE));
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE event_actors");
    }
    try (DossierStore read = DossierStore.openReadOnly(dir)) {
      assertEquals(List.of("ev2"), new ApiReader(read).events(null, null, "veloria", null, null,
          null, 0, 10).items().stream().map(Event::id).toList(), "an old dossier reads as before");
      assertEquals(java.util.Map.of(), TimelineRows.affiliations(read));
    }
  }
}

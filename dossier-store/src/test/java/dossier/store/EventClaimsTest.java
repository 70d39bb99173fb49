package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.export.Exporter;
import dossier.model.Claim;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whose word each report of an event is: stored, read back by both readers, exported. */
class EventClaimsTest {
  @TempDir Path dir;

  private static final Evidence FACT = new Evidence("a1", 0, 40, "body");
  private static final Evidence SAID = new Evidence("a2", 120, 190, "quote", "text");
  private static final Evidence TITLE = new Evidence("a3", 0, 30, "title", "title");

  private static Event event() {
    return new Event("ev1", "ASSAULT", null, "happened", DateRange.exact(LocalDate.of(2024, 3, 7)),
        "ostrig", List.of(new Participant("veloria", "SOURCE"), new Participant("norbania", "TARGET")),
        List.of(FACT, SAID, TITLE), 0.8,
        List.of(new Claim(SAID, "norbania", "Norbania's defence ministry"),
            new Claim(TITLE, null, "witnesses")));
  }

  @Test
  void claimsReadBackWithTheirReportsFromBothReaders() throws IOException {
    Event e = event();
    try (DossierStore store = DossierStore.open(dir)) {
      store.replaceEvents(List.of(e));
      store.replaceEvents(List.of(e)); // replacing leaves no stale claim rows
      assertEquals(List.of(e), store.events());
    }
    try (DossierStore read = DossierStore.openReadOnly(dir)) {
      assertEquals(e, new ApiReader(read).event("ev1").orElseThrow());
    }
  }

  @Test
  void aDossierWrittenBeforeTheTableReadsWithNoClaims() throws IOException, SQLException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.replaceEvents(List.of(event()));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DossierStore.FILE));
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE event_claims");
    }
    try (DossierStore read = DossierStore.openReadOnly(dir)) {
      assertTrue(read.events().get(0).claims().isEmpty());
      assertEquals(3, read.events().get(0).sources().size());
      assertTrue(new ApiReader(read).event("ev1").orElseThrow().claims().isEmpty());
    }
  }

  @Test
  void theExportNamesTheClaimantOfEachAttributedReport() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.replaceEvents(List.of(event()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Exporter.export(store, Exporter.Format.JSON, out);
      JsonNode claims = new ObjectMapper().readTree(out.toByteArray()).get("events").get(0)
          .get("claims");
      assertEquals(2, claims.size());
      assertEquals("norbania", claims.get(0).get("claimant").asText());
      assertEquals("Norbania's defence ministry", claims.get(0).get("claimant_text").asText());
      assertEquals("a2", claims.get(0).get("article").asText());
      assertEquals(120, claims.get(0).get("start").asInt());
      assertTrue(claims.get(1).get("claimant").isNull());
      assertEquals("witnesses", claims.get(1).get("claimant_text").asText());
      assertEquals("title", claims.get(1).get("part").asText());
    }
  }
}

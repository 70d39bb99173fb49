package dossier.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.GenericActor;
import dossier.model.Participant;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost of the events filter by entity now that it also reads {@code event_actors}'
 * affiliations, on generated events (opt-in: {@code -Ddossier.events.bench=100000}): median of
 * 21 requests of the filter with and without the affiliations' branch, for a frequent and a rare
 * entity. Prints the figures; asserts only that the new filter stays within a few milliseconds.
 */
@EnabledIfSystemProperty(named = "dossier.events.bench", matches = "\\d+")
class EventFilterSpeedBench {
  @TempDir Path dir;

  @Test
  void filterByEntityWithAffiliations() throws Exception {
    int n = Integer.parseInt(System.getProperty("dossier.events.bench"));
    Random rnd = new Random(7);
    List<Event> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // 200 countries, Zipf-like: country 0 in a fifth of the events, country 199 in a handful
      String a = "c" + (int) Math.min(199, Math.abs(rnd.nextGaussian()) * 40);
      String b = "c" + rnd.nextInt(200);
      List<Participant> ps = new ArrayList<>(List.of(new Participant(a, "SOURCE")));
      if (rnd.nextBoolean()) {
        ps.add(new Participant(b, "TARGET"));
      }
      if (i % 3 == 0) {
        String aff = "c" + rnd.nextInt(200);
        ps.add(Participant.generic(new GenericActor("police", "police", "COP", aff, "a" + i,
            "text", 0, 6), "SOURCE"));
      }
      events.add(new Event(String.format("ev%07d", i), i % 2 == 0 ? "ASSAULT" : "COERCE", null,
          "happened", DateRange.exact(LocalDate.of(2020, 1, 1).plusDays(i % 1500)),
          i % 5 == 0 ? "p" + rnd.nextInt(50) : null, ps,
          List.of(new Evidence("a" + i, 0, 20, "body")), 0.6));
    }
    try (DossierStore store = DossierStore.open(dir)) {
      store.replaceEvents(events);
    }
    try (DossierStore read = DossierStore.openReadOnly(dir)) {
      ApiReader r = new ApiReader(read);
      long t1 = System.nanoTime();
      int affiliated = TimelineRows.affiliations(read).size();
      System.out.printf("BENCH %d events: the timeline's affiliations (%d events) read in %.0f ms"
          + " (once per snapshot)%n", n, affiliated, (System.nanoTime() - t1) / 1e6);
      for (String entity : List.of("c0", "c150")) {
        long[] now = new long[21];
        long[] old = new long[21];
        long[] sql = new long[21];
        long total = 0;
        for (int k = 0; k < now.length; k++) {
          long t0 = System.nanoTime();
          total = r.events(null, null, entity, null, null, null, 0, 20).total();
          now[k] = System.nanoTime() - t0;
          t0 = System.nanoTime();
          filter(read, entity, OLD);
          old[k] = System.nanoTime() - t0;
          t0 = System.nanoTime();
          filter(read, entity, NEW);
          sql[k] = System.nanoTime() - t0;
        }
        Arrays.sort(now);
        Arrays.sort(old);
        Arrays.sort(sql);
        System.out.printf("BENCH %d events, entity %s: %d events match; a page of 20 events read"
            + " %.2f ms; count + page ids with affiliations %.2f ms, participants and place only"
            + " %.2f ms (medians of 21)%n", n, entity, total, now[10] / 1e6, sql[10] / 1e6,
            old[10] / 1e6);
        assertTrue(now[10] < 500_000_000L);
      }
    }
  }

  /** The filter as it was: participants and place only. */
  private static final String OLD = " WHERE 1=1 AND (location_id = ? OR id IN (SELECT event_id"
      + " FROM event_participants WHERE entity_id = ?))";
  /** The filter as {@link ApiReader#events} makes it now. */
  private static final String NEW = " WHERE 1=1 AND (location_id = ? OR id IN (SELECT event_id"
      + " FROM event_participants WHERE entity_id = ? UNION ALL SELECT event_id FROM event_actors"
      + " WHERE affiliation_id = ?))";

  /** Count and a page of ids, as the events list asks them. */
  private static void filter(DossierStore s, String entity, String where) throws Exception {
    for (String sql : List.of("SELECT count(*) FROM events" + where,
        "SELECT id FROM events" + where + " ORDER BY id LIMIT 20 OFFSET 0")) {
      try (PreparedStatement ps = s.connection().prepareStatement(sql)) {
        ps.setString(1, entity);
        ps.setString(2, entity);
        if (where == NEW) {
          ps.setString(3, entity);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getString(1);
          }
        }
      }
    }
  }
}

package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions whose shared party swaps roles stay apart; the same act told twice still merges. */
class CrossedRolesTest {
  private static Event event(String type, int at, Participant... ps) {
    return new Event(null, type, null, "happened", DateRange.unknown(), null, List.of(ps),
        List.of(new Evidence("a1", at, at + 10, "body", "text")), 0.7);
  }

  private static List<Event> merged(Event... es) {
    List<Event> out = new ArrayList<>();
    for (Event e : es) {
      EventStage.merge(out, e);
    }
    return out;
  }

  @Test
  void theAccuserLaterAccusedIsASecondEvent() {
    // "Marlo called Velmora's envoy a liar" ... "Marlo was later charged with perjury"
    List<Event> out = merged(
        event("ACCUSE", 0, new Participant("marlo", "SOURCE"), new Participant("envoy", "TARGET")),
        event("ACCUSE", 50, new Participant("marlo", "TARGET")));
    assertEquals(2, out.size());
    assertEquals(List.of(new Participant("marlo", "TARGET")), out.get(1).participants());
  }

  @Test
  void oneAccusationToldTwiceMerges() {
    List<Event> out = merged(
        event("ACCUSE", 0, new Participant("marlo", "SOURCE"), new Participant("envoy", "TARGET")),
        event("ACCUSE", 50, new Participant("marlo", "SOURCE")));
    assertEquals(1, out.size());
    assertEquals(2, out.get(0).sources().size());
  }

  @Test
  void aMeetingToldFromEitherSideMerges() {
    List<Event> out = merged(
        event("CONSULT", 0, new Participant("marlo", "SOURCE"), new Participant("envoy", "TARGET")),
        event("CONSULT", 50, new Participant("envoy", "SOURCE"), new Participant("marlo", "TARGET")));
    assertEquals(1, out.size());
  }
}

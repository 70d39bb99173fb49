package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "..., a figure X rejects": X's own act, told by the reporter, not part of the claim before it. */
class StanceAppositivesTest {
  private static Event only(String text, String type) {
    List<Event> es = ActsFixture.events(text).stream().filter(e -> e.type().equals(type))
        .toList();
    assertEquals(1, es.size(), () -> type + " in: " + text + " -> " + ActsFixture.events(text));
    return es.get(0);
  }

  private static List<String> sources(Event e) {
    return e.participants().stream().filter(p -> p.role().equals("SOURCE"))
        .map(p -> p.entityId() != null ? p.entityId() : p.actor().label()).sorted().toList();
  }

  @Test
  void theRejectionAfterAClaimIsTheNamedSidesAndHappened() {
    Event r = only("Velmora says its forces have killed 60 soldiers, a figure Dastria rejects.",
        "REJECT");
    assertEquals(List.of("dastria"), sources(r));
    assertEquals("happened", r.status(), "the reporter tells the rejection, not Velmora");
    assertTrue(r.claims().isEmpty(), r::toString);
    Event d = only("Velmora says it shot down four Dastrian drones, a claim Tomas Marlo rejects.",
        "REJECT");
    assertEquals(List.of("marlo"), sources(d));
    assertEquals("happened", d.status());
  }

  @Test
  void anAppositiveWithNoVerbAfterItIsLeftAlone() {
    // "a figure Dastria published last week" is no stance: the clause has an object-less verb
    // followed by more words, so no rejection is read
    List<Event> es = ActsFixture.events("Velmora cited the toll of 60, a figure Dastria "
        + "published last week.");
    assertTrue(es.stream().noneMatch(e -> e.type().equals("REJECT")), es::toString);
  }
}

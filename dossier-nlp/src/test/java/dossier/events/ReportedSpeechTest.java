package dossier.events;

import static dossier.events.ActsFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events told on someone's word are that someone's claim; events told as fact are not. */
class ReportedSpeechTest {
  private static Event only(String text, String type) {
    List<Event> es = events(text).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), text + " -> " + es);
    return es.get(0);
  }

  @Test
  void anEventAccordingToSomeoneIsTheirClaim() {
    assertEquals("claimed", only("According to Velmora, Dastrian troops attacked the town of "
        + "Brenn on Monday.", "ASSAULT").status());
    assertEquals("claimed", only("Dastrian troops shelled Brenn overnight, according to a "
        + "statement by the Justice Ministry.", "ASSAULT").status());
  }

  @Test
  void anEventInWhatSomeoneSaidIsTheirClaim() {
    assertEquals("claimed", only("Tomas Marlo said Dastrian troops had attacked Brenn.",
        "ASSAULT").status());
  }

  @Test
  void anEventToldAsFactOrAccordingToPlanIsNoClaim() {
    assertEquals("happened", only("Dastrian troops attacked Brenn on Monday.", "ASSAULT")
        .status());
    assertEquals("happened", only("Dastrian troops withdrew from Brenn on Monday, according "
        + "to plan.", "RETREAT").status());
  }
}

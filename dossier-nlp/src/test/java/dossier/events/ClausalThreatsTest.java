package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClausalThreatsTest {
  @Test
  void forceInStoreToldUnderASpeakerIsAThreat() {
    List<Event> es = ActsFixture.events("The president said Velmora would use force if "
        + "diplomacy fails.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("THREATEN")
        && ActsFixture.role(e, "velmora", "SOURCE")), es.toString());
    assertTrue(ActsFixture.types("Tomas Marlo said he would use force if necessary.")
        .contains("THREATEN"));
    assertTrue(ActsFixture.types("\"If they attack us, we will strike back,\" Tomas Marlo said.")
        .contains("THREATEN"));
    assertTrue(ActsFixture.types("A Velmoran spokesman said Velmora would retaliate if it was "
        + "attacked.").contains("THREATEN"));
    assertFalse(ActsFixture.types("A Velmoran spokesman said Velmora would use force.")
        .contains("THREATEN"));
  }

  @Test
  void theOneWhoCanExpectForceIsThreatened() {
    List<Event> es = ActsFixture.events("Officials say Dastria can expect air strikes to "
        + "continue if it does not disarm.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("THREATEN")
        && ActsFixture.role(e, "dastria", "TARGET")), es.toString());
    assertFalse(ActsFixture.types("Officials say Dastria can expect heavy rain this week.")
        .contains("THREATEN"));
  }

  @Test
  void forecastsDenialsAndSportAreNoThreat() {
    assertFalse(ActsFixture.types("Tomas Marlo said Velmora would not use force.")
        .contains("THREATEN"));
    assertFalse(ActsFixture.types("Tomas Marlo said Dastria would attack if Velmora moved "
        + "troops.").contains("THREATEN"));
    assertFalse(ActsFixture.types("The union said its members would strike if the talks "
        + "failed.").contains("THREATEN"));
    assertFalse(ActsFixture.types("The coach said his team would attack from the first minute.")
        .contains("THREATEN"));
    assertFalse(ActsFixture.types("Tomas Marlo said Velmora could use force one day.")
        .contains("THREATEN"));
  }

  @Test
  void aWrongSaidToBeComingIsAnAccusation() {
    List<Event> es = ActsFixture.events("The minister responded within an hour, saying Dastria "
        + "would break international law by attacking.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("ACCUSE")
        && ActsFixture.role(e, "dastria", "TARGET")), es.toString());
    assertFalse(ActsFixture.types("Tomas Marlo said Velmora would break the truce if Dastria "
        + "attacked.").contains("ACCUSE"));
    assertFalse(ActsFixture.types("Tomas Marlo said it would be a violation of the law if "
        + "Dastria moved troops.").contains("ACCUSE"));
  }
}

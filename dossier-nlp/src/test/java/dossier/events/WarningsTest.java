package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningsTest {
  @Test
  void aWarningOfForceIsAThreat() {
    List<Event> es = ActsFixture.events("Tomas Marlo warned Dastria that the threat of force "
        + "was real.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("THREATEN")
        && ActsFixture.role(e, "marlo", "SOURCE")), es.toString());
    assertTrue(ActsFixture.types("Velmora warned that military action remained an option.")
        .contains("THREATEN"));
  }

  @Test
  void aSideBoundToForceAgainstAnotherThreatens() {
    List<Event> es = ActsFixture.events("Tomas Marlo says Velmora is now committed to a "
        + "limited strike against Dastria.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("THREATEN")
        && ActsFixture.role(e, "velmora", "SOURCE")), es.toString());
    assertTrue(ActsFixture.types("Velmora is prepared for military action against Dastria.")
        .contains("THREATEN"));
    assertFalse(ActsFixture.types("Velmora is committed to a strike ban at its ports.")
        .contains("THREATEN"));
    assertFalse(ActsFixture.types("Brenn is prepared for an attack on its harbour.")
        .contains("THREATEN"));
  }

  @Test
  void otherWarningsAreNoThreat() {
    assertFalse(ActsFixture.types("Tomas Marlo warned that the storm would reach Brenn by noon.")
        .contains("THREATEN"));
    assertFalse(ActsFixture.types("Velmora warned that Dastria's army was massing on the border.")
        .contains("THREATEN"));
    assertFalse(ActsFixture.types("Tomas Marlo warned Dastria that force was not an option.")
        .contains("THREATEN"));
  }

  @Test
  void aWarningThatTheWarnersSideMayStrikeIsAThreat() {
    List<Event> es = ActsFixture.events("Prosecutors in Brenn have warned lawyers for Tomas Marlo "
        + "that if he is indicted, the government may move to seize his assets.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("THREATEN")), es.toString());
    assertTrue(ActsFixture.types("Velmora warned Dastria that if its troops cross the border, "
        + "Velmora could strike back.").contains("THREATEN"));
  }

  @Test
  void aWarningThatOthersMayDoHarmIsNone() {
    assertFalse(ActsFixture.types("Tomas Marlo warned that if talks fail, the rebels may attack "
        + "Brenn.").contains("THREATEN"));
    assertFalse(ActsFixture.types("Forecasters warned that if the wind shifts, the fire may "
        + "destroy Brenn.").contains("THREATEN"));
    assertFalse(ActsFixture.types("Velmora warned that the government may seize the assets.")
        .contains("THREATEN")); // no condition: a forecast, not a threat
  }
}

package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdverbialsTest {
  @Test
  void aClauseOfMeansSharesTheMainSubject() {
    String text = "Velmora sought calm on its eastern border by promising to withdraw from the "
        + "occupied hills.";
    List<Event> es = ActsFixture.events(text);
    assertTrue(es.stream().anyMatch(e -> e.type().equals("AGREE")
        && ActsFixture.role(e, "velmora", "SOURCE")), es.toString());
    List<Event> hit = ActsFixture.events("Velmora answered the raid by shelling Dastria's "
        + "border posts.");
    assertTrue(hit.stream().anyMatch(e -> e.type().equals("ASSAULT")
        && ActsFixture.role(e, "velmora", "SOURCE")), hit.toString());
  }

  @Test
  void anActDoneWithoutIsNotDone() {
    List<Event> es = ActsFixture.events("Tomas Marlo left Brenn without meeting Dastria's "
        + "foreign minister.");
    assertFalse(es.stream().anyMatch(e -> e.type().equals("CONSULT")
        && !e.status().equals("denied")), es.toString());
    assertFalse(ActsFixture.events("Velmora withdrew its troops from Brenn without firing a "
        + "shot at Dastria.").stream().anyMatch(e -> e.type().equals("ASSAULT")
        && e.status().equals("happened")));
  }

  @Test
  void clausesOfTimeAreLeftAlone() {
    assertFalse(ActsFixture.types("Tomas Marlo has lived in Brenn since seeking refuge there "
        + "in 2012.").contains("REQUEST"));
  }
}

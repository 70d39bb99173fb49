package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wordings met in a precision audit on unannotated news (session 11). */
class AuditWordingsTest {
  @Test
  void aClaimWithNothingBeforeItStatesNoClaimantAndDoesNotFail() {
    // "claim that" right after a comma: no words before it name a claimant
    String text = "According to radio reports that began at noon, claim that the blast at the "
        + "depot that led to the death of three guards was set by strikers.";
    Claimants.Claim c = Claimants.claim(text, 0, text.length(), text.indexOf("three"), List.of());
    assertNull(c.entityId());
    assertEquals(List.of("KILLED 3"), FigureFixture.figures(text));
  }

  private static Claimants.Claim claim(String text, String number, String... typed) {
    return ClaimantWordingsTest.claim(text, number, typed);
  }

  @Test
  void aParentsChildrenAreNoToll() {
    assertEquals(List.of(), FigureFixture.figures("The 41-year-old driver and father to three "
        + "girls died at the scene."));
    assertEquals(List.of(), FigureFixture.figures("A mother-of-two was arrested at the port."));
    assertEquals(List.of("KILLED 3"), FigureFixture.figures("Three girls died at the scene, "
        + "the fire service said."));
  }

  @Test
  void reportsSomeoneWillNotCommentOnAreNoOnesClaim() {
    Claimants.Claim c = claim("Mr Halloran declined to comment on reports that more than 30 "
        + "miners were trapped.", "30", "Halloran", "PERSON");
    assertNull(c.entityId());
    assertEquals("unattributed reports", c.text());
    // the verb keeps its subject
    assertEquals("halloran", claim("Halloran reports that more than 30 miners were trapped.",
        "30", "Halloran", "PERSON").entityId());
    assertEquals("halloran", claim("Halloran said that the reports of 30 trapped miners were "
        + "right.", "30", "Halloran", "PERSON").entityId());
  }

  @Test
  void eachFigureTakesItsOwnAccordingTo() {
    String text = "The shelling killed over 300 villagers, according to Velmora's health "
        + "ministry, and displaced nearly 40,000 people, according to the Red Cross.";
    String[] typed = {"Velmora", "COUNTRY", "Red Cross", "ORGANIZATION"};
    assertEquals("velmora", claim(text, "300", typed).entityId());
    assertEquals("red cross", claim(text, "40,000", typed).entityId());
    // one "according to" before the figure still claims it
    assertEquals("velmora", claim("According to Velmora, the shelling killed 300 villagers and "
        + "displaced 40,000.", "40,000", "Velmora", "COUNTRY").entityId());
  }

  /** The figures of {@code text} with the one name {@code name} (an organisation) found in it. */
  private static List<dossier.model.Figure> withName(String text, String name) {
    dossier.model.Article a = FigureFixture.article(text);
    int at = text.indexOf(name);
    Mention m = new Mention(a.id(), at, at + name.length(), name, "ORGANIZATION", "org");
    return FigureStage.analyse(List.of(a), List.of(m), List.of(), List.of()).figures();
  }

  @Test
  void aPlaceDescribedByItsPeopleIsTheWritersBackground() {
    List<dossier.model.Figure> fs = withName("The quake struck near Varsa Island, home to 90,000 "
        + "people, the Geological Survey said.", "Geological Survey");
    assertEquals(1, fs.size());
    assertEquals("POPULATION", fs.get(0).kind());
    assertNull(fs.get(0).claimantId());
    fs = withName("Dr Lena Ostrova of the Red Cross said the injured were flown to Lomar, a city "
        + "of 400,000 people.", "Red Cross");
    assertEquals(1, fs.size());
    assertNull(fs.get(0).claimantId());
    // a count of people, not a place's description, keeps its speaker
    fs = withName("At least 90,000 people were displaced, the Red Cross said.", "Red Cross");
    assertEquals(1, fs.size());
    assertEquals("DISPLACED", fs.get(0).kind());
    assertEquals("org", fs.get(0).claimantId());
    fs = withName("The Red Cross said Varsa, a hilly island, has a population of more "
        + "than 90,000.", "Red Cross");
    assertEquals(1, fs.size());
    assertNull(fs.get(0).claimantId());
  }
}

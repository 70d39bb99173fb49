package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tags {@link Retags} corrects before the parser runs, and the ones it leaves alone. */
class RetagsTest {
  private static String tag(String text, String word) {
    Parse p = DepParser.shared().parse(text, 0, text.length());
    for (Parse.Tok t : p.tokens()) {
      if (t.word().equals(word)) {
        return t.tag() + "/" + t.lemma();
      }
    }
    throw new AssertionError(word + " not in " + text);
  }

  @Test
  void aVerbReadAsANounIsAVerb() {
    assertEquals("VBZ/object", tag("Velmora objects to the plan.", "objects"));
    assertEquals("VBZ/object", tag("The group that runs the port, Ostrig Shipping, objects to "
        + "the rules.", "objects"));
    assertEquals("VBG/meet", tag("After touring Ostrig and meeting with Dastrian officials, the "
        + "envoy flew home.", "meeting"));
    assertEquals("VB/return", tag("Velmora demanded that Dastria return Ivo Brenk.", "return"));
    assertEquals("NNP/es", tag("After touring the Velmoran capital Kar es Velm on Thursday, the "
        + "envoy left.", "es"));
  }

  @Test
  void aNounStaysANoun() {
    assertEquals("NNS/object", tag("The dealer sent art objects to the museum.", "objects"));
    assertEquals("NNS/object", tag("The objects to be sold were stolen.", "objects"));
    assertEquals("NN/meeting", tag("Velmora held a meeting with Dastria.", "meeting"));
    assertEquals("NN/meeting", tag("The purpose of meeting with Dastria was unclear.", "meeting"));
    assertEquals("NN/return", tag("Velmora demanded the return of Ivo Brenk.", "return"));
  }
}

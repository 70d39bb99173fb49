package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed WordNet lexicon: regenerated from WordNet 3.1 it is the same file. */
class WordNetLexiconTest {
  @Test
  void committedFileIsWhatTheGeneratorWrites() throws Exception {
    String committed = Files.readString(Path.of(PloverWordNet.RESOURCE), StandardCharsets.UTF_8);
    assertEquals(PloverWordNet.open().generate(), committed,
        "plover-wordnet.tsv drifted: rerun PloverWordNet.main from dossier-nlp");
  }

  @Test
  void dominantSensesGiveTheirTypes() {
    assertEquals("CONSULT", WordNetLexicon.verb("mediate"));
    assertEquals("COERCE", WordNetLexicon.verb("incarcerate"));
    assertEquals("SANCTION", WordNetLexicon.verb("ostracize"));
    assertEquals("ACCUSE", WordNetLexicon.verb("reprove"));
    assertEquals("SUPPORT", WordNetLexicon.verb("glorify"));
    assertEquals("ASSAULT", WordNetLexicon.verb("decapitate"));
    assertEquals("ACCUSE", WordNetLexicon.noun("condemnation"));
    assertEquals("SANCTION", WordNetLexicon.noun("expulsion"));
  }

  @Test
  void wordsWhoseCommonSenseLiesElsewhereAreLeftOut() {
    // sense 1 outside every tree: "meet" (come together), "threaten" (pose a danger),
    // "demonstrate" (show), "strike" (deliver a blow), "help" (broad)
    for (String w : new String[] {"meet", "threaten", "demonstrate", "strike", "help", "party",
        "doubt", "ask", "erase", "lease", "charge"}) {
      assertNull(WordNetLexicon.verb(w), w);
    }
  }

  @Test
  void wordsOtherDoorsReadStayTheirs() {
    assertTrue(WordNetLexicon.known("attack"));
    assertTrue(WordNetLexicon.known("castigate"));
    assertTrue(WordNetLexicon.known("free"));
    assertFalse(WordNetLexicon.known("mediate"));
    assertFalse(WordNetVerbs.trigger("attack"));
    assertTrue(WordNetVerbs.trigger("mediate"));
  }
}

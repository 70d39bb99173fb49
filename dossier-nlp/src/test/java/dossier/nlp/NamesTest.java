package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void titlesPossessivesAndPunctuationAreCut() {
    assertEquals("Lorent Vashkiryan", Names.clean("President Lorent Vashkiryan"));
    assertEquals("Teodora Halm", Names.clean("Prime Minister Teodora Halm's"));
    assertEquals("Petr Osk", Names.clean("Foreign Minister Petr Osk,"));
    assertEquals("Mr", Names.clean("Mr"), "a lone title is left as it is");
    assertEquals("Velmoran Union", Names.cleanThing("the Velmoran Union's"));
  }

  @Test
  void foldedKeysIgnoreCaseAndDiacritics() {
    assertEquals(Names.key("İlmar Dzhabrov"), Names.key("ilmar dzhabrov"));
    assertEquals("nagorno karabakh", Names.key("Nagorno-Karabakh"));
  }

  @Test
  void transliterationVariantsShareASkeleton() {
    assertEquals(Names.skeleton("vashkiryan"), Names.skeleton("vashkirian"));
    assertEquals(Names.skeleton("sargsyan"), Names.skeleton("sarkisian"));
    assertEquals(Names.skeleton("dzhabrov"), Names.skeleton("jabrov"));
    assertEquals(Names.skeleton("khalimov"), Names.skeleton("halimov"));
    assertEquals(Names.skeleton("mamedyev"), Names.skeleton("mamedev"));
    assertEquals(Names.skeleton("toumanian"), Names.skeleton("tumanyan"));
    assertNotEquals(Names.skeleton("petrov"), Names.skeleton("ivanov"));
  }

  @Test
  void acronymsOfMultiWordNames() {
    assertEquals("EU", Names.acronym("European Union"));
    assertEquals("OSCE", Names.acronym("Organization for Security and Cooperation in Europe"));
    assertEquals("TCG", Names.acronym("Tarsen Contact Group"));
    assertNull(Names.acronym("Geneva"));
    assertTrue(Names.isAcronym("U.N."));
  }
}

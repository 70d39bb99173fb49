package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sentences in capitals put in ordinary case for the tagger, offsets unchanged. */
class CasingTest {
  private static String normal(String s) {
    return Casing.normal(s, 0, s.length());
  }

  @Test
  void aHeadlineInCapitalsIsLowerCasedButForItsFirstWordAndAcronyms() {
    assertEquals("Police arrest two after shooting near US base",
        normal("POLICE ARREST TWO AFTER SHOOTING NEAR US BASE"));
  }

  @Test
  void wordsTakeTheCaseTheRestOfTheTextGivesThem() {
    String text = "TROOPS WITHDRAW FROM KESSAR\nThe army said on Monday that its units left Kessar.";
    String out = Casing.normal(text, 0, text.indexOf('\n'));
    assertEquals("Troops withdraw from Kessar", out);
  }

  @Test
  void ordinarySentencesAndShortBannersStayAsTheyAre() {
    String s = "The UN envoy met NATO officials in Brussels on Friday.";
    assertEquals(s, normal(s));
    assertEquals("WATCH LIVE", normal("WATCH LIVE"));
  }

  @Test
  void theLengthAndEveryNonLetterStay() {
    String s = "\"REBELS SEIZE 3 TOWNS, KILL 12\" - WIRE";
    String out = normal(s);
    assertEquals(s.length(), out.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        assertEquals(s.charAt(i), out.charAt(i));
      }
    }
  }
}

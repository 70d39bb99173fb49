package dossier.stories;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The terms story clustering compares. */
class AnalyzerTest {
  @Test
  void namesAreWordsSoFullAndShortFormsMeet() {
    Map<String, Integer> t = Analyzer.terms("Police chief Marta Olsen spoke on Friday. Later, Olsen said"
        + " the inquiry would take weeks.");
    assertTrue(t.get("@olsen") >= 2, t.toString());
    assertTrue(t.containsKey("@marta"));
    assertFalse(t.containsKey("@later"), "a lone capital opening a sentence is not a name");
  }

  @Test
  void headlineCaseGivesNoNames() {
    Map<String, Integer> t = Analyzer.terms("Ferry Sinks Off Coast, Rescuers Search Waters\n\n"
        + "A ferry sank near Port Alvar on Tuesday.");
    assertFalse(t.containsKey("@rescuers"));
    assertFalse(t.containsKey("@sinks"));
    assertTrue(t.containsKey("@alvar"));
    assertTrue(t.containsKey("sink"), "its words still count");
  }

  @Test
  void decimalsStayWholeAndAddressesGiveWordsAndDates() {
    Map<String, Integer> t = Analyzer.terms("http://news.example.org/2014/06/ferry-sinks-9981234.html\n\n"
        + "A 5.8-magnitude quake and 1,200 homes.");
    assertTrue(t.containsKey("#5.8"));
    assertTrue(t.containsKey("#1,200"));
    assertTrue(t.containsKey("#2014"));
    assertTrue(t.containsKey("ferry"));
    assertFalse(t.containsKey("#9981234"), "an id is not a fact");
    assertFalse(t.containsKey("exampl"), "the domain names the publisher");
  }
}

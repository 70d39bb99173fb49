package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The place types read from CoreNLP's demonym table and gazetteer. */
class GazetteerTest {
  private static String type(String place) {
    return Gazetteer.get().fineType(Names.key(place));
  }

  @Test
  void continentsAreRegionsAndCountriesStayCountries() {
    assertEquals("LOCATION", type("Europe"));
    assertEquals("LOCATION", type("Asia"));
    assertEquals("LOCATION", type("Middle East"));
    assertEquals("LOCATION", type("South America"));
    assertEquals("COUNTRY", type("Poland"));
    assertEquals("COUNTRY", type("Australia")); // a continent and a state: the state acts
    assertEquals("Europe", Gazetteer.get().placeOf("European"));
  }
}

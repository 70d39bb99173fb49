package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wordings met in a figures audit of unannotated crime, unrest and disaster news (session 14). */
class CrimeAuditWordingsTest {
  private static Claimants.Claim claim(String text, String number, String... typed) {
    return ClaimantWordingsTest.claim(text, number, typed);
  }

  @Test
  void whoWasToldIsNoClaimant() {
    // "told" after a comma is not inverted like "said Chief X": the agency was told
    Claimants.Claim c = claim("Two villagers were slightly hurt, the governor of Varsa, Tomas "
        + "Marlo, told Brenn Press.", "Two", "Varsa", "LOCATION", "Tomas Marlo", "PERSON",
        "Brenn Press", "ORGANIZATION");
    assertEquals("tomas marlo", c.entityId());
    assertEquals("tomas marlo", claim("Two villagers were slightly hurt, Tomas Marlo told Brenn "
        + "Press.", "Two", "Tomas Marlo", "PERSON", "Brenn Press", "ORGANIZATION").entityId());
    // the inverted "said" keeps its speaker after the verb
    assertEquals("tomas marlo", claim("Two villagers were slightly hurt, said Tomas Marlo.", "Two",
        "Tomas Marlo", "PERSON").entityId());
  }

  @Test
  void thePersonOfAPlaceSpeaksNotThePlace() {
    Claimants.Claim c = claim("The governor of Varsa Island told Brenn Press three people had "
        + "been killed.", "three", "Varsa Island", "LOCATION", "Brenn Press", "ORGANIZATION");
    assertNull(c.entityId());
    assertEquals("The governor of Varsa Island", c.text());
    assertNull(claim("The mayor of Lomar said 40 families were evacuated.", "40", "Lomar",
        "CITY").entityId());
    // a country's leader may speak for it; officials in a place stay the place
    assertEquals("dastria", claim("The president of Dastria said 40 soldiers were killed.", "40",
        "Dastria", "COUNTRY").entityId());
    assertEquals("lomar", claim("Officials in Lomar said 40 families were evacuated.", "40",
        "Lomar", "CITY").entityId());
  }

  @Test
  void aVerbOfAClauseAboutAThingIsNotTheCountedPeoplesVerb() {
    // "which" stands for the clashes: the 2,000 soldiers were sent, not killed
    assertEquals(List.of("DEPLOYED 2000", "KILLED 40"), FigureFixture.figures("More than 2,000 "
        + "soldiers were deployed to Varsa after the clashes, which killed 40 people."));
    assertEquals(List.of("KILLED 12"), FigureFixture.figures("Twelve soldiers were killed in "
        + "the ambush near Varsa."));
  }

  @Test
  void murderingPeopleKillsThem() {
    assertEquals(List.of("KILLED 7"), FigureFixture.figures("Tomas Marlo was convicted on "
        + "Friday of murdering seven co-workers at an office in Lomar."));
    // counts of a charge are no figure
    assertEquals(List.of(), FigureFixture.figures("Tomas Marlo faces seven counts of "
        + "first-degree murder."));
  }

  @Test
  void accordingToThePersonOfAPlace() {
    assertNull(claim("The death toll has risen to 18, according to the mayor of Lomar.", "18",
        "Lomar", "CITY").entityId());
    assertNull(claim("According to the governor of Varsa Island, 18 people died.", "18",
        "Varsa Island", "LOCATION").entityId());
    assertEquals("lomar", claim("The death toll has risen to 18, according to Lomar's "
        + "health office.", "18", "Lomar", "CITY").entityId());
  }

  @Test
  void aRelativeClauseOfAnotherGroupIsNotTheirs() {
    // the officers were killed; the mourners are a crowd
    assertEquals(List.of("KILLED 2", "OTHER 150"), FigureFixture.figures("About 150 people attended the "
        + "funeral of the two officers, who were killed on Friday."));
    // a relative right after the counted noun is theirs
    assertEquals(List.of("KILLED 3"), FigureFixture.figures("The three guards, who were killed "
        + "on Friday, were buried in Lomar."));
  }

  @Test
  void aClauseOfAnotherCountedSubjectIsNotTheirs() {
    // the 40 were evacuated; the 12 rescued are no displaced figure
    assertEquals(List.of("DISPLACED 40"), FigureFixture.figures("Fire crews rescued 12 people "
        + "from the upper floors, and 40 residents were evacuated from nearby buildings."));
    assertEquals(List.of("KILLED 12", "WOUNDED 20"), FigureFixture.figures("Twelve soldiers were "
        + "killed, and 20 were wounded."));
  }

  @Test
  void aNumberAfterAMonthThatEndsASentenceIsACount() {
    assertEquals(List.of("DETAINED 5"), FigureFixture.figures("The tanker was seized by pirates "
        + "in March. Five pirates were detained on Tuesday."));
    // a day after a month is no count
    assertEquals(List.of(), FigureFixture.figures("The pirates were detained on Sept. 5 people "
        + "said."));
  }

  @Test
  void aVerbBeforeTheNumberTypesItAcrossTheOrAll() {
    assertEquals(List.of("DETAINED 2"), FigureFixture.figures("Officers arrested the two men, "
        + "23 and 25, and charged them with murder."));
    assertEquals(List.of("KILLED 2"), FigureFixture.figures("The bodies of the two women were "
        + "found in an apartment in Lomar."));
    assertEquals(List.of("KILLED 5"), FigureFixture.figures("The gunmen killed all five guards."));
    // a noun that is not about people stays no figure
    assertEquals(List.of("DETAINED 2"), FigureFixture.figures("Police arrested the 2 suspects "
        + "and seized the 3 cars."));
  }

  @Test
  void aPartSetFreeIsNoLongerHeld() {
    assertEquals(List.of("DETAINED 12"), FigureFixture.figures("Ten of the 12 hostages were "
        + "released on Monday."));
    assertEquals(List.of("KILLED 14", "KILLED 8"), FigureFixture.figures("Eight of the 14 "
        + "killed were civilians."));
  }

  @Test
  void peopleTakenHostageAreHeld() {
    assertEquals(List.of("DETAINED 10"), FigureFixture.figures("The gunmen took 10 people "
        + "hostage at a bank in Lomar."));
    assertEquals(List.of("DETAINED 23"), FigureFixture.figures("Pirates are still holding 23 "
        + "sailors hostage off Varsa."));
  }

  @Test
  void theCityPoliceSpeakNotTheCity() {
    Claimants.Claim c = claim("In a statement, the Lomar police department said 8 people had been "
        + "killed.", "8", "Lomar", "CITY");
    assertNull(c.entityId());
    assertEquals("the Lomar police department", c.text());
    assertNull(claim("Lomar police said 8 people had been killed.", "8", "Lomar", "CITY")
        .entityId());
    // the city's own office still speaks for it
    assertEquals("lomar", claim("Lomar's health office said 8 people had been killed.", "8",
        "Lomar", "CITY").entityId());
  }

  @Test
  void aNumberThatEndsANameIsNoCount() {
    assertEquals(List.of(), FigureFixture.figures("The only thing the Velmo Curve 8900 is "
        + "missing is a faster modem."));
    assertEquals(List.of(), FigureFixture.figures("A Dastria Air 320 was damaged and three "
        + "planes were grounded."));
    // a name before a counted group does not hide it
    assertEquals(List.of("KILLED 12"), FigureFixture.figures("In the Varsa region 12 people "
        + "were killed."));
  }

  @Test
  void onePersonAndNOthersAreNPlusOne() {
    assertEquals(List.of("KILLED 11"), FigureFixture.figures("The boy's mother and 10 other "
        + "people died when their boat sank off Varsa."));
    assertEquals(List.of("DETAINED 3"), FigureFixture.figures("Marlo and two other men were "
        + "arrested on Friday."));
    // a counted or plural first group stays apart; a family is more than one
    assertEquals(List.of("KILLED 10", "KILLED 2"), FigureFixture.figures("Two soldiers and 10 "
        + "other people were killed."));
    assertEquals(List.of("WOUNDED 10"), FigureFixture.figures("Police officers and 10 other "
        + "people were injured."));
    assertEquals(List.of("DISPLACED 10"), FigureFixture.figures("The family and 10 other people "
        + "were evacuated."));
  }

  @Test
  void peopleLeftWithoutAHomeAreDisplaced() {
    assertEquals(List.of("DISPLACED 7000"), FigureFixture.figures("The storm left 7,000 people "
        + "homeless in the coastal province of Lomar."));
    assertEquals(List.of("DISPLACED 5000"), FigureFixture.figures("Some 5,000 residents were "
        + "housed in tents after the quake."));
    // residents who live somewhere are its population
    assertEquals(List.of("POPULATION 5000"), FigureFixture.figures("Some 5,000 residents live "
        + "in the old town of Lomar."));
  }
}

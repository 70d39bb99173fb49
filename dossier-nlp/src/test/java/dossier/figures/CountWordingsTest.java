package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts written with event nouns, "others", "one", killings and a force's strength. */
class CountWordingsTest {
  private static List<String> figures(String text) {
    return FigureFixture.figures(text);
  }

  @Test
  void aNounOfMassKillingTypesTheCountAfterIt() {
    assertEquals(List.of("KILLED 800"),
        figures("The tribunal will examine the massacre of 800 Oskarians in the hill villages."));
    assertEquals(List.of("KILLED 40000"),
        figures("Historians still debate the genocide of about 40,000 Oskarians in the north."));
    assertEquals(List.of("KILLED 12"),
        figures("Witnesses described the execution of 12 prisoners at dawn."));
  }

  @Test
  void aBareCountKeepsItsKindAcrossAnAsideOrAReportingWord() {
    assertEquals(List.of("KILLED 3", "KILLED 74", "WOUNDED 1640"),
        figures("At least 74, including three foreigners, were killed in Brenn, and more than "
            + "1,640 were wounded."));
    assertEquals(List.of("KILLED 7", "WOUNDED 72"),
        figures("At least seven were reported dead in the port city, and 72 others were hurt."));
    assertEquals(List.of("MISSING 20"), figures("Some 20 are still feared missing at sea."));
  }

  @Test
  void theNumberOfThoseHurtOrHeldIsACountOfThem() {
    assertEquals(List.of("KILLED 110", "WOUNDED 2200"),
        figures("The blasts killed at least 110 people, and the number injured topped 2,200."));
    assertEquals(List.of("DETAINED 300"),
        figures("By Sunday the number of people detained had reached 300, lawyers said."));
    assertEquals(List.of(), figures("The number of visitors rose to 2,200 in the summer."));
    assertEquals(List.of(), figures("The number injured in road accidents fell by 2,200."));
  }

  @Test
  void aBareCountBeforeAnAsideWithoutAKindIsNoFigure() {
    assertEquals(List.of(), figures("Of the 74, including three from Brenn, were elected."));
    assertEquals(List.of(), figures("In 1998, including the spring, were reported quiet months."));
  }

  @Test
  void aNounOfFlightTypesTheCountAsDisplaced() {
    assertEquals(List.of("DISPLACED 300000"),
        figures("The war set off an exodus of some 300,000 villagers across the mountains."));
    assertEquals(List.of("DISPLACED 5000"),
        figures("Aid groups condemned the deportation of 5,000 villagers to the plains."));
  }

  @Test
  void aFlightOfPassengersIsNoFlightOfPeople() {
    assertEquals(List.of(), figures("A flight of 180 passengers landed safely in the storm."));
  }

  @Test
  void othersAfterAVerbAreCountedAsTheNounBefore() {
    assertEquals(List.of("KILLED 4", "WOUNDED 9"),
        figures("The gunmen shot dead four guards and badly injured nine others."));
    assertEquals(List.of("DETAINED 15"),
        figures("Police detained 15 others after the march broke up."));
    assertEquals(List.of(), figures("Three others joined the committee on Monday."));
  }

  @Test
  void arrestsCountTheDetained() {
    assertEquals(List.of("DETAINED 3"),
        figures("Prosecutors on Wednesday announced three arrests tied to the smuggling ring."));
    assertEquals(List.of("DETAINED 12"), figures("Police made 12 arrests after the match."));
  }

  @Test
  void killingsAndMurdersCountTheKilled() {
    assertEquals(List.of("KILLED 3"),
        figures("Detectives linked the gang to three killings in the harbour district."));
    assertEquals(List.of("KILLED 450"),
        figures("The city recorded 450 murders last year, down from the year before."));
  }

  @Test
  void onePersonHarmedIsACountOfOne() {
    assertEquals(List.of("KILLED 1"), figures("A car bomb went off downtown. One man was killed."));
    assertEquals(List.of("WOUNDED 1"), figures("One soldier was wounded in the ambush."));
    assertEquals(List.of("DETAINED 1"), figures("One protester was arrested at the gate."));
  }

  @Test
  void oneAsAPronounOrInABreakdownIsNoCount() {
    assertEquals(List.of(), figures("When one is killed, the whole village mourns."));
    assertEquals(List.of(), figures("One of the pillars was damaged by the blast."));
    assertEquals(List.of("KILLED 3"),
        figures("Three people, two brothers and one man from the next street, were killed."));
  }

  @Test
  void aForceThatNumbersSoManyIsDeployed() {
    assertEquals(List.of("DEPLOYED 90000"), figures(
        "The ministry said the army had kept moving units to the border and they now number about 90,000."));
    assertEquals(List.of("DEPLOYED 2500"),
        figures("Foreign troops in the province total 2,500, the envoy said."));
  }

  @Test
  void aForceThatNumbersThingsOrYearsIsNoDeployment() {
    assertEquals(List.of(), figures("The army's tanks number 400 in all."));
    assertEquals(List.of(), figures("The army numbers its brigades 1 to 9."));
  }

  @Test
  void aForceOfSoManyIsItsStrength() {
    assertEquals(List.of("DEPLOYED 800"),
        figures("The colonel kept a force of 800 near the old airfield."));
    assertEquals(List.of("DEPLOYED 150"),
        figures("The monitoring mission should reach its full strength of 150 by autumn."));
  }

  @Test
  void aWorkForceIsNoForce() {
    assertEquals(List.of(), figures("The mill cut its work force of 2,300 by a tenth."));
    assertEquals(List.of(), figures("The airline has a sales force of 400 in the region."));
  }

  @Test
  void menSentOrOrderedOnATaskAreDeployed() {
    assertEquals(List.of("DEPLOYED 12"), figures(
        "The commander ordered 12 of his men to guard the pass through the winter."));
    assertEquals(List.of("DEPLOYED 30"),
        figures("The governor sent 30 of his men into the valley."));
    assertEquals(List.of("DEPLOYED 300"),
        figures("The general ordered 300 troops to secure the bridges."));
  }

  @Test
  void menOrderedToNoTaskOrNotSentAreNoDeployment() {
    assertEquals(List.of(), figures("The court ordered 12 of his men to the archive."));
    assertEquals(List.of(), figures("He thanked 12 of his men for their loyalty."));
  }

  @Test
  void aDeathTollIsACountOfTheKilled() {
    assertEquals(List.of("KILLED 45"), figures("The death toll from the riots rose to 45 on Sunday."));
    assertEquals(List.of("KILLED 120"),
        figures("Officials said the toll had climbed to at least 120, most of them miners."));
    assertEquals(List.of("KILLED 30"), figures("Medics put the death toll at 30 people."));
  }

  @Test
  void aRoadTollOrACasualtyTollIsNoDeathToll() {
    assertEquals(List.of(), figures("The toll rose to 45 cents a mile on the new bridge."));
    assertEquals(List.of(), figures("The casualty toll reached 300, the agency said."));
    assertEquals(List.of(), figures("The toll of the 1998 floods is still debated."));
  }

  @Test
  void aForceSizedByACompoundIsDeployed() {
    assertEquals(List.of("DEPLOYED 600"),
        figures("A 600-strong naval force sailed for the strait on Monday."));
    assertEquals(List.of(), figures("A 2,000-strong crowd gathered outside the court."));
  }

  @Test
  void aPlaceSizedByItsPeopleIsAPopulation() {
    assertEquals(List.of("POPULATION 3000000"),
        figures("Shells fell on the harbour, a city of 3 million, before dawn."));
    assertEquals(List.of("POPULATION 1400000"),
        figures("Aid reached the valley, a province of 1.4 million people, by road."));
    assertEquals(List.of(), figures("It is a country of 2 million square miles."));
    assertEquals(List.of(), figures("The state of 1990 was different."));
  }

  @Test
  void aNumberInWordsCountedOutOfAnotherIsDerived() {
    assertEquals(List.of("KILLED 12", "KILLED 5"), figures(
        "Rebels killed 12 guards at the mine. Five of the 12 killings took place at night."));
  }

  @Test
  void aCountJoinedByAndToTheVerbsObjectHasItsKind() {
    assertEquals(List.of("KILLED 14", "KILLED 4"),
        figures("The ambush killed 4 guards and 14 drivers near the ford."));
    assertEquals(List.of("DETAINED 3"),
        figures("Agents arrested a customs officer and three drivers at the depot."));
    assertEquals(List.of("DISPLACED 14", "KILLED 4"),
        figures("The ambush killed 4 guards and 14 drivers fled into the woods."));
  }

  @Test
  void bodiesAndActivistsAreCountedWhenSomethingHappened() {
    assertEquals(List.of("KILLED 9"), figures("Divers recovered the bodies of 9 sailors."));
    assertEquals(List.of("DETAINED 24"), figures("Police detained dozens of activists at dawn."));
    assertEquals(List.of(), figures("The party has 300 supporters in the town."));
  }
}

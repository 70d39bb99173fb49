package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures on political news: only counts of people, typed by the verb or noun that governs them
 * (refugees admitted, men held in a cell, personnel who remain, a camp's population), and no
 * figure from labels, money, ages, years or things.
 */
class PeopleFiguresTest {
  private static List<Figure> all(String text) {
    return FigureFixture.all(text);
  }

  private static String claimant(String text) {
    return FigureStage.mentions(FigureFixture.article(text), List.of(), List.of()).get(0).detail()
        .claimantText();
  }

  private static List<String> figures(String text) {
    return FigureFixture.figures(text);
  }

  @Test
  void refugeesAdmittedAreDisplaced() {
    assertEquals(List.of("DISPLACED 1200000"), figures("By last year the kingdom had admitted "
        + "more than 1.2 million refugees from its neighbour."));
    assertEquals(List.of("DISPLACED 30000"), figures("The town now hosts some 30,000 refugees."));
  }

  @Test
  void admittedBeforeANumberIsNoStatement() {
    String text = "The province had admitted about 8,000 asylum seekers by March.";
    assertEquals(List.of("DISPLACED 8000"), figures(text));
    assertEquals(null, claimant(text));
  }

  @Test
  void menHeldInACellAreDetained() {
    assertEquals(List.of("DETAINED 90"), figures("At one border station, a cell built for 20 held "
        + "90 adult males for a week."));
    assertEquals(List.of("DETAINED 40"), figures("The rebels held 40 prisoners of war until "
        + "the truce."));
    // holding people with no custody in sight is no detention
    assertEquals(List.of(), figures("The new hall held 500 guests at its opening."));
  }

  @Test
  void personnelWhoRemainAreDeployed() {
    assertEquals(List.of("DEPLOYED 150"), figures("An estimated 150 U.S. military personnel are thought to remain at the airfield."));
  }

  @Test
  void aCampsPopulationIsDisplacedAndATownsAPopulation() {
    assertEquals(List.of("DISPLACED 25000"), figures("The population of the desert camp has "
        + "shrunk and is now estimated at around 25,000."));
    assertEquals(List.of("POPULATION 12000"), figures("The island's population stood at "
        + "12,000."));
    // a passive estimate names no claimant
    assertEquals(null, claimant("The population in the camp is estimated at about 9,000."));
  }

  @Test
  void aMillionOrMoreOfAGroupDetained() {
    List<Figure> fs = all("Leaked files describe the internment of a million or more Ruritanians "
        + "in remote camps.");
    assertEquals(1, fs.size(), fs.toString());
    assertEquals("DETAINED", fs.get(0).kind());
    assertEquals(1_000_000, fs.get(0).value());
    assertEquals("or more", fs.get(0).qualifier());
  }

  @Test
  void aLabelNumberIsNoCount() {
    assertEquals(List.of(), figures("\"Nobody in area 55 is stopping civilians from leaving,\" "
        + "the officer said."));
    assertEquals(List.of(), figures("Troops in zone 12 are preventing civilians from leaving."));
  }

  @Test
  void aVerbIsNoModifierOfTheCountedNoun() {
    assertEquals(List.of(), figures("Of the 40 that applied, 12 are helping residents rebuild."));
  }

  @Test
  void residentsWhoActAreNoPopulation() {
    assertEquals(List.of("OTHER 20000"), figures("Tens of thousands more residents joined the "
        + "march on Sunday."));
    assertEquals(List.of("POPULATION 90000"), figures("The district's 90,000 residents are "
        + "mostly farmers."));
  }

  @Test
  void habitualCountsOfPeopleAreNoFigures() {
    assertEquals(List.of(), figures("Hundreds of millions of people use the network every day."));
    assertEquals(List.of(), figures("Millions of people watch the show."));
    // what a crowd did stays a figure
    assertEquals(List.of("OTHER 200"), figures("Several hundred people gathered outside the "
        + "court."));
  }

  @Test
  void vagueMillionsHaveTheirValue() {
    assertEquals(List.of("DISPLACED 2000000"), figures("Millions of people fled the fighting."));
    assertEquals(List.of("DISPLACED 200000000"), figures("Hundreds of millions of people were "
        + "displaced by the floods."));
  }

  @Test
  void moneyAgesYearsAndThingsAreNoFigures() {
    assertEquals(List.of(), figures("The ministry pledged a million dollars and 300 tents."));
    assertEquals(List.of(), figures("The 45-year-old was held in 2019 for three days."));
    assertEquals(List.of(), figures("Parliament passed Resolution 2254 by 400 votes."));
    assertEquals(List.of(), figures("The camp received 2,000 blankets and 40 tonnes of food."));
  }

  @Test
  void countsWithNoEventAreNoFigures() {
    assertEquals(List.of(), figures("One study in 40 people found that sleep improved."));
    assertEquals(List.of(), figures("About 3,000 workers are expected to receive notices."));
    assertEquals(List.of(), figures("The plane seats 300 passengers in two classes."));
    assertEquals(List.of(), figures("He was isolated along with 28 people who he had met."));
    assertEquals(List.of(), figures("Nearly 50 million people may have perished in the plague."));
  }

  @Test
  void whatACrowdDidOrWhatWasDoneToItStays() {
    assertEquals(List.of("OTHER 24"), figures("Twenty-four prisoners, twelve from each side, were "
        + "exchanged at the bridge."));
    assertEquals(List.of("OTHER 40"), figures("About 40 families came back on Thursday."));
  }

  @Test
  void theVerbBeforeTheNumberTypesIt() {
    assertEquals(List.of("DETAINED 210"), figures("Police banned the rally, arresting 210 people "
        + "in the square."));
    assertEquals(List.of("KILLED 346"), figures("Two crashes killed a total of 346 people."));
  }

  @Test
  void aHyphenUsedAsADashEndsTheNoun() {
    assertEquals(List.of("WOUNDED 4"), figures("Four people-one with burns, three with smoke "
        + "inhalation-are treated in nearby hospitals."));
    assertEquals(List.of(), figures("Police broke up a people-smuggling ring of 12 people."));
  }

  @Test
  void peopleWhoLiveSomewhereAreAPopulation() {
    assertEquals(List.of("POPULATION 450000"), figures("About 450,000 settlers live in the hills "
        + "around the city."));
    assertEquals(List.of("POPULATION 30000"), figures("The valley is home to 30,000 people."));
    // a vague population is no figure to weigh
    assertEquals(List.of(), figures("The smog hangs over millions of residents."));
  }

  @Test
  void aCountWithNoCrowdEventIsNoFigure() {
    assertEquals(List.of(), figures("The 24 members of the committee voted on Tuesday."));
    assertEquals(List.of(), figures("The remaining 28 people have shown no symptoms so far."));
    assertEquals(List.of("OTHER 300"), figures("Some 300 prisoners were released on Friday."));
  }

  @Test
  void forcesSomewhereAreDeployedAndSettlersAPopulation() {
    assertEquals(List.of("DEPLOYED 5000"), figures("The country still has about 5,000 troops in "
        + "the region."));
    assertEquals(List.of("POPULATION 400000"), figures("The plan concerns some 400,000 settlers "
        + "in the territory."));
    // troops in a sentence about something else are no deployment
    assertEquals(List.of(), figures("The 20 troops in question were never named."));
  }
}

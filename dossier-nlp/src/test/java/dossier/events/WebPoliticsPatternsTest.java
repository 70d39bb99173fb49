package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wordings of political web news (DEV9's misses, told in invented sentences): strikes in the
 * plural, arrests counted as made, a duty one failed to heed under a verb of saying, a speaker
 * pushing back; a search warrant executed; "said it is scandalous that X ..." (also with a curly
 * apostrophe); "said the timeline contradicts statements made by X"; and their negatives.
 */
class WebPoliticsPatternsTest {
  private static final LocalDate DAY = LocalDate.parse("2024-06-10");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("veloria", "Veloria", "COUNTRY", null),
      new Entity("brin", "Lela Brin", "PERSON", null),
      new Entity("kael", "Dana Kael", "PERSON", null),
      new Entity("ostrig", "Ostrig", "CITY", null));

  private static List<String> types(String text) {
    return ActsFixture.events(text, DAY, ENTITIES, Map.of()).stream().map(Event::type).sorted()
        .toList();
  }

  @Test
  void strikesInThePluralAreAsStrongAsOne() {
    assertEquals(List.of("ASSAULT"), types("Veloria's airstrikes killed 13 people near Ostrig."));
    assertEquals(List.of("ASSAULT"), types("Airstrikes on hospitals near Ostrig continue, according to witnesses."));
    assertTrue(TriggerWords.mayHold("Airstrikes continue.", 0, "Airstrikes continue.".length()),
        "an airstrike is a trigger the raw-text test sees");
  }

  @Test
  void arrestsCountedAsMadeAreAnArrest() {
    assertEquals(List.of("COERCE"), types("Police made 12 arrests in Ostrig after the match."));
    assertEquals(List.of("COERCE"),
        types("Prosecutors on Wednesday announced three arrests tied to a smuggling ring in Ostrig."));
    assertEquals(List.of(), types("Police said they made no arrests in Ostrig."));
    assertEquals(List.of(), types("The court will make a decision on the arrests in Ostrig."));
  }

  @Test
  void failingToHeedIsAnAccusation() {
    assertEquals(List.of("ACCUSE"), types("Lela Brin said Dana Kael had failed to listen to calls for a truce."));
    assertEquals(List.of("ACCUSE"), types("Lela Brin said Dana Kael had failed to heed the warnings."));
    assertEquals(List.of(), types("Lela Brin said Dana Kael had failed to win the vote."));
  }

  @Test
  void aSpeakerPushingBackRejects() {
    assertEquals(List.of("REJECT"), types("Later, Lela Brin pushed back when the plan came up."));
    assertEquals(List.of("REJECT"), types("Dana Kael pushed back on the claim."));
    assertEquals(List.of(), types("Dana Kael pushed back the vote to July."));
    assertEquals(List.of(), types("The troops pushed back after the attack."));
  }

  @Test
  void councillorsMakeAStatementAlone() {
    assertEquals(List.of("REQUEST"), types("Two councillors have called on Dana Kael to resign."));
    assertEquals(List.of(), types("Some councillors would like Dana Kael to resign one day."));
  }

  @Test
  void aClauseVouchedForIsSaid() {
    assertEquals(List.of("ACCUSE"),
        types("Lela Brin said: \u201cIt is clear that Dana Kael misled parliament last week."));
    assertEquals(List.of(), types("Lela Brin said it is clear that Dana Kael won the vote."));
  }

  @Test
  void aPlaceSurroundedByForcesIsBesieged() {
    assertEquals(List.of("ASSAULT"), types("Veloria's army has surrounded the city of Ostrig."));
    assertEquals(List.of("COERCE"), types("Police surrounded the house in Ostrig on Friday."));
    assertEquals(List.of(), types("Dana Kael was surrounded by supporters in Ostrig."));
    assertEquals(List.of(), types("Questions surround the deal in Ostrig."));
  }

  @Test
  void aMilitaryExerciseOfOneSideMobilises() {
    assertEquals(List.of("MOBILIZE"), types("Dana Kael oversaw a military exercise last month."));
    assertEquals(List.of("MOBILIZE"), types("Veloria held naval drills near Ostrig on Monday."));
    assertEquals(List.of(), types("The school in Ostrig held a fire drill on Monday."));
  }

  @Test
  void anInsultInQuotesIsAnAccusation() {
    assertEquals(List.of("ACCUSE"), types("Lela Brin called Dana Kael \"scum\" for mentioning her daughter."));
    assertEquals(List.of(), types("Lela Brin called Dana Kael on Monday."));
  }

  @Test
  void forcesAdvancingOnAPlaceAttack() {
    assertEquals(List.of("ASSAULT"), types("Veloria's troops advanced on Ostrig."));
    assertEquals(List.of("ASSAULT"),
        types("Veloria's troops have continued to advance toward the outskirts of Ostrig."));
    assertEquals(List.of(), types("The bill advanced toward a vote in Ostrig."));
  }

  @Test
  void anAmbulanceStruckIsATarget() {
    assertEquals(List.of("ASSAULT"), types("Veloria struck an ambulance near Ostrig on Friday."));
  }

  @Test
  void aWarrantCarriedOutIsCoercion() {
    assertEquals(List.of("COERCE"),
        types("Police executed a search warrant at a house in Ostrig on Tuesday."));
    assertEquals(List.of("COERCE"),
        types("He said authorities are executing several search warrants in Ostrig."));
    assertEquals(List.of("COERCE"), types("Agents served search warrants at two offices in Ostrig."));
  }

  @Test
  void otherWarrantsAndExecutionsAreNot() {
    assertEquals(List.of(), types("The judge signed a search warrant for the house in Ostrig."));
    assertEquals(List.of(), types("The firm executed its plan and served customers in Ostrig."));
    assertEquals(List.of(), types("The vote signed the party's death warrant in Ostrig."));
  }

  @Test
  void aSpeakerJudgingWhatSomeoneDidAccuses() {
    assertEquals(List.of("ACCUSE"),
        types("Lela Brin said it is disgraceful that Dana Kael misled the voters."));
    assertEquals(List.of("ACCUSE"), types("Party chairman Lela Brin said: \u201cIt\u2019s absolutely"
        + " scandalous that taxpayers are paying for Dana Kael\u2019s mistake.\u201d"));
  }

  @Test
  void praiseOrAJudgementNamingNoOneIsNoAccusation() {
    assertEquals(List.of(), types("Lela Brin said it is wonderful that Dana Kael visited the school."));
    assertEquals(List.of(), types("Lela Brin said it is disgraceful that the bridge collapsed."));
    assertEquals(List.of(), types("Lela Brin said it is not scandalous that Dana Kael hired a lawyer."));
  }

  @Test
  void factsSaidToBelieSomeonesWordsAccuse() {
    assertEquals(List.of("ACCUSE"),
        types("Lela Brin said the timeline directly contradicts statements made by Dana Kael."));
    assertEquals(List.of("ACCUSE"), types("Lela Brin said the report contradicts Dana Kael's claims."));
    assertEquals(List.of(), types("Lela Brin said the report does not contradict Dana Kael's claims."));
    assertEquals(List.of(), types("Lela Brin said the new data contradicts earlier estimates."));
    assertEquals(List.of(), types("The timeline contradicts statements made by Dana Kael."));
  }
}

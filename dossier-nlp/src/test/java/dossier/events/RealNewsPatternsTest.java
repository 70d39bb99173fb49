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
 * Patterns of everyday news the conflict sample lacks: arrests, charges and verdicts of unnamed
 * people, shootings, protests by crowds; and their negatives (charging a battery, a verdict that
 * could come, a quake that hit a town, not guilty).
 */
class RealNewsPatternsTest {
  private static final LocalDate DAY = LocalDate.parse("2024-06-10");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("brenn", "Brenn", "CITY", null));

  private static List<String> types(String text) {
    return ActsFixture.events(text, DAY, ENTITIES, Map.of()).stream().map(Event::type).sorted()
        .toList();
  }

  @Test
  void actorsNamedByTheirNounMakeAnEvent() {
    assertEquals(List.of("COERCE"), types("The navy intercepted three boats off the coast."));
    assertEquals(List.of("ASSAULT"), types("Gunmen killed two guards at a checkpoint near Brenn."));
    assertEquals(List.of("COERCE"), types("Police seized weapons and cash in a raid on Friday."));
    assertEquals(List.of("COERCE"), types("Officers caught the gunman near the station."));
  }

  @Test
  void thingsAndAbstractionsMakeNoEventOfTheNewVerbs() {
    assertEquals(List.of(), types("The earthquake killed 40 people in Brenn."));
    assertEquals(List.of(), types("Two people were killed when their car hit a tree."));
    assertEquals(List.of(), types("The party seized the initiative after the vote."));
    assertEquals(List.of(), types("The company executed its plan in Brenn."));
    assertEquals(List.of(), types("The goalkeeper intercepted a pass in the final minute."));
    assertEquals(List.of(), types("The old house caught fire on Sunday."));
    assertEquals(List.of(), types("They caught the last bus home."));
  }

  @Test
  void chargesAndVerdictsOfUnnamedPeopleAreEvents() {
    assertEquals(List.of("ACCUSE"), types("A 41-year-old Brenn man has been charged with the murder of his landlord."));
    assertEquals(List.of("SANCTION"), types("A jury on Monday convicted a man of arson."));
    assertEquals(List.of("SANCTION"), types("Tomas Marlo was found guilty of fraud on Friday."));
    assertEquals(List.of("COERCE"), types("The woman was remanded in custody until July."));
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo faces three counts of robbery."));
  }

  @Test
  void aVerdictNotReachedOrNegatedIsNoEvent() {
    assertEquals(List.of(), types("He could be sentenced to ten years in prison."));
    assertEquals(List.of(), types("Tomas Marlo was found not guilty of fraud."));
    assertEquals(List.of(), types("Engineers charged the batteries overnight in Brenn."));
    assertEquals(List.of(), types("Tomas Marlo refused to comment on the verdict."));
  }

  @Test
  void shootingsAndThrownBombsByUnnamedPeople() {
    assertEquals(List.of("ASSAULT"), types("A gunman walked into the office and shot him in "
        + "the head."));
    assertEquals(List.of("ASSAULT"), types("Masked youths hurled petrol bombs at the police."));
  }

  @Test
  void protestsByCrowdsAndProtestNounsHeld() {
    assertEquals(List.of("PROTEST"), types("Thousands of workers rallied outside the "
        + "parliament on Monday."));
    assertEquals(List.of("PROTEST"), types("Students held a rally at the university."));
  }

  @Test
  void genericVerbsOutsideTheirEventSenseAreNoEvents() {
    assertEquals(List.of(), types("Tomas Marlo hit 30 home runs for Brenn last season."));
    assertEquals(List.of(), types("Tomas Marlo released a new video on Monday."));
    assertEquals(List.of(), types("Tomas Marlo hosted the awards ceremony in Brenn."));
    assertEquals(List.of(), types("Tomas Marlo shot a film in Brenn last summer."));
    assertEquals(List.of(), types("Tomas Marlo shot his brother in a hunting accident."));
  }

  @Test
  void aQuakeOrAFireIsNoAttack() {
    assertTrue(types("A strong earthquake hit Brenn on Sunday, injuring two people.").isEmpty());
    assertTrue(types("A fire gutted a depot in Brenn and seventy tenants were moved from their homes.").isEmpty());
  }
}

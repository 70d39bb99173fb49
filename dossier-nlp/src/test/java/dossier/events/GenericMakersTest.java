package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import dossier.model.GenericActor;
import dossier.model.Participant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Generic actors in a public role or an organised group as the only maker of an event. */
class GenericMakersTest {
  private static List<String> types(String text) {
    return ActsFixture.types(text);
  }

  /** The generic source of the one event of {@code type} in {@code text}. */
  private static GenericActor source(String text, String type) {
    List<Event> es = ActsFixture.events(text).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), text + " " + ActsFixture.events(text));
    return es.get(0).participants().stream().filter(Participant::isGeneric)
        .filter(x -> x.role().equals("SOURCE")).map(Participant::actor).findFirst().orElse(null);
  }

  @Test
  void officialsAndLawmakersCriticiseAndDemand() {
    assertEquals(List.of("ACCUSE"), types("Officials criticised the plan on Tuesday."));
    assertEquals(List.of("ACCUSE"), types("Senior officials denounced the ruling late on Friday."));
    assertEquals(List.of("REQUEST"), types("Lawmakers demanded a delay in the vote."));
    assertEquals(List.of("REQUEST"), types("The union demanded an extension of the deadline."));
    assertEquals(List.of("REQUEST"), types("The group pushed for more funding for the clinics."));
    assertEquals("officials", source("Officials criticised the plan on Tuesday.", "ACCUSE").label());
  }

  @Test
  void groupsAndCriticsAccuseAndReject() {
    assertEquals(List.of("ACCUSE"), types("Workers accused the company's leadership of greed."));
    assertEquals(List.of("ACCUSE"), types("Critics slammed the decision."));
    assertEquals(List.of("ACCUSE"), types("Human rights groups condemned the verdict."));
    assertEquals(List.of("REJECT"), types("The ministry's spokesman rejected the claim."));
    assertEquals(List.of("REJECT"), types("The teachers' union rejected the offer on Monday."));
    assertEquals("critics", source("Critics slammed the decision.", "ACCUSE").label());
  }

  @Test
  void offersAreOneSidesAndMayBeMadeByAProfession() {
    assertEquals(List.of("AGREE"),
        types("Doctors have offered to stage a free clinic for the detainees."));
    assertEquals(List.of("AGREE"), types("Nurses offered to staff the shelter over the weekend."));
    assertEquals(List.of("AGREE"), types("Velmora offered to mediate between the two parties."));
    assertEquals("doctors",
        source("Doctors have offered to stage a free clinic for the detainees.", "AGREE").label());
  }

  @Test
  void makersAreTiedToTheirCountryOrBody() {
    assertEquals("velmora", source("Velmoran officials condemned the verdict.", "ACCUSE")
        .affiliationId());
    assertEquals("dastria", source("Lawmakers in Dastria demanded a delay in the vote.",
        "REQUEST").affiliationId());
    assertEquals("brenn", source("Residents of Brenn demanded an inquiry into the fire.",
        "REQUEST").affiliationId());
  }

  @Test
  void theGroupStandsForTheOneOrganisationNamedBefore() {
    List<dossier.model.Entity> entities = List.of(
        new dossier.model.Entity("alliance", "Harbour Staff Alliance", "ORGANIZATION", null));
    List<Event> es = ActsFixture.events("The Harbour Staff Alliance was formed in March. The "
        + "group demanded a longer notice period.", java.time.LocalDate.parse("2024-06-10"),
        entities, java.util.Map.of());
    assertEquals(1, es.size(), es.toString());
    GenericActor g = es.get(0).participants().get(0).actor();
    assertEquals("alliance", g.affiliationId());
    es = ActsFixture.events("The Harbour Staff Alliance was formed in March. A rival group "
        + "demanded a longer notice period.", java.time.LocalDate.parse("2024-06-10"),
        entities, java.util.Map.of());
    assertEquals(null, es.get(0).participants().get(0).actor().affiliationId());
  }

  @Test
  void genericPeopleCarryNothing() {
    for (String s : List.of("Experts criticised the plan.",
        "Many people criticised the plan.",
        "Analysts say the decision was a mistake.",
        "Observers praised the election.",
        "Fans slammed the referee after the match.",
        "Sources said the minister would resign.",
        "Many doctors criticised the plan.",
        "Some critics slammed the decision.")) {
      assertEquals(List.of(), types(s), s);
    }
  }

  @Test
  void statementsToldAsNounsKeepTheirMaker() {
    assertEquals(List.of("ACCUSE"), types("The proposal drew sharp criticism from rights groups."));
    assertEquals(List.of("REQUEST"), types("Lawmakers renewed their calls for an inquiry into the deal."));
    assertEquals(List.of("REQUEST"), types("The union issued a demand for a longer notice period."));
    assertEquals(List.of(), types("The plan drew criticism from many people online."));
    assertEquals(List.of(), types("The new album drew praise from fans and reviewers."));
  }

  @Test
  void aQuotesWeIsTheMakerWhoSpeaksIt() {
    assertEquals(List.of("REQUEST"),
        types("\"We implore the ministry to reopen the clinic,\" the nurses wrote in a letter."));
    assertEquals(List.of("REJECT"), types("\"We will not accept this offer,\" the union said."));
    assertEquals("union", source("\"We will not accept this offer,\" the union said.", "REJECT")
        .label());
    assertEquals(List.of(),
        types("\"We implore the ministry to reopen the clinic,\" many people wrote online."));
    assertEquals(List.of(), types("\"We reject the plan entirely,\" the fans said."));
  }

  @Test
  void requestsToThePublicAreAdvisories() {
    assertEquals(List.of(), types("Officials urged residents to stay indoors as the storm neared."));
    assertEquals(List.of(), types("Police asked drivers to avoid the area until noon."));
    assertEquals(List.of("REQUEST"), types("Officials urged the ministry to reopen the bridge."));
  }

  @Test
  void residentsCarryOnlyWhenTiedToAPlace() {
    assertEquals(List.of(), types("Residents welcomed the decision to close the plant."));
    assertEquals(List.of("SUPPORT"), types("Brenn residents welcomed the decision to close the plant."));
  }

  @Test
  void negatedOrAskedStatementsOfMakersAreNone() {
    assertEquals(List.of(), types("Officials did not criticise the plan."));
    assertEquals(List.of(), types("Will lawmakers condemn the verdict?"));
    assertEquals(List.of(), types("Doctors have offered their opinions on the diet."));
  }

  @Test
  void aNamedEventKeepsItsNamesBesideTheMaker() {
    Event e = ActsFixture.events("Union leaders accused Velmora of breaking the agreement.").get(0);
    assertEquals("ACCUSE", e.type());
    assertTrue(e.participants().stream().map(Participant::entityId).filter(Objects::nonNull)
        .anyMatch(id -> id.equals("velmora")), e.toString());
  }
}

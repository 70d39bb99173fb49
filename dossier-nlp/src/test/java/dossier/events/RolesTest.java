package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.GenericActor;
import dossier.model.Participant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Roles beyond the parse's slots: forces moved belong to the mover, a town in an "of" phrase is no
 * side, a participle on an object is a relative clause, and "its", "their", "the country's" tie a
 * generic actor to the one country or organisation named before.
 */
class RolesTest {
  private static final LocalDate DAY = LocalDate.parse("2024-06-10");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null),
      new Entity("brenn", "Brenn", "CITY", null),
      new Entity("kaska", "Kaska", "STATE_OR_PROVINCE", null),
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("union", "Northern Union", "ORGANIZATION", null));
  private static final Map<String, String> NATIONALITIES = Map.of("Velmoran", "velmora",
      "Dastrian", "dastria");

  private static Event only(String text, String type) {
    List<Event> es = ActsFixture.events(text, DAY, ENTITIES, NATIONALITIES).stream()
        .filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), () -> type + " in: " + text + " -> " + es);
    return es.get(0);
  }

  private static String role(Event e, String id) {
    return e.participants().stream().filter(p -> id.equals(p.entityId())).findFirst()
        .map(Participant::role).orElse(null);
  }

  private static Participant generic(Event e) {
    return e.participants().stream().filter(Participant::isGeneric).findFirst()
        .orElseThrow(() -> new AssertionError("no generic actor in " + e.participants()));
  }
  @Test
  void aCondemnedAttackAccusesTheAttackerNotTheVictims() {
    Event e = only("Velmora on Saturday condemned the bombing of Dastrian embassies in Brenn.",
        "ACCUSE");
    assertEquals("SOURCE", role(e, "velmora"));
    assertNull(role(e, "dastria"), e.participants().toString());
    e = only("Velmora condemned Dastria's invasion of Kaska.", "ACCUSE");
    assertEquals("TARGET", role(e, "dastria"));
    assertNull(role(e, "kaska"), e.participants().toString());
    e = only("Velmora condemned the Dastrian raid on the Northern Union's offices.", "ACCUSE");
    assertEquals("TARGET", role(e, "dastria"));
    assertNull(role(e, "union"), e.participants().toString());
    // a condemned policy keeps its owner in an "of" phrase as the one accused
    assertEquals("TARGET", role(only("Velmora condemned the policies of Dastria.", "ACCUSE"),
        "dastria"));
  }


  @Test
  void forcesDeployedBelongToTheirCountryWhichIsTheSource() {
    Event passive = only("Velmoran troops were deployed to Kaska on Monday.", "MOBILIZE");
    assertEquals("SOURCE", role(passive, "velmora"), passive.toString());
    assertEquals("kaska", passive.locationId());
    assertEquals("SOURCE", generic(passive).role());
    assertEquals("velmora", generic(passive).actor().affiliationId());

    Event participle = only("Velmoran troops deployed along the border fired on a village "
        + "on Monday.", "MOBILIZE");
    assertEquals("SOURCE", role(participle, "velmora"), participle.toString());

    Event object = only("Velmora deployed troops along its southern border on Monday.",
        "MOBILIZE");
    assertEquals("SOURCE", role(object, "velmora"));
    assertEquals("SOURCE", generic(object).role(), "troops moved are the mover's own");
  }

  @Test
  void forcesAttackedStayTheTarget() {
    Event e = only("Gunmen attacked Velmoran soldiers stationed in Brenn on Monday.",
        "ASSAULT");
    assertEquals("TARGET", role(e, "velmora"), e.toString());
    assertNull(role(e, "brenn"), "the town is where the soldiers were, not a side");
    Participant soldiers = e.participants().stream()
        .filter(p -> p.isGeneric() && p.actor().label().equals("troops")).findFirst()
        .orElseThrow(() -> new AssertionError(e.toString()));
    assertEquals("TARGET", soldiers.role());
    assertEquals("velmora", soldiers.actor().affiliationId());
  }

  @Test
  void aTownInTheChargeIsNoSide() {
    Event e = only("Dastria accused Velmora of shelling Brenn on Monday.", "ACCUSE");
    assertEquals("SOURCE", role(e, "dastria"));
    assertEquals("TARGET", role(e, "velmora"));
    assertNull(role(e, "brenn"), e.toString());
  }

  @Test
  void itsAndTheirNameTheOneCountryBefore() {
    GenericActor its = generic(only("Dastria said its police arrested Tomas Marlo on Monday.",
        "COERCE")).actor();
    assertEquals("dastria", its.affiliationId());
    assertEquals("its police", its.text());

    GenericActor their = generic(only("Velmora moved troops to the border. Their police "
        + "arrested Tomas Marlo on Monday.", "COERCE")).actor();
    assertEquals("velmora", their.affiliationId(), "the one country of the sentence before");

    GenericActor sent = generic(only("Velmora sent its forces into Kaska on Monday.",
        "MOBILIZE")).actor();
    assertEquals("velmora", sent.affiliationId());
  }

  @Test
  void possessiveNounsNameTheirKindOfEntity() {
    GenericActor group = generic(only("The Northern Union said the group's fighters attacked "
        + "Brenn on Monday.", "ASSAULT")).actor();
    assertEquals("union", group.affiliationId());

    GenericActor country = generic(only("After talks with Tomas Marlo, Velmora said the "
        + "country's army shelled Brenn on Monday.", "ASSAULT")).actor();
    assertEquals("velmora", country.affiliationId(), "a person is no country");

    GenericActor named = generic(only("The Velmoran government's troops attacked Brenn on "
        + "Monday.", "ASSAULT")).actor();
    assertEquals("velmora", named.affiliationId());
  }

  @Test
  void twoCandidatesOrNoneLeaveTheAffiliationOpen() {
    GenericActor two = generic(only("Velmora and Dastria traded blame. Its army shelled Brenn "
        + "on Monday.", "ASSAULT")).actor();
    assertNull(two.affiliationId(), "either country could be meant");

    GenericActor after = generic(only("The country's army shelled Brenn on Monday, Dastria "
        + "said.", "ASSAULT")).actor();
    assertNull(after.affiliationId(), "only a name before the words is an antecedent");

    GenericActor some = generic(only("Velmora said a country's army shelled Brenn on Monday.",
        "ASSAULT")).actor();
    assertNull(some.affiliationId(), "an indefinite possessor names no one");
  }

  @Test
  void onlyOfAndOnPhrasesAreMerePlaces() {
    assertTrue(Roles.placeSlot("obl:of"));
    assertFalse(Roles.placeSlot("obl:with"), "a region can be a side in a war with it");
  }
  @Test
  void proceedingsBelongToWhoeverOpensOrDropsThemAndNameWhomTheyAreAgainst() {
    Event dropped = only("Prosecutors in Dastria have dropped an investigation into fraud "
        + "claims made against Tomas Marlo.", "CONCEDE");
    assertEquals("TARGET", role(dropped, "marlo"), dropped.toString());

    Event shelved = only("The Dastrian investigation had been shelved in 2019 but was reopened "
        + "on Monday.", "ACCUSE");
    assertEquals("SOURCE", role(shelved, "dastria"), shelved.toString());
  }

  @Test
  void theOneWhoFacesChargesIsTheTarget() {
    Event e = only("Tomas Marlo now faces six criminal charges in Dastria.", "ACCUSE");
    assertEquals("TARGET", role(e, "marlo"), e.toString());
  }

  @Test
  void anArrestsPossessorIsTheOneArrested() {
    Event e = only("Following Tomas Marlo's arrest in Brenn, his lawyer asked for a new "
        + "hearing.", "COERCE");
    assertEquals("TARGET", role(e, "marlo"), e.toString());
  }

  @Test
  void aPassivePronounTakesNoDoerFromTheMainClause() {
    List<Event> es = ActsFixture.events("Velmora decided to reopen the inquiry after he was "
        + "dragged out of the embassy by Dastrian police.", DAY, ENTITIES, NATIONALITIES).stream()
        .filter(e -> e.type().equals("COERCE")).toList();
    for (Event e : es) {
      assertNull(role(e, "velmora"), "the one who decided did not drag him: " + e);
    }
  }

  @Test
  void aCountrysRebelsAreNoSideForThatCountry() {
    Event e = only("Velmora has been training Dastrian opposition forces near Brenn since "
        + "March.", "AID");
    assertNull(role(e, "dastria"), e.toString());
    assertEquals("SOURCE", role(e, "velmora"));
  }
  @Test
  void heAndHisNameTheOnePersonNamedBeforeInTheSentence() {
    Event caption = only("Tomas Marlo waves to supporters after he was arrested by Dastrian "
        + "police in Brenn.", "COERCE");
    assertEquals("TARGET", role(caption, "marlo"), caption.toString());

    Event arrest = only("Tomas Marlo, who had been convicted of fraud before his arrest in "
        + "March, died in hospital on Friday.", "COERCE");
    assertEquals("TARGET", role(arrest, "marlo"), arrest.toString());
  }

  @Test
  void aPronounsRelativeIsNotThePronoun() {
    List<Event> es = ActsFixture.events("Tomas Marlo left Brenn after his brother, who was "
        + "convicted of fraud in Dastria, lost an appeal.", DAY, ENTITIES, NATIONALITIES);
    for (Event e : es) {
      assertNull(role(e, "marlo"), "his brother was convicted, not he: " + e);
    }
  }

  @Test
  void aPronounWithTwoPeopleBeforeItStaysUnresolved() {
    List<Entity> two = new java.util.ArrayList<>(ENTITIES);
    two.add(new Entity("oskar", "Karl Oskar", "PERSON", null)); // two men: "he" could be either
    List<Event> es = ActsFixture.events("Karl Oskar said Tomas Marlo waved before he was "
        + "arrested by Dastrian police.", DAY, two, NATIONALITIES).stream()
        .filter(e -> e.type().equals("COERCE")).toList();
    for (Event e : es) {
      assertNull(role(e, "marlo"), e.toString());
      assertNull(role(e, "oskar"), e.toString());
    }
  }
  @Test
  void aPronounAddsToAnEventButNeverMakesOne() {
    assertEquals(List.of(), ActsFixture.events("Tomas Marlo smiled when the strange news "
        + "ambushed him at the station.", DAY, ENTITIES, NATIONALITIES).stream()
        .map(Event::type).toList());
  }
  @Test
  void whoWasPresentAtAMeetingTookPartInIt() {
    List<Entity> three = new java.util.ArrayList<>(ENTITIES);
    three.add(new Entity("oskar", "Lena Oskar", "PERSON", null));
    List<Event> es = ActsFixture.events("Lena Oskar was present at a 2019 meeting with Tomas "
        + "Marlo in Brenn.", DAY, three, NATIONALITIES).stream()
        .filter(e -> e.type().equals("CONSULT")).toList();
    assertEquals(1, es.size(), es.toString());
    assertEquals("SOURCE", role(es.get(0), "oskar"), es.toString());
    assertEquals("TARGET", role(es.get(0), "marlo"));
  }

  @Test
  void whoSpeaksForSomeoneNamedActsForThem() {
    Event e = only("A spokesman for Tomas Marlo rejected the accusation on Monday.", "REJECT");
    assertEquals("SOURCE", role(e, "marlo"), e.participants().toString());
    e = only("Dastria accused lawyers for the Northern Union of hiding evidence.", "ACCUSE");
    assertEquals("TARGET", role(e, "union"), e.participants().toString());
    // a "for" phrase of anyone else names no side: a builder working for the Northern Union
    e = only("Dastria accused builders for the Northern Union of hiding evidence.", "ACCUSE");
    assertNull(role(e, "union"), e.participants().toString());
    // a group spoken for that is not named itself: its named owner's side, never a place among
    // its words
    e = only("Dastria accused lawyers for Tomas Marlo's Brenn family of hiding evidence.",
        "ACCUSE");
    assertEquals("TARGET", role(e, "marlo"), e.participants().toString());
    assertNull(role(e, "brenn"), e.participants().toString());
  }
}

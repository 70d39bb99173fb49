package dossier.events;

import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Crime, justice and unrest wordings, each in several forms, and the phrases that are none. */
class CrimeActsTest {
  @Test
  void chargedWithADeedOrInADeath() {
    // a gerund clause after "charged with", in a reported clause and alone
    assertEquals(List.of("ACCUSE"), types("Detectives said Tomas Marlo was charged with "
        + "robbing a pharmacy in Brenn."));
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo has been charged with setting fire to "
        + "a warehouse."));
    // "charged in" a death, "charged over" a shooting
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo is charged in the death of a courier."));
    assertEquals(List.of("ACCUSE"), types("A teenager was charged over the shooting at a "
        + "petrol station."));
    // a participle tacked on to an arrest: both the arrest and the charge
    assertEquals(List.of("ACCUSE", "COERCE"), types("Two cousins were detained on Sunday and "
        + "held in a city jail, charged with robbing a jeweller, police said."));
    // no charge: a battery, a fee
    assertEquals(List.of(), types("The phone was charged in the car overnight."));
    assertEquals(List.of(), types("Customers were charged a fee for the late delivery."));
  }

  @Test
  void accusedOfADeedWithAnUnnamedAccused() {
    assertEquals(List.of("ACCUSE"), types("A local man has been accused of stabbing his "
        + "neighbour during an argument."));
    assertEquals(List.of("ACCUSE"), types("A woman from the suburbs is accused of poisoning "
        + "her husband."));
    assertEquals(List.of("ACCUSE"), types("A 19-year-old was charged with assaulting a "
        + "bus driver."));
    // the deed alleged is no attack told as news
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo was charged with murdering the "
        + "night guard at the depot."));
  }

  @Test
  void underArrestInCustodyBehindBars() {
    assertEquals(List.of("COERCE"), types("Three teenagers are under arrest after the robbery "
        + "of a kiosk."));
    assertEquals(List.of("COERCE"), types("The driver is in custody, officers said on "
        + "Tuesday."));
    assertEquals(List.of("COERCE"), types("Tomas Marlo remained in custody overnight."));
    assertEquals(List.of("COERCE"), types("Both suspects are now behind bars."));
    // no one held: a thing, a negation, a resisted arrest
    assertEquals(List.of(), types("The documents are in the custody of the archive."));
    assertEquals(List.of(), types("Nobody is under arrest yet."));
  }

  @Test
  void heldOrQuestionedOnSuspicion() {
    assertEquals(List.of("COERCE"), types("A man was being questioned on suspicion of arson "
        + "last night."));
    assertEquals(List.of("COERCE"), types("Two youths were held on suspicion of burglary."));
    assertEquals(List.of("COERCE"), types("Police are questioning a cyclist in connection with "
        + "the hit-and-run."));
    assertEquals(List.of("COERCE"), types("A neighbour was held over the killing of a "
        + "pensioner."));
    // a headline's bare participle
    assertEquals(List.of("COERCE"), types("Son held as father found dead"));
    // no custody: a meeting held after an attack, a question raised
    assertEquals(List.of(), types("A vigil was held after the stabbing at the school."));
    assertEquals(List.of(), types("Reporters questioned the timing of the budget."));
  }

  @Test
  void crowdsDispersedAndShopsTargeted() {
    assertEquals(List.of("COERCE"), types("The crowd was dispersed by riot police."));
    assertEquals(List.of("COERCE"), types("Police broke up the rally outside the ministry."));
    assertEquals(List.of("COERCE"), types("Officers dispersed the demonstrators with batons."));
    assertEquals(List.of("ASSAULT"), types("Rioters targeted banks and shops in the city "
        + "centre."));
    // no force: fog dispersing, a band breaking up, an advert targeting people
    assertEquals(List.of(), types("The fog dispersed by noon."));
    assertEquals(List.of(), types("The band broke up in the spring."));
    assertEquals(List.of(), types("The campaign targeted young people in three cities."));
  }

  @Test
  void policeFiringBackWithTearGas() {
    assertEquals(List.of("ASSAULT"), types("Police fired back with tear gas and water "
        + "cannon."));
    assertEquals(List.of(), types("The coach fired back with a statement of his own."));
  }

  @Test
  void courtsDenyingMotionsAndUpholdingSentences() {
    assertEquals(List.of("REJECT"), types("The judge denied the defence motion for a "
        + "retrial."));
    // the parser may hang the object on the verb before: "agreed and denied both motions"
    assertEquals(List.of("REJECT"), types("The judge agreed and denied the defence motion for "
        + "a retrial."));
    assertEquals(List.of("REJECT"), types("Tomas Marlo was denied bail on Monday."));
    assertEquals(List.of("SANCTION"), types("An appeals court upheld the conviction of Tomas "
        + "Marlo."));
    assertEquals(List.of("SANCTION"), types("The judge upheld the panel's recommendation that "
        + "Tomas Marlo serve life without parole."));
    // a denial of words, a ruling kept that punishes no one
    assertEquals(List.of(), types("The court upheld the zoning plan."));
  }

  @Test
  void wantedClausesAppealsAndTurnsOfPhrase() {
    // asked for, not done: the bare subjunctive under a verb of asking; a jury's recommendation
    // of a sentence is a step of the trial, not a request by a maker of statements
    assertEquals(List.of(), types("A jury recommended that Tomas Marlo be executed."));
    assertEquals(List.of("REQUEST"), types("Protesters demanded that the prisoners be "
        + "released."));
    // an appeal against a ruling is a legal step, no demand on anyone
    assertEquals(List.of(), types("His sentence will be appealed to the high court."));
    assertEquals(List.of(), types("Tomas Marlo appealed against the verdict in May."));
    // fighting charges, struck by quakes
    assertEquals(List.of(), types("Tomas Marlo, fighting accusations of fraud, said the deal "
        + "was sound."));
    assertEquals(List.of(), types("Velmora is often struck by earthquakes."));
  }

  @Test
  void chargedWithACrimeWhateverTheParsersSubject() {
    // a long relative clause leaves the parser a wrong subject; only a person is charged with it
    assertEquals(List.of("ACCUSE"), types("The suspect, who was on probation and had earlier "
        + "convictions for theft, fraud and drug offences, was charged with manslaughter and "
        + "faces life in prison."));
    assertEquals(List.of("ACCUSE"), types("The courier was charged with two counts of fraud."));
  }

  @Test
  void aHeadlinesSentenceReadAsANoun() {
    assertEquals(List.of("SANCTION"), types("Judge jails Tomas Marlo for life"));
    assertEquals(List.of("SANCTION"), types("Court sentences Tomas Marlo to 12 years"));
    assertEquals(List.of(), types("The sentences were handed down on Friday in Brenn."));
  }

  @Test
  void investigatingSomeoneNamed() {
    assertEquals(List.of("ACCUSE"), types("Prosecutors in Brenn are investigating Tomas Marlo "
        + "over the contracts."));
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo is being investigated by the Justice "
        + "Ministry."));
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo is under investigation by the Justice "
        + "Ministry."));
    // a thing investigated accuses no one
    assertEquals(List.of(), types("Engineers are investigating the cause of the outage."));
    assertEquals(List.of(), types("The cause of the outage is under investigation."));
  }

  @Test
  void victimsAndKinAsTheOnlyParticipant() {
    assertEquals(List.of("ASSAULT"), types("The victim was shot while walking home."));
    assertEquals(List.of("ASSAULT"), types("His sister was stabbed outside the club."));
  }

  @Test
  void riotsAndProtestsTurningViolent() {
    assertEquals(List.of("PROTEST"), types("The demonstrations turned violent on Friday."));
    assertEquals(List.of("PROTEST"), types("Riots erupted in two suburbs overnight."));
  }
}

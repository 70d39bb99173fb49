package dossier.events;

import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trigger words in a sense of no event, found auditing unannotated news, each beside the wordings
 * where the same word tells an event.
 */
class SensesTest {
  @Test
  void anAccountingChargeIsNoAccusation() {
    assertEquals(List.of(), types("Velmora Steel took a $45 million charge for plant closings in "
        + "the second quarter."));
    assertEquals(List.of(), types("The Justice Ministry booked a pretax charge for the closing of "
        + "two depots."));
    assertEquals(List.of("ACCUSE"), types("Prosecutors brought charges against Tomas Marlo for "
        + "fraud last week."));
    assertEquals(List.of("ACCUSE"), types("Velmora filed charges against Tomas Marlo over a $2 "
        + "million bribe."));
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo faces charges of stealing $3 million from "
        + "Velmora."));
  }

  @Test
  void aMarketsDemandIsNoRequest() {
    assertEquals(List.of(), types("Tomas Marlo's mills struggled to meet demand for their new "
        + "engines through the summer."));
    assertEquals(List.of(), types("Strong consumer demand lifted sales in Brenn, Tomas Marlo "
        + "said."));
    assertEquals(List.of("REQUEST"), types("Velmora made a demand for compensation from "
        + "Dastria."));
    assertEquals(List.of("REQUEST"), types("Velmora repeated its demand for talks with "
        + "Dastria."));
  }

  @Test
  void aRequestThatIsOnlyTheMeansOfAPossibleActIsNone() {
    assertEquals(List.of(), types("Tomas Marlo could put pressure on the board by urging "
        + "shareholders to sell their stock."));
    assertEquals(List.of(), types("Tomas Marlo could raise the stakes by calling a meeting of "
        + "the board and urging its members to resign."));
    assertEquals(List.of(), types("Velmora could step up the pressure and urge Dastria to "
        + "hand over the port."));
    assertEquals(List.of("REQUEST"), types("Velmora stepped up the pressure and urged Dastria to "
        + "hand over the port."));
    // the withdrawal asked of Dastria is the request's content, no event of its own (Demands)
    assertEquals(List.of(), types("Velmora might force a vote by asking Dastria to "
        + "withdraw its troops."));
    assertEquals(List.of("REQUEST"), types("Velmora forced a vote by asking Dastria "
        + "to withdraw its troops."));
  }

  @Test
  void notToBlameBlamesNoOne() {
    assertEquals(List.of(), types("Analysts say Velmora isn't to blame for the delays."));
    assertEquals(List.of(), types("Velmora is not to blame for the clashes, Dastria said."));
    assertEquals(List.of("ACCUSE"), types("Dastria blamed Velmora for the clashes."));
  }

  @Test
  void aCompanyOfficersResignationIsNoRetreat() {
    assertEquals(List.of(), types("The bank's chief financial officer, Tomas Marlo, resigned on "
        + "Friday."));
    assertEquals(List.of(), types("Tomas Marlo, the company's president, resigned after the "
        + "loss."));
    assertEquals(List.of("RETREAT"), types("The interior minister, Tomas Marlo, resigned on "
        + "Friday."));
    assertEquals(List.of("RETREAT"), types("Tomas Marlo, the president of Velmora, resigned on "
        + "Friday."));
  }

  @Test
  void aMandateIsNoChargeAndOwnArmsDestroyedNoAttack() {
    assertEquals(List.of(), types("The Security Council has charged the inspectors with verifying "
        + "that Velmora has destroyed its long-range missiles."));
    assertEquals(List.of("ACCUSE"), types("Prosecutors in Brenn charged Tomas Marlo with "
        + "smuggling weapons into Dastria."));
    assertEquals(List.of("ASSAULT"), types("Velmoran jets destroyed Dastria's missiles near "
        + "Brenn on Monday."));
  }
}

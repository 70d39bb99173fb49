package dossier.events;

import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sport and show business tell of offers, talks and hits that are no events; the law's acts stand. */
class RegisterTest {
  private static final String GAME = " The pitcher threw eight innings, the shortstop hit two "
      + "homers and the head coach praised his teammates after the playoffs game at the stadium.";
  private static final String SHOW = " The studio plans a sequel to the film, starring the same "
      + "actress, and the album of its songs comes out before the premiere.";

  private static final String GADGET = " The new smartphone has a 6.1-inch touchscreen, a faster "
      + "processor and better battery life than the laptop the maker sold last year.";

  @Test
  void genreFromTheWordsOfTheTrade() {
    assertEquals(Register.Genre.PRODUCT, Register.of(GADGET));
    assertEquals(Register.Genre.PRODUCT, Register.of("Inside, the SUV has more headroom and "
        + "legroom, and its infotainment screen sits over a wide dashboard."));
    assertEquals(Register.Genre.NEWS, Register.of("The ministry said the army seized smartphones "
        + "and laptops from the rebels; officials and police searched the camp."));
    assertEquals(Register.Genre.SPORT, Register.of(GAME));
    assertEquals(Register.Genre.SHOW, Register.of(SHOW));
    assertEquals(Register.Genre.NEWS, Register.of("The government met the rebels' envoys and "
        + "officials of the army said troops were withdrawn." + SHOW.substring(0, 40)));
    assertEquals(Register.Genre.NEWS, Register.of("The envoy gave a ballpark figure for the "
        + "ballpark costs of the plan and set goals for the agency he directed."));
  }

  @Test
  void talksAndWithdrawalsInSportAreNoEvents() {
    assertEquals(List.of(), types("Tomas Marlo met with the Justice Ministry on Tuesday about a "
        + "new contract." + GAME));
    assertEquals(List.of("CONSULT"), types("Tomas Marlo met with the Justice Ministry on Tuesday "
        + "about the border."));
    assertEquals(List.of(), types("Tomas Marlo was in negotiations with the Justice Ministry to "
        + "return for the next part." + SHOW));
  }

  @Test
  void promisesAndVisitsInProductNewsAreNoEvents() {
    assertEquals(List.of(), types("Dastria promised Tomas Marlo a faster charger." + GADGET));
    assertEquals(List.of("AGREE"), types("Dastria promised Tomas Marlo a faster charger."));
  }

  @Test
  void aPromiseOfNothingIsNoAgreement() {
    assertEquals(List.of(), types("That said, Velmora promised more, and it is not delivering yet."));
    assertEquals(List.of("AGREE", "RETREAT"), types("Velmora promised to withdraw its troops from "
        + "Brenn."), "the promise, and the withdrawal it plans");
  }

  @Test
  void arrestsAndKillingsStandInAnyRegister() {
    assertEquals(List.of("COERCE"), types("Police in Brenn arrested Tomas Marlo on Sunday." + GAME));
    assertEquals(List.of("ASSAULT"), types("A man stabbed Tomas Marlo outside the arena in Brenn."
        + GAME));
  }
}

package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A promise is one side's AGREE (PLOVER: agree to, promise or offer): one named maker is enough. */
class PromisesTest {
  @Test
  void aPromiseIsOneSidesAgreement() {
    assertTrue(ActsFixture.types("Tomas Marlo promised to hold a popular vote on the charter.")
        .contains("AGREE"));
    assertTrue(ActsFixture.types("Velmora pledged to pull its gunboats out of the strait.")
        .contains("AGREE"));
    assertFalse(ActsFixture.types("Tomas Marlo said the charter was a broken promise.")
        .contains("AGREE"));
  }
}

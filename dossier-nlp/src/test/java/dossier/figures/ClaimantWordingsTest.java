package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claimants named with a place after them, and accusers. */
class ClaimantWordingsTest {
  /** Mentions of each name in {@code text} (first occurrence), typed, with ids in lower case. */
  static List<Mention> names(String text, String... typed) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < typed.length; i += 2) {
      int at = text.indexOf(typed[i]);
      out.add(new Mention("a", at, at + typed[i].length(), typed[i], typed[i + 1],
          typed[i].toLowerCase()));
    }
    return out;
  }

  static Claimants.Claim claim(String text, String number, String... typed) {
    return Claimants.claim(text, 0, text.length(), text.indexOf(number), names(text, typed));
  }

  @Test
  void aPlaceAfterTheSpeakerOnlyLocatesIt() {
    assertEquals("admiralty", claim("Admiralty sources in Portmere meanwhile said 3,000 sailors "
        + "would sail.", "3,000", "Admiralty", "ORGANIZATION", "Portmere", "CITY").entityId());
    assertEquals("admiralty", claim("The Admiralty in Portmere said 3,000 sailors had sailed.",
        "3,000", "Admiralty", "ORGANIZATION", "Portmere", "CITY").entityId());
  }

  @Test
  void aPlaceNamedAloneStaysTheClaimant() {
    assertEquals("portmere", claim("Officials in Portmere said 3,000 sailors had sailed.",
        "3,000", "Portmere", "CITY").entityId());
  }

  @Test
  void thePoliceOfAPlaceAreNoPlace() {
    Claimants.Claim c = claim("Harbour County police said four divers had drowned.", "four",
        "Harbour County", "LOCATION");
    assertNull(c.entityId());
    assertEquals("Harbour County police", c.text());
    assertEquals("harbourcorp", claim("Harbourcorp said four divers had drowned.", "four",
        "Harbourcorp", "ORGANIZATION").entityId());
  }

  @Test
  void anAccuserClaimsTheToll() {
    Claimants.Claim c = claim("Korvania accused its neighbour on Friday of bombing a bridge, "
        + "killing five civilians.", "five", "Korvania", "COUNTRY");
    assertEquals("korvania", c.entityId());
    assertEquals("korvania", claim("Korvania blamed the rebels for the deaths of 14 miners.",
        "14", "Korvania", "COUNTRY").entityId());
  }

  @Test
  void aPassiveAccusationNamesNoClaimant() {
    assertNull(claim("Korvania was accused of bombing a bridge, killing five civilians.", "five",
        "Korvania", "COUNTRY").entityId());
    assertNull(claim("Police pointed to four killings blamed on Korvania last year.", "four",
        "Korvania", "COUNTRY").entityId());
    assertNull(claim("A driver from Lindvale, Korvania, accused in the deaths of two hikers, "
        + "was freed.", "two", "Korvania", "COUNTRY").entityId());
    assertNull(claim("Korvania accused of bombing a bridge that killed five civilians, the "
        + "envoy left.", "five", "Korvania", "COUNTRY").entityId());
  }

  @Test
  void heIsThePersonLastNamedAsASubjectNotInPassing() {
    String text = "Colonel Arvo Lind, who had looked for Pekka Saari for a year, was sure he "
        + "would find Saari alive. He said 40 volunteers had joined the search.";
    List<Mention> ms = new ArrayList<>(names(text, "Arvo Lind", "PERSON"));
    int at = text.indexOf("Saari alive");
    ms.add(new Mention("a", at, at + 5, "Saari", "PERSON", "pekka saari"));
    int he = text.indexOf("He said");
    Claimants.Claim c = Claimants.claim(text, he, text.length(), text.indexOf("40"), ms);
    assertEquals("arvo lind", c.entityId());
  }

  @Test
  void heIsTheLastPersonWhenNoSentenceStartsWithOne() {
    String text = "The search was led by Arvo Lind. He said 40 volunteers had joined it.";
    int he = text.indexOf("He said");
    assertEquals("arvo lind", Claimants.claim(text, he, text.length(), text.indexOf("40"),
        names(text, "Arvo Lind", "PERSON")).entityId());
  }

  @Test
  void aSpeakerNamedAfterAnInvertedVerbClaims() {
    Claimants.Claim c = claim("Tomas Marlo, 20, and Ivo Brenn, 24, were arrested after four "
        + "people were killed, said Chief Inspector Nada Petrin.", "four", "Tomas Marlo", "PERSON",
        "Ivo Brenn", "PERSON", "Nada Petrin", "PERSON");
    assertEquals("nada petrin", c.entityId());
    assertEquals("Chief Inspector Nada Petrin", c.text());
    Claimants.Claim later = claim("Four people were killed, said the city police on Sunday.",
        "Four");
    assertNull(later.entityId());
    assertEquals("the city police", later.text());
  }

  @Test
  void theOwnerOfANominalClaimIsNotTheWholeClauseBeforeIt() {
    Claimants.Claim c = claim("Tomas Marlo spoke for an hour. The most telling part was his claim "
        + "that 300 soldiers had deserted.", "300", "Tomas Marlo", "PERSON");
    assertEquals("his", c.text());
    assertEquals("tomas marlo", c.entityId());
  }

  @Test
  void anAdverbBeforeTheVerbIsNoPartOfTheClaimant() {
    assertEquals("The Velmoran government", claim("The Velmoran government immediately said "
        + "300 soldiers had deserted.", "300").text());
    assertEquals("The assembly", claim("The assembly said 300 soldiers had deserted.", "300")
        .text());
  }

  @Test
  void aVerbOfSayingDeniedSaysNothing() {
    Claimants.Claim c = claim("Four people were killed in Brenn, but investigators did not say "
        + "how the fire started.", "Four");
    assertNull(c.entityId());
    assertNull(c.text());
    assertNull(claim("Investigators didn't say why 12 guards were suspended.", "12").text());
  }

  @Test
  void theNameBeforeAnAppositiveSaysIt() {
    Claimants.Claim c = claim("Ivo Brenn, a retired reporter who knew Nada Petrin's father from "
        + "their years in Portmere, said 300 people had come.", "300", "Ivo Brenn", "PERSON",
        "Nada Petrin", "PERSON", "Portmere", "CITY");
    assertEquals("ivo brenn", c.entityId());
    assertEquals("Ivo Brenn", c.text());
    // the name in the appositive, after a title: the appositive's name says it, as before
    assertEquals("nada petrin", claim("The ombudsman, Nada Petrin, said 300 people had come.",
        "300", "Nada Petrin", "PERSON").entityId());
  }
}

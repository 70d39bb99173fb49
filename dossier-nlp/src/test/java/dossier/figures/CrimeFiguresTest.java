package dossier.figures;

import static dossier.figures.FigureFixture.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts of crime and disaster news: lives taken, people in custody, bare counts after a verb. */
class CrimeFiguresTest {
  @Test
  void livesTakenAreKilled() {
    assertEquals(List.of("KILLED 2"), figures("The gunman took the lives of two guards before "
        + "fleeing."));
    assertEquals(List.of("KILLED 2"), figures("The crash took the life of two patrol officers, "
        + "left their sergeant in a critical state and closed the road."));
    assertEquals(List.of("KILLED 3"), figures("The blaze claimed the lives of three "
        + "firefighters on the night shift, officials said."));
  }

  @Test
  void peopleUnderArrestOrInCustodyAreDetained() {
    assertEquals(List.of("DETAINED 3"), figures("Three suspects are under arrest after the "
        + "raid, officers said."));
    assertEquals(List.of("DETAINED 12"), figures("About 12 protesters remain in custody."));
  }

  @Test
  void aBareCountAfterAGerundIsTypedByIt() {
    assertEquals(List.of("KILLED 9", "WOUNDED 30"), figures("A storm swept the coast last "
        + "spring, killing at least nine people and injuring 30, most of them fishermen."));
  }

  @Test
  void peopleSomeoneArrangedToHaveHarmedAreNoCount() {
    assertEquals(List.of(), figures("He arranged to have two informants, both of them "
        + "teenagers, killed before the trial."));
    // a report that people were killed still counts
    assertEquals(List.of("KILLED 4"), figures("The militia is said to have killed 4 villagers."));
  }

  @Test
  void aQuotedClaimEndsBeforeItsSpeaker() {
    String text = "\"The attacker took the lives of two nurses, and then turned the gun on "
        + "the doors of the ward,\" hospital director Ilse Varga said.";
    Article a = new Article(ArticleIds.of("q.txt", text), "q.txt", null, null, text, null, null,
        null, null, null, null, null, "en", null);
    int at = text.indexOf("Ilse Varga");
    Mention m = new Mention(a.id(), at, at + 10, "Ilse Varga", "PERSON", "varga");
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(m), List.of(), List.of());
    assertEquals(1, r.figures().size(), r.figures().toString());
    Figure f = r.figures().get(0);
    assertEquals("KILLED", f.kind());
    assertEquals("varga", f.claimantId());
  }

  @Test
  void aNationalitysMediaIsNoStateClaimant() {
    String text = "A tremor shook the island on Sunday, injuring five people, Velmoran media "
        + "said.";
    Article a = new Article(ArticleIds.of("m.txt", text), "m.txt", null, null, text, null, null,
        null, null, null, null, null, "en", null);
    int at = text.indexOf("Velmoran");
    Mention m = new Mention(a.id(), at, at + 8, "Velmoran", "NATIONALITY", "velmora");
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(m), List.of(), List.of());
    Figure f = r.figures().get(0);
    assertNull(f.claimantId());
    FigureDetail d = r.details().get(0);
    assertEquals("Velmoran media", d.claimantText());
  }

  @Test
  void aCountrysNewspapersAreNoStateClaimantButItsMinistryIsTheState() {
    for (String who : List.of("Velmora's national newspapers", "Velmora's state television",
        "Velmora's interior ministry")) {
      String text = "Two more suspects had been arrested, " + who + " reported on Friday.";
      Article a = new Article(ArticleIds.of("m.txt", text), "m.txt", null, null, text, null,
          null, null, null, null, null, null, "en", null);
      int at = text.indexOf("Velmora");
      Mention m = new Mention(a.id(), at, at + 7, "Velmora", "COUNTRY", "velmora");
      FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(m), List.of(), List.of());
      assertEquals(1, r.figures().size(), r.figures().toString());
      assertEquals(who.endsWith("ministry") ? "velmora" : null, r.figures().get(0).claimantId(),
          who);
      assertEquals(who, r.details().get(0).claimantText());
    }
  }
}

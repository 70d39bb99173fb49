package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Article;
import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings once missed: an exact count given by a word ("both", "a pair of"), a force counted
 * after an operation it takes part in ("raids by 1,200 police"), a study as the claimant.
 */
class MissedWordingsTest {
  private static List<String> figures(String text) {
    return FigureFixture.figures(text);
  }

  /** The counted noun of the only figure of {@code text}. */
  private static String counted(String text) {
    FigureStage.Result r = FigureStage.analyse(List.of(FigureFixture.article(text)), List.of(),
        List.of(), List.of());
    assertEquals(1, r.details().size(), r.figures().toString());
    return r.details().get(0).counted();
  }

  @Test
  void bothCountsTwoPeopleSomethingHappenedTo() {
    assertEquals(List.of("KILLED 2"),
        figures("Both officers were killed when the convoy was ambushed near Ostrig."));
    assertEquals("officers", counted("Both officers were killed when the convoy was ambushed."));
    assertEquals(List.of("WOUNDED 2"),
        figures("Both of the Velmoran guards were wounded in the blast."));
    assertEquals(List.of("DETAINED 2"), figures("Police in Ostrig arrested both suspects."));
    assertEquals(List.of("KILLED 2"),
        figures("The two climbers fell from the ridge; both died before help arrived."));
    assertEquals(List.of("KILLED 2"), figures("The brothers were both killed in the crash."));
    assertEquals(List.of("DETAINED 2"), figures("Two men ran; both of them were arrested."));
    assertEquals(List.of("KILLED 2"),
        figures("The guards, Ivo Brenn and Tomas Marlo, both of whom died, were honoured."));
    assertEquals(List.of("WOUNDED 2"),
        figures("The gunman fired at the two clerks in Ostrig, wounding both."));
    assertEquals(List.of("MISSING 2"),
        figures("A pair of hikers went missing in the Dastrian hills on Sunday."));
  }

  @Test
  void bothWithAVerbThatKillsOrWoundsCountsByItsKind() {
    assertEquals(List.of("WOUNDED 2"),
        figures("Both guards were stabbed outside the Ostrig station on Friday."));
    assertEquals(List.of("KILLED 2"),
        figures("Both women were murdered in their home in Brenn, police said."));
    assertEquals(List.of("KILLED 2"), figures("Two Velmoran clerks were seized; both were shot dead."));
    assertEquals(List.of("KILLED 2"), figures("Both hikers were fatally stabbed near the lake."));
    assertEquals(List.of("KILLED 2"), figures("The brothers were both stabbed to death in Ostrig."));
    // the clause after "and" is another matter: the stabbing to death is still told whole
    assertEquals(List.of("KILLED 2"), figures("Both women had been stabbed to death and their "
        + "bodies had lain there for days, police said."));
    assertEquals(List.of(), figures("Both guards were stabbed and robbed outside the station."));
    // a bare "shot" or "beaten" tells neither death nor wound; "stabbed and robbed" mixes
    assertEquals(List.of(), figures("Both officers were shot during the raid in Ostrig."));
    assertEquals(List.of(), figures("Both finalists were beaten in straight sets."));
  }

  @Test
  void bothThatJoinsTwoThingsIsNoCount() {
    assertEquals(List.of(), figures("Both soldiers and civilians were killed in the shelling."));
    assertEquals(List.of(), figures("Both Velmoran troops and Dastrian police were deployed."));
    assertEquals(List.of(), figures("The strike both killed civilians and destroyed homes."));
    assertEquals(List.of(), figures("The shelling both killed and wounded civilians in Ostrig."));
    assertEquals(List.of(), figures("Both sides were accused of killing civilians."));
    assertEquals(List.of(), figures("Dozens were killed both in Ostrig and in Brenn."));
    assertEquals(List.of(), figures("Both officers said the convoy had been ambushed."));
    assertEquals(List.of(), figures("Both countries' citizens were evacuated from Ostrig."));
    assertEquals(List.of(), figures("Both officers' families were evacuated from Ostrig."));
    // a vague word stays out: no value to give it
    assertEquals(List.of(), figures("Several officers were killed when the convoy was ambushed."));
  }

  @Test
  void aForceTakingPartInAnOperationIsDeployed() {
    assertEquals(List.of("DEPLOYED 1200"),
        figures("The dawn raids by 1,200 police in Ostrig ended without violence."));
    assertEquals("police", counted("The dawn raids by 1,200 police in Ostrig ended quietly."));
    assertEquals(List.of("DEPLOYED 3000"),
        figures("Velmora launched an operation involving 3,000 troops along the border."));
    assertEquals(List.of("DEPLOYED 400"),
        figures("A crackdown by some 400 riot police followed the protests in Dastria."));
    assertEquals(List.of("DEPLOYED 300"),
        figures("Border guards, backed by 300 soldiers, stormed the camp near Ostrig."));
    assertEquals(List.of("DEPLOYED 2000"),
        figures("Some 2,000 troops took part in the offensive near Ostrig."));
    // what happened to them says more than the operation they were in
    assertEquals(List.of("WOUNDED 12"),
        figures("The raid with 12 police officers injured ended at dawn in Ostrig."));
  }

  @Test
  void policeThatNameSomethingElseAreNoCount() {
    assertEquals(List.of(), figures("Raids by 300 police vehicles were reported in Ostrig."));
    assertEquals(List.of(), figures("The city has 40 police stations and two courts."));
    // a crowd of police that nothing happened to stays no figure
    assertEquals(List.of(), figures("Some 300 police watched the march in Ostrig."));
  }

  /** The claimant (entity id, words) of the figure of {@code value} in {@code text}. */
  private static String claimant(String text, double value, String name) {
    Article a = FigureFixture.article(text);
    int at = text.indexOf(name);
    Mention m = new Mention(a.id(), at, at + name.length(), name, "ORGANIZATION", "orlen");
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(m), List.of(), List.of());
    Figure f = r.figures().stream().filter(x -> x.value() == value).findFirst().orElseThrow();
    FigureDetail d = r.details().stream().filter(x -> x.figureId().equals(f.id())).findFirst()
        .orElseThrow();
    return f.claimantId() + " | " + d.claimantText();
  }

  @Test
  void aStudyThatFoundAFigureClaimsIt() {
    assertEquals("orlen | A study by the Orlen Institute", claimant("A study by the Orlen "
        + "Institute found that 40 people died in the floods.", 40, "Orlen Institute"));
    assertEquals("orlen | The Orlen Institute's report", claimant("The Orlen Institute's report "
        + "concluded that 1,200 people were displaced.", 1200, "Orlen Institute"));
    assertEquals("orlen | researchers at the Orlen Institute", claimant("In May, researchers at "
        + "the Orlen Institute found that 40 people had died.", 40, "Orlen Institute"));
    assertEquals("orlen | Researchers at the Orlen Institute", claimant("Researchers at the "
        + "Orlen Institute have found that 40 people died.", 40, "Orlen Institute"));
    assertEquals("orlen | the survey by the Orlen Institute", claimant("At least 300 villagers "
        + "were displaced, the survey by the Orlen Institute showed.", 300, "Orlen Institute"));
  }

  @Test
  void findingPeopleIsNoClaim() {
    assertEquals("null | null", claimant("Rescuers of the Orlen Institute found 12 people "
        + "injured in the rubble.", 12, "Orlen Institute"));
    assertEquals("null | null", claimant("Investigators from the Orlen Institute found two "
        + "bodies in the river.", 2, "Orlen Institute"));
    // a report that was found finds nothing
    assertEquals("null | null", claimant("The Orlen Institute's report was found in a drawer "
        + "after 40 people died.", 40, "Orlen Institute"));
  }
}

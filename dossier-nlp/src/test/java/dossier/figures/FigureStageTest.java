package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Figure;
import dossier.model.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures from the team's own invented sentences: kinds, qualifiers, claimants, negatives. */
class FigureStageTest {
  private static Article article(String source, String text) {
    return new Article(ArticleIds.of(source, text), source, null, null, text, null, null, null, null,
        null, null, null, "en", null);
  }

  /** A mention of {@code name} (first occurrence) resolved to entity {@code id}. */
  private static Mention mention(Article a, String name, String type, String id) {
    int at = a.text().indexOf(name);
    return new Mention(a.id(), at, at + name.length(), name, type, id);
  }

  private static Figure only(List<Figure> figures, double value) {
    List<Figure> hits = figures.stream().filter(f -> f.value() == value).toList();
    assertEquals(1, hits.size(), "one figure " + value + " in " + figures);
    return hits.get(0);
  }

  @Test
  void claimedDeathsGoToTheReportingCountry() {
    Article a = article("a.txt", "Veloria said 27 of its soldiers and three civilians died in the "
        + "raids. The Norbanian side has acknowledged 140 military deaths.");
    List<Mention> ms = List.of(mention(a, "Veloria", "LOCATION", "veloria"),
        mention(a, "Norbanian", "NATIONALITY", "norbania"));
    List<Figure> fs = FigureStage.run(List.of(a), ms);
    Figure f27 = only(fs, 27);
    assertEquals("KILLED", f27.kind());
    assertEquals("veloria", f27.claimantId());
    assertEquals("KILLED", only(fs, 3).kind());
    Figure f140 = only(fs, 140);
    assertEquals("KILLED", f140.kind());
    assertEquals("norbania", f140.claimantId());
  }

  @Test
  void kindsFromNounsAndVerbs() {
    Article a = article("b.txt", "The war claimed over 12,000 lives. More than 450 people were "
        + "wounded in the shelling. Ostria deployed about 1,500 troops to the border. "
        + "The town's 65,000 residents were told to stay indoors. At least 38 protesters were "
        + "detained overnight. Some 60 fishermen remain missing.");
    List<Figure> fs = FigureStage.run(List.of(a), List.of());
    Figure lives = only(fs, 12000);
    assertEquals("KILLED", lives.kind());
    assertEquals("over", lives.qualifier());
    assertNull(lives.claimantId());
    assertEquals("WOUNDED", only(fs, 450).kind());
    assertEquals("DEPLOYED", only(fs, 1500).kind());
    assertEquals("POPULATION", only(fs, 65000).kind());
    assertEquals("DETAINED", only(fs, 38).kind());
    assertEquals("MISSING", only(fs, 60).kind());
  }

  @Test
  void shareOfAPopulationKeepsTheBaseOnly() {
    Article a = article("c.txt", "Officials said the floods displaced around half of the valley's "
        + "80,000 residents and forced some 70 percent of its farmers from their homes.");
    List<Figure> fs = FigureStage.run(List.of(a), List.of());
    assertEquals("POPULATION", only(fs, 80000).kind());
    assertTrue(fs.stream().noneMatch(f -> f.value() == 70), fs.toString());
  }

  @Test
  void moneyPercentagesYearsAndAgesAreNoFigures() {
    Article a = article("d.txt", "The fund pledged $400 million in 2019. Turnout rose to 62 percent. "
        + "A 45-year-old man was questioned. The road runs 120 km to the coast. Talks resumed at "
        + "1200 GMT on March 3, 2021.");
    assertEquals(List.of(), FigureStage.run(List.of(a), List.of()));
  }

  @Test
  void sentencesEndAtLineEndsAndPeriodsButNotAtAbbreviations() {
    String text = "Headline without stop\nDr. Kael met Mr. Orr. Then they left!\n\nLast one";
    List<String> got = Sentences.split(text).stream().map(s -> s.of(text)).toList();
    assertEquals(List.of("Headline without stop", "Dr. Kael met Mr. Orr.", "Then they left!",
        "Last one"), got);
    String initials = "Gov. J.B. Marlo signed it. A.J. Orr said so. They left.";
    assertEquals(List.of("Gov. J.B. Marlo signed it.", "A.J. Orr said so.", "They left."),
        Sentences.split(initials).stream().map(s -> s.of(initials)).toList(),
        "initials end no sentence");
  }

  @Test
  void unattributedReportsHaveNoClaimant() {
    Article a = article("e.txt", "According to reports, nearly 90 servicemen from both sides were "
        + "killed in the latest skirmishes.");
    Figure f = only(FigureStage.run(List.of(a), List.of()), 90);
    assertEquals("KILLED", f.kind());
    assertEquals("nearly", f.qualifier());
    assertNull(f.claimantId());
  }

  @Test
  void theSameFigureInTwoArticlesIsOneFigureWithTwoSources() {
    String text = "Fighting has claimed some 250 lives since the spring.";
    Article a = article("f1.txt", text);
    Article b = article("f2.txt", "Elsewhere, news came late. " + text);
    List<Figure> fs = FigureStage.run(new ArrayList<>(List.of(a, b)), List.of());
    Figure f = only(fs, 250);
    assertEquals(2, f.sources().size());
    assertEquals(text, b.text().substring(f.sources().get(1).start(), f.sources().get(1).end()));
  }
}

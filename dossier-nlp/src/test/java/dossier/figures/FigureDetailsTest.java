package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import dossier.model.Mention;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Derived values, periods, sides, claimant words, disputes and independent sources. */
class FigureDetailsTest {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  private static Article article(String source, String text, LocalDate published) {
    Article a = new Article(ArticleIds.of(source, text), source, null, null, text, null, null, null,
        null, null, null, null, "en", null);
    return published == null ? a : a.withPublished(new PublicationDate(DateRange.exact(published), dossier.model.DateBasis.STATED, "test", 1));
  }

  private static Mention mention(Article a, String name, String type, String id) {
    int at = a.text().indexOf(name);
    return new Mention(a.id(), at, at + name.length(), name, type, id);
  }

  private static Figure only(FigureStage.Result r, double value) {
    List<Figure> hits = r.figures().stream().filter(f -> f.value() == value).toList();
    assertEquals(1, hits.size(), "one figure " + value + " in " + r.figures());
    return hits.get(0);
  }

  private static FigureDetail detail(FigureStage.Result r, Figure f) {
    Map<String, FigureDetail> byId = r.details().stream()
        .collect(Collectors.toMap(FigureDetail::figureId, Function.identity()));
    return byId.get(f.id());
  }

  @Test
  void aShareOfABaseFigureIsDerivedAndLinkedToIt() {
    Article a = article("a.txt", "Officials said around half of the district's 90,000 residents "
        + "have fled since the floods began.", DAY);
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(), List.of(), List.of());
    Figure base = only(r, 90000);
    assertEquals("POPULATION", base.kind());
    Figure half = only(r, 45000);
    assertEquals("DISPLACED", half.kind());
    assertEquals("around", half.qualifier());
    FigureDetail d = detail(r, half);
    assertEquals(base.id(), d.baseId());
    assertEquals("around half of the district's", d.derivation());
    assertTrue(d.low() < 45000 && d.high() > 45000, d.toString());
  }

  @Test
  void vagueQuantitiesAreLowerBoundsWithTheirWords() {
    Article a = article("b.txt", "Dozens of protesters were detained on Sunday. Hundreds of "
        + "families were displaced by the storm. Thousands gathered in the square.", DAY);
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(), List.of(), List.of());
    Figure dozens = only(r, 24);
    assertEquals("DETAINED", dozens.kind());
    assertEquals("dozens of", dozens.qualifier());
    assertEquals(24, detail(r, dozens).low());
    Figure hundreds = only(r, 200);
    assertEquals("DISPLACED", hundreds.kind());
    assertEquals(999, detail(r, hundreds).high());
    assertEquals(2, r.figures().size(), "a vague number without a counted noun is no figure");
  }

  @Test
  void periodsGiveTextAndDaysAndDateAPastFigure() {
    String text = "At least 40 people have been killed since the clashes broke out on April 1, "
        + "medics said. The border was drawn after a 1970s war that killed about 5,000 soldiers.";
    Article a = article("c.txt", text, DAY);
    int at = text.indexOf("April 1");
    TimeExpression t = new TimeExpression(a.id(), at, at + 7, "April 1", "DATE", "2023-04-01",
        DateRange.exact(LocalDate.of(2023, 4, 1)));
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(), List.of(t), List.of());
    Figure toll = only(r, 40);
    FigureDetail d = detail(r, toll);
    assertEquals("since the clashes broke out on April 1", d.period());
    assertEquals(DateRange.between(LocalDate.of(2023, 4, 1), DAY), d.periodRange());
    assertEquals(DateRange.exact(DAY), toll.date(), "a running toll is as of its report");
    assertEquals("medics", d.claimantText());
    Figure war = only(r, 5000);
    assertEquals("KILLED", war.kind());
    assertEquals("a 1970s war", detail(r, war).period());
    assertEquals(DateRange.between(LocalDate.of(1970, 1, 1), LocalDate.of(1979, 12, 31)),
        war.date(), "a figure of a past war holds for the war, not the report");
    assertEquals(text.substring(0, text.indexOf("medics said.") + 12), detail(r, toll).sentences().get(0));
  }

  @Test
  void anEventAfterAPrepositionIsNoPeriodUnlessARelativeClauseMakesItOne() {
    Article a = article("c2.txt", "The unrest, the worst since a civil war in the 1980s – has cost "
        + "some 300 lives. Troops arrived after a week of riots that have killed at least 25 people.",
        DAY);
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(), List.of(), List.of());
    assertNull(detail(r, only(r, 300)).period(), "the civil war is not what cost the lives");
    assertEquals("a week of riots", detail(r, only(r, 25)).period());
  }

  @Test
  void datesAreNoCounts() {
    Article a = article("d.txt", "Fighting that began on May 3 killed at least 20 people.", DAY);
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(), List.of(), List.of());
    assertEquals(1, r.figures().size(), r.figures().toString());
    assertEquals("KILLED", only(r, 20).kind());
  }

  @Test
  void aBareNumberAfterAFigureCountsTheSameNoun() {
    Article a = article("e.txt", "Nine police officers were killed and 14 wounded, the interior "
        + "ministry said.", DAY);
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(), List.of(), List.of());
    Figure wounded = only(r, 14);
    assertEquals("WOUNDED", wounded.kind());
    assertEquals("police officers", detail(r, wounded).counted());
    assertEquals("military", detail(r, wounded).group());
    assertEquals("the interior ministry", detail(r, wounded).claimantText());
    assertNull(wounded.claimantId());
  }

  @Test
  void unattributedReportsAreKeptAsSuch() {
    Article a = article("f.txt", "According to unconfirmed reports, some 30 villagers were killed.", DAY);
    FigureStage.Result r = FigureStage.analyse(List.of(a), List.of(), List.of(), List.of());
    Figure f = only(r, 30);
    assertNull(f.claimantId());
    assertEquals("unattributed reports", detail(r, f).claimantText());
  }

  @Test
  void figuresThatCannotBothBeTrueAreADispute() {
    Article a = article("g1.txt", "Norbania said 40 of its soldiers have been killed since the "
        + "offensive began. Veloria said 12 of its soldiers were killed.", DAY);
    Article b = article("g2.txt", "Veloria says more than 100 Norbanian soldiers have been killed.",
        DAY);
    Article later = article("g3.txt", "Norbania said 55 of its soldiers have been killed.",
        DAY.plusDays(20));
    List<Mention> ms = new ArrayList<>(List.of(mention(a, "Norbania", "LOCATION", "norbania"),
        mention(a, "Veloria", "LOCATION", "veloria"), mention(b, "Veloria", "LOCATION", "veloria"),
        mention(b, "Norbania", "LOCATION", "norbania"),
        mention(later, "Norbania", "LOCATION", "norbania")));
    // the recogniser found "Norbania" in b only inside "Norbanian": the side comes from the name
    ms.removeIf(m -> m.articleId().equals(b.id()) && m.text().equals("Norbania"));
    ms.add(new Mention(b.id(), 0, 0, "Norbania", "LOCATION", "norbania"));
    FigureStage.Result r = FigureStage.analyse(List.of(a, b, later), ms, List.of(), List.of());
    assertEquals(1, r.disputes().size(), r.disputes().toString());
    FigureDispute d = r.disputes().get(0);
    assertEquals("KILLED", d.kind());
    assertEquals("military", d.group());
    assertEquals("norbania", d.side());
    assertEquals(List.of(only(r, 40).id(), only(r, 100).id()), d.figureIds());
    assertEquals("veloria", only(r, 12).claimantId());
    assertEquals("veloria", detail(r, only(r, 12)).side());
  }

  @Test
  void copiesInOneDuplicateGroupAreOneIndependentSource() {
    String text = "The ministry said 75 people were wounded in the blast.";
    Article a = article("h1.txt", text, DAY);
    Article b = article("h2.txt", text + " More later.", DAY);
    Article c = article("h3.txt", "Update. " + text, DAY);
    Article other = article("h4.txt", "Some 75 people were wounded in the blast, officials said.", DAY);
    DuplicateGroup g = new DuplicateGroup("g", a.id(), List.of(
        new DuplicateGroup.Member(a.id(), "canonical", 1.0),
        new DuplicateGroup.Member(b.id(), "near", 0.9),
        new DuplicateGroup.Member(c.id(), "near", 0.9)));
    FigureStage.Result r = FigureStage.analyse(List.of(a, b, c, other), List.of(), List.of(),
        List.of(g));
    Figure f = only(r, 75);
    assertEquals(4, f.sources().size());
    assertEquals(2, detail(r, f).independentSources());
    assertEquals(4, detail(r, f).sentences().size());
  }
}

package dossier.dedup;

import static dossier.dedup.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleFlag;
import dossier.model.CopyChanges;
import dossier.model.DateBasis;
import dossier.model.DuplicateGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DedupStageTest {
  private static final LocalDate DAY = LocalDate.of(2023, 6, 12);

  private final Article wire = article("w", "Floods force 4,200 from homes", Fixtures.WIRE,
      "Harbor Ledger", "AFP", DAY);
  private final Article trimmed = article("t", "Floods force 4,200 from homes", Fixtures.trimmed(),
      "Valley Weekly", "AFP", null);
  private final Article extended = article("e", "Thousands flee as Marrow river floods",
      Fixtures.extended(), "City Courier", "AFP", DAY.plusDays(1));
  private final Article sameEvent = article("s", "Marrow bursts its banks", Fixtures.SAME_EVENT,
      "North Star", null, DAY);
  private final Article football = article("f", "Athletic promoted", Fixtures.FOOTBALL,
      "North Star", null, DAY.minusDays(2));

  private DedupResult run(List<Article> articles) {
    return DedupStage.run(articles, DedupConfig.news());
  }

  @Test
  void trimmedAndExtendedCopiesFormOneGroupWithTheDatedCreditedOriginalFirst() {
    DedupResult r = run(List.of(football, extended, sameEvent, trimmed, wire));
    assertEquals(1, r.groups().size(), r.groups().toString());
    DuplicateGroup g = r.groups().get(0);
    assertEquals("w", g.canonical());
    Map<String, String> relation = g.members().stream()
        .collect(Collectors.toMap(DuplicateGroup.Member::articleId, DuplicateGroup.Member::relation));
    assertEquals(Map.of("t", "contained-in", "e", "near"), relation);
  }

  @Test
  void theSameEventInOtherWordsIsNoCopy() {
    DedupResult r = run(List.of(wire, sameEvent, football));
    assertTrue(r.groups().isEmpty(), r.groups().toString());
  }

  @Test
  void theUndatedCopyTakesItsSiblingsDay() {
    DedupResult r = run(List.of(wire, trimmed));
    assertEquals(1, r.redated().size());
    Article t = r.redated().get(0);
    assertEquals("t", t.id());
    assertEquals(DateBasis.DUPLICATE, t.published().basis());
    assertTrue(t.published().range().contains(DAY));
    assertEquals(DAY.plusDays(1), t.published().range().latest());
  }

  @Test
  void changesNameTheAddedParagraphRemovedEndTitleAndRespellings() {
    DedupResult r = run(List.of(wire, trimmed, extended));
    CopyChanges e = r.changes().stream().filter(c -> c.articleId().equals("e")).findFirst()
        .orElseThrow();
    assertEquals(1, e.added().size(), e.toString());
    assertTrue(e.added().get(0).text().startsWith("In Brisk itself"));
    assertTrue(e.removed().isEmpty(), e.toString());
    assertEquals("Thousands flee as Marrow river floods", e.title().to());
    List<String> spelt = e.spelling().stream().map(s -> s.from() + ">" + s.to()).toList();
    assertTrue(spelt.containsAll(List.of("Tomas>Tomáš", "defence>defense", "towards>toward")),
        spelt.toString());
    CopyChanges t = r.changes().stream().filter(c -> c.articleId().equals("t")).findFirst()
        .orElseThrow();
    assertEquals(3, t.removed().size(), t.toString());
    assertEquals("— AFP", t.added().get(0).text());
    assertEquals(null, t.title());
  }

  @Test
  void anArticleStitchedFromTwoUnrelatedReportsIsFlaggedAndJoinsNeither() {
    Article stitched = article("x", "News in brief", Fixtures.WIRE + "\n\n" + Fixtures.FOOTBALL,
        "Valley Weekly", null, null);
    DedupResult r = run(List.of(wire, football, stitched));
    assertTrue(r.groups().isEmpty(), r.groups().toString());
    assertEquals(1, r.flags().size());
    ArticleFlag f = r.flags().get(0);
    assertEquals("x", f.articleId());
    assertEquals("composite", f.flag());
    assertEquals(List.of("f", "w"), f.parts().stream().sorted().toList());
    assertFalse(r.passages().isEmpty());
  }
}

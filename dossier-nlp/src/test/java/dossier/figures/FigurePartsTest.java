package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Caption;
import dossier.model.DateRange;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures stage reads the title and the captions as well as the body, each with its offsets. */
class FigurePartsTest {
  private static final String TITLE = "Mudslide in Tarnow valley leaves 31 people dead";
  private static final String BODY = "Rescue teams searched the Tarnow valley on Sunday after a "
      + "mudslide buried part of the village of Ulmen. The regional governor said 31 people were "
      + "killed.";
  private static final String CAPTION = "Volunteers carry supplies to Ulmen, where about 200 "
      + "residents have fled their homes, on Monday.";

  private static Article article() {
    return new Article(ArticleIds.of("m.txt", BODY), "m.txt", null, TITLE, BODY, null, null, null,
        null, null, List.of(new Caption(CAPTION, 4, DateRange.unknown())), null, "en", null);
  }

  @Test
  void captionFiguresKeepTheirPartAndCaptionOffsets() {
    Article a = article();
    List<FigureMention> ms = FigureStage.mentions(a, List.of(), List.of());
    List<FigureMention> fled = ms.stream().filter(m -> m.value() == 200).toList();
    assertEquals(1, fled.size(), ms.toString());
    Evidence ev = fled.get(0).evidence();
    assertEquals(Part.caption(0), ev.part());
    assertEquals("caption", ev.context());
    assertEquals("DISPLACED", fled.get(0).kind());
    // offsets point into the caption, not the body: they cut out the caption's sentence
    assertEquals(CAPTION, CAPTION.substring(ev.start(), ev.end()));
    assertEquals("about", fled.get(0).qualifier());
  }

  @Test
  void aTitleFigureJoinsTheSameFigureInTheBody() {
    Article a = article();
    Figure dead = FigureStage.analyse(List.of(a), List.of(), List.of(), List.of()).figures()
        .stream().filter(f -> f.value() == 31).findFirst().orElseThrow();
    assertEquals("KILLED", dead.kind());
    List<String> parts = dead.sources().stream().map(Evidence::part).toList();
    assertEquals(List.of(Part.TEXT, Part.TITLE), parts, dead.sources().toString());
    Evidence title = dead.sources().get(1);
    assertEquals("title", title.context());
    assertTrue(TITLE.substring(title.start(), title.end()).contains("31 people dead"));
  }

  @Test
  void anUnattributedHeadlineFigureIsTheBodysClaimedFigure() {
    String title = "Ostria sends 2,500 troops to the border";
    String body = "Ostria has sent about 2,500 troops to its northern border, its defence ministry"
        + " said on Monday.";
    Article a = new Article(ArticleIds.of("t.txt", body), "t.txt", null, title, body, null, null,
        null, null, null, null, null, "en", null);
    int at = body.indexOf("Ostria");
    List<Mention> ms = List.of(new Mention(a.id(), at, at + 6, "Ostria", "COUNTRY", "ostria"));
    List<Figure> fs = FigureStage.analyse(List.of(a), ms, List.of(), List.of()).figures();
    assertEquals(1, fs.size(), fs.toString());
    assertEquals("ostria", fs.get(0).claimantId());
    assertEquals(List.of(Part.TEXT, Part.TITLE),
        fs.get(0).sources().stream().map(Evidence::part).toList());
  }

  @Test
  void aCaptionReadsItsOwnMentionsForTheClaimant() {
    String caption = "Ulmen's mayor Ida Brenner said 12 residents are still missing.";
    Article a = new Article(ArticleIds.of("n.txt", BODY), "n.txt", null, null, BODY, null, null,
        null, null, null, List.of(new Caption(caption, 4, DateRange.unknown())), null, "en", null);
    int at = caption.indexOf("Ida Brenner");
    // a body mention at the same offsets must not be read in the caption
    List<Mention> ms = List.of(
        new Mention(a.id(), at, at + 11, "Ida Brenner", "PERSON", "brenner", Part.caption(0)),
        new Mention(a.id(), at, at + 11, BODY.substring(at, at + 11), "PERSON", "other"));
    List<FigureMention> fs = FigureStage.mentions(a, ms, List.of());
    FigureMention missing = fs.stream().filter(m -> m.value() == 12).findFirst().orElseThrow();
    assertEquals("MISSING", missing.kind());
    assertEquals("brenner", missing.claimantId());
    assertEquals(Part.caption(0), missing.evidence().part());
  }
}

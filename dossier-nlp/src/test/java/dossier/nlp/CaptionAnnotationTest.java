package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Caption;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Mention;
import dossier.model.Part;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Captions are annotated as documents of their own: their names and times keep their part. */
class CaptionAnnotationTest {
  private static final String BODY = "Envoy Lena Marsh held talks with both delegations on Monday,"
      + " officials said. The talks were described as constructive.";
  /** The city of the meeting is only in the caption. */
  private static final String CAPTION = "Marsh greets delegates in Kestov on Tuesday. (Photo: pool)";

  private static Article article(String body, List<Caption> captions, PublicationDate published) {
    return new Article(ArticleIds.of("cap.txt", body), "cap.txt", null, null, body, null, null, null,
        null, null, captions, published, "en", null);
  }

  private static PublicationDate day(String iso) {
    return new PublicationDate(DateRange.exact(LocalDate.parse(iso)), DateBasis.STATED, iso, 0.9);
  }

  @Test
  void aFactOnlyInTheCaptionIsKeptWithItsPartAndOffsets() {
    Caption caption = new Caption(CAPTION, 4, DateRange.unknown());
    LanguageLayer.Annotated x = Articles.annotate(article(BODY, List.of(caption), day("2024-03-13")));
    NlpDoc.Name kestov = x.names().names().stream().filter(n -> n.text().equals("Kestov")).findFirst()
        .orElseThrow(() -> new AssertionError("no Kestov in " + x.names()));
    assertEquals(Part.caption(0), kestov.part());
    assertEquals("Kestov", CAPTION.substring(kestov.start(), kestov.end()), "offsets into the caption");
    TimeExpression tuesday = x.times().stream().filter(t -> t.text().equals("Tuesday")).findFirst()
        .orElseThrow(() -> new AssertionError("no Tuesday in " + x.times()));
    assertEquals(Part.caption(0), tuesday.part());
    assertEquals("2024-03-12", tuesday.value(), "read against the article's day, a Wednesday");
    assertTrue(x.times().stream().anyMatch(t -> t.text().equals("Monday") && t.part().equals(Part.TEXT)));

    EntityResolver.Result r = EntityResolver.resolve(List.of(x.names()));
    assertTrue(r.mentions().stream().anyMatch(m -> m.text().equals("Kestov")
        && m.part().equals(Part.caption(0)) && m.entityId() != null), r.mentions().toString());
  }

  @Test
  void aSurnameInACaptionJoinsTheFullNameInTheBody() {
    ArticleNames body = new ArticleNames("a1", List.of(new NlpDoc.Name(6, 16, "Lena Marsh", "PERSON")),
        List.of(), java.util.Set.of());
    ArticleNames caption = new ArticleNames("a1", List.of(
        new NlpDoc.Name(6, 11, "Marsh", "PERSON", Part.caption(0)),
        new NlpDoc.Name(30, 36, "Kestov", "LOCATION", Part.caption(0))), List.of(), java.util.Set.of());
    EntityResolver.Result r = EntityResolver.resolve(List.of(body.plus(caption)));
    Mention full = r.mentions().stream().filter(m -> m.text().equals("Lena Marsh")).findFirst().orElseThrow();
    Mention surname = r.mentions().stream().filter(m -> m.text().equals("Marsh")).findFirst().orElseThrow();
    assertEquals(full.entityId(), surname.entityId());
    assertEquals(Part.TEXT, full.part());
    assertEquals(Part.caption(0), surname.part());
    assertEquals(List.of("Lena Marsh", "Marsh", "Kestov"), r.mentions().stream().map(Mention::text).toList(),
        "body first, then the caption");
  }

  @Test
  void aCaptionsOwnDateAnchorsItsTimes() {
    // the caption states 5 March (a Tuesday); the article itself is of a later week
    Caption caption = new Caption(CAPTION, 4, DateRange.exact(LocalDate.of(2024, 3, 5)));
    LanguageLayer.Annotated x = Articles.annotate(article(BODY, List.of(caption), day("2024-03-20")));
    TimeExpression tuesday = x.times().stream()
        .filter(t -> t.text().equals("Tuesday") && t.part().equals(Part.caption(0))).findFirst()
        .orElseThrow(() -> new AssertionError("no caption Tuesday in " + x.times()));
    assertEquals("2024-03-05", tuesday.value());
  }

  @Test
  void aFailingCaptionCostsTheArticleNothing() {
    NlpEngine real = CoreNlpEngine.standard();
    NlpEngine captionsFail = new NlpEngine() {
      @Override
      public NlpDoc annotate(String text) {
        if (text.startsWith("Marsh greets")) {
          throw new IllegalStateException("engine broke on a caption");
        }
        return real.annotate(text);
      }

      @Override
      public String describe() {
        return "fails on captions";
      }
    };
    Article a = article(BODY, List.of(new Caption(CAPTION, 4, DateRange.unknown())), day("2024-03-13"));
    LanguageLayer.Annotated x = LanguageLayer.annotate(captionsFail, a);
    assertNull(x.problem());
    assertTrue(x.names().names().stream().anyMatch(n -> n.text().equals("Lena Marsh")));
    assertTrue(x.names().names().stream().allMatch(n -> n.part().equals(Part.TEXT)));
    assertTrue(x.times().stream().allMatch(t -> t.part().equals(Part.TEXT)));
    assertEquals(AnnotationState.of(a), x.state());
  }

  @Test
  void theStateKeyChangesWithTextCaptionsAndDate() {
    Caption caption = new Caption(CAPTION, 4, DateRange.unknown());
    Article a = article(BODY, List.of(caption), day("2024-03-13"));
    assertEquals(AnnotationState.of(a), AnnotationState.of(article(BODY, List.of(caption), day("2024-03-13"))));
    assertNotEquals(AnnotationState.of(a), AnnotationState.of(a.withPublished(day("2024-03-14"))));
    assertNotEquals(AnnotationState.of(a), AnnotationState.of(article(BODY, List.of(), day("2024-03-13"))));
    assertNotEquals(AnnotationState.of(a), AnnotationState.of(article(BODY + " More.", List.of(caption),
        day("2024-03-13"))));
    PublicationDate sameRangeOtherBasis = new PublicationDate(DateRange.exact(LocalDate.of(2024, 3, 13)),
        DateBasis.DUPLICATE, "copy", 0.6);
    assertNotEquals(AnnotationState.of(a), AnnotationState.of(a.withPublished(sameRangeOtherBasis)));
    assertEquals(16, AnnotationState.version().length());
  }
}

package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dating undated invented articles from what they say. */
class DocumentDaterTest {
  @Test
  void aSpanOfYearsMentionedAsPastIsALowerBoundAndYearlessDaysBecomeRanges() {
    Article a = Articles.dated("a.txt", "Fighting in the 1991-1994 war killed thousands.\n\n"
        + "The army chiefs met in the capital on April 5 and agreed to a truce, officials said.", null);
    LanguageLayer.Annotated x = Articles.annotate(a);
    assertEquals(DateBasis.CONTENT, x.published().basis());
    assertEquals(DateRange.between(LocalDate.of(1994, 1, 1), null), x.published().range());
    TimeExpression day = x.times().stream().filter(t -> t.text().equals("April 5")).findFirst().orElseThrow();
    assertNull(day.value(), "no invented year");
    assertEquals(LocalDate.of(1993, 4, 5), day.range().earliest(), "the latest April 5 not after 1 January 1994");
    assertNull(day.range().latest(), "the publication range is open above");
  }

  @Test
  void theWeekdayOfWritingNarrowsTheRangeToThatWeekday() {
    // the caption dates the article to 10 March 2021 (a Wednesday) .. a year later
    Article a = Articles.withCaption("b.txt", "The mayor said today (Monday) that the bridge would reopen.",
        "The bridge, 10 March 2021", "2021-03-10");
    LanguageLayer.Annotated x = Articles.annotate(a);
    assertEquals(LocalDate.of(2021, 3, 15), x.published().range().earliest(), "the first Monday in the range");
    assertEquals(LocalDate.of(2022, 3, 7), x.published().range().latest(), "the last Monday in the range");
  }

  @Test
  void aWeekdayAloneDoesNotNarrow() {
    Article a = Articles.withCaption("c.txt", "The mayor opened the bridge on Monday.", "The bridge, 10 March 2021",
        "2021-03-10");
    LanguageLayer.Annotated x = Articles.annotate(a);
    assertEquals(LocalDate.of(2021, 3, 10), x.published().range().earliest());
  }
}

package dossier.store;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Caption;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import dossier.model.RemovedLine;
import dossier.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Articles written by the team for the store tests: shaped like real extraction output. */
public final class Fixtures {
  private Fixtures() {}

  /** A wire story with a dateline, two credits, a dated caption, cut lines and an exact date. */
  public static Article wireStory() {
    String p1 = "GENEVA (Reuters) — Talks on a ceasefire resumed on Tuesday after a two-week pause,"
        + " diplomats said, with both delegations meeting at the Palais des Nations.";
    String p2 = "\"We are cautiously optimistic,\" a mediator told reporters, adding that a"
        + " prisoner exchange was \"on the table, but not yet agreed\".";
    String text = p1 + "\n\n" + p2;
    String source = "inbox/2021/talks-resume.txt";
    return new Article(ArticleIds.of(source, text), source,
        "https://news.example.org/world/talks-resume", "Ceasefire talks resume in Geneva", text,
        List.of(new Span(0, p1.length()), new Span(p1.length() + 2, text.length())),
        "Example News", List.of("Reuters", "AFP"), "By Jane Doe and Ahmet Yılmaz", "GENEVA (Reuters) —",
        List.of(new Caption("Delegates arrive at the talks, March 2, 2021. REUTERS/Staff", 14,
            DateRange.exact(LocalDate.of(2021, 3, 2)))),
        new PublicationDate(DateRange.exact(LocalDate.of(2021, 3, 2)), DateBasis.STATED,
            "Published: 2 March 2021 09:14 GMT", 0.95),
        "en",
        List.of(new RemovedLine(1, "Skip to main content", "navigation"),
            new RemovedLine(2, "Share on Facebook | Share on X", "share buttons"),
            new RemovedLine(40, "Sign up for our newsletter, it's free", "promo")));
  }

  /** A report dated only to a range, with accents, non-Latin script, commas, quotes, newlines. */
  public static Article rangeStory() {
    String text = "Floods hit São Paulo, Zürich-based insurers said, estimating \"record\" claims.\n"
        + "In Łódź and Kraków, rail lines closed; 東京 reported delays — 3,000 passengers waited.";
    String source = "batch/feed.jsonl#417";
    return new Article(ArticleIds.of(source, text), source, null, "Floods, delays, \"record\" claims",
        text, List.of(new Span(0, text.indexOf('\n')), new Span(text.indexOf('\n') + 1,
            text.length())),
        "Wire Digest", List.of(), null, null, List.of(),
        new PublicationDate(DateRange.between(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31)),
            DateBasis.CONTENT, "mentions \"last week of April\"", 0.4),
        "en", List.of());
  }

  /** A bare article: no url, credit, outlet or date. */
  public static Article bare() {
    String text = "Residents gathered at the town hall on Friday to discuss the new bypass.";
    String source = "misc/notes.txt";
    return new Article(ArticleIds.of(source, text), source, null, null, text, List.of(), null,
        null, null, null, null, null, null, null);
  }

  /** The i-th of a stream of generated, realistic-sized articles (about 2 kB, 6 paragraphs). */
  public static Article generated(String source, int i) {
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      int start = text.length();
      text.append("Paragraph ").append(p).append(" of report ").append(i)
          .append(": officials in the northern province said on Monday that relief convoys had"
              + " reached three villages, while aid groups warned that roads remained blocked"
              + " by landslides and that more than 1,200 families still needed shelter.");
      paragraphs.add(new Span(start, text.length()));
      text.append("\n\n");
    }
    String body = text.toString().strip();
    List<RemovedLine> removed = List.of(new RemovedLine(1, "Home | World | Politics", "navigation"),
        new RemovedLine(2, "Share this article", "share buttons"),
        new RemovedLine(30, "Related: more stories from the region", "promo"));
    String src = source + "#" + i;
    return new Article(ArticleIds.of(src, body), src, "https://example.org/a/" + i,
        "Relief convoys reach villages (" + i + ")", body, paragraphs, "Example Daily",
        List.of("AP"), "Staff reporter", null,
        List.of(new Caption("Trucks wait at a checkpoint.", 12, DateRange.unknown())),
        new PublicationDate(DateRange.exact(LocalDate.of(2022, 1, 1).plusDays(i % 365)),
            DateBasis.INPUT, null, 1.0),
        "en", removed);
  }
}

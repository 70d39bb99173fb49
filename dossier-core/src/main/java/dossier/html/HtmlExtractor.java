package dossier.html;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Caption;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import dossier.model.RemovedLine;
import dossier.model.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article of an HTML page: metadata and publication date from the page as served,
 * then the body from the cleaned DOM (best-scoring container, block by block), with the reason of
 * every cut kept. Stateless and thread-safe.
 */
public final class HtmlExtractor {
  /**
   * The article of one page.
   *
   * @param source the input it came from ({@code PATH} or {@code PATH#RECORD})
   * @param url the page's address, or null
   * @param html the decoded page
   * @param fetched when the page was fetched, or null; bounds the publication date
   */
  public Article extract(String source, String url, String html, Instant fetched) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    MetaTags meta = new MetaTags(doc);
    JsonLd ld = JsonLd.of(doc);
    JsonNode ldArticle = ld.article();
    MetadataReader.Meta m = MetadataReader.read(doc, meta, ldArticle);
    LocalDate bound = fetched == null ? null : LocalDate.ofInstant(fetched, ZoneOffset.UTC).plusDays(1);
    PublicationDate published = HtmlDates.of(doc, meta, ld, url, bound);
    BodyHint hint = BodyHint.of(JsonLd.text(ldArticle, "articleBody"));

    List<RemovedLine> removed = new ArrayList<>(DomCleaner.clean(doc));
    Element body = doc.body();
    BlockFilter.Result r;
    if (body == null) {
      r = new BlockFilter.Result(List.of(), List.of(), List.of());
    } else {
      TextStats stats = new TextStats(body);
      List<Element> containers = new ContentScorer(stats, hint).containers(body);
      r = BlockFilter.filter(Blocks.of(containers, stats), m.title(), m.byline(), hint);
    }
    removed.addAll(r.removed());

    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    for (Blocks.Block b : r.kept()) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      paragraphs.add(new Span(text.length(), text.length() + b.text().length()));
      text.append(b.text());
    }
    String body0 = r.kept().isEmpty() ? "" : r.kept().get(0).text();
    String last = r.kept().isEmpty() ? null : r.kept().get(r.kept().size() - 1).text();
    String dateline = Credits.dateline(body0);
    List<Caption> captions = new ArrayList<>();
    for (int i = 0; i < r.captions().size(); i++) {
      captions.add(new Caption(r.captions().get(i), i + 1, captionDate(r.captions().get(i))));
    }
    String t = text.toString();
    return new Article(ArticleIds.of(source, t), source, url, m.title(), t, paragraphs, m.outlet(),
        Credits.of(dateline, m.byline(), last), m.byline(), dateline, captions, published, m.language(),
        removed);
  }

  private static DateRange captionDate(String caption) {
    for (DateText.Found f : DateText.find(caption, false)) {
      if (f.day()) {
        return DateRange.exact(f.date());
      }
    }
    return DateRange.unknown();
  }
}

package dossier.html;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date of a page, from the most direct evidence at hand: metadata of the published
 * date (meta tags, JSON-LD, {@code <time>}), the URL, a date stated near the title, then modified
 * dates. The fetch date, when known, bounds every candidate and is the answer of last resort.
 */
public final class HtmlDates {
  /** Meta names and properties that carry the published date, most specific first. */
  private static final List<String> PUBLISHED_META = List.of("article:published_time",
      "og:article:published_time", "og:published_time", "article:published", "datepublished",
      "article.published", "published_time", "publishdate", "publish-date", "publish_date",
      "pubdate", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
      "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date",
      "citation_date", "article.created", "date", "dc.date", "dcterms.date", "created",
      "originalpublicationdate", "displaydate", "release_date", "schema:datepublished",
      "schema:datecreated");
  private static final List<String> MODIFIED_META = List.of("article:modified_time",
      "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
      "lastmod", "article.updated", "modified");
  private static final Pattern URL_DAY = Pattern.compile(
      "/((?:19|20)\\d\\d)[/_-]?(1[0-2]|0[1-9])[/_-]?(3[01]|[12]\\d|0[1-9])(?:[/_.-]|$)");
  private static final Pattern URL_DMY = Pattern.compile(
      "/(3[01]|[12]\\d|0[1-9])-(1[0-2]|0[1-9])-((?:19|20)\\d\\d)(?:[/_.-]|$)");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d\\d)/(1[0-2]|0[1-9])/");
  private static final Pattern CHANGE_LABEL = Pattern.compile(
      "änderung|geändert|aktualisiert|updated|modified|mis à jour|actualizado|last edit");
  private static final Pattern SCRIPT_DATE = Pattern.compile(
      "[\"'](published_?at|published_?date|publish_?date|publication_?date|date_?published|first_?publish"
          + "_?date|created_?at|date_?created|pub_?date)[\"']\\s*:\\s*[\"'](\\d{4}-\\d\\d-\\d\\d[^\"']{0,30})",
      Pattern.CASE_INSENSITIVE);

  private HtmlDates() {}

  /**
   * The publication date of {@code doc} (parsed, not yet cleaned), with its basis and confidence.
   *
   * @param url the page's address, or null
   * @param fetched when the page was fetched, or null: no date after it is believed
   */
  public static PublicationDate of(Document doc, String url, Instant fetched) {
    LocalDate bound = fetched == null ? null : LocalDate.ofInstant(fetched, ZoneOffset.UTC).plusDays(1);
    return of(doc, new MetaTags(doc), JsonLd.of(doc), url, bound);
  }

  static PublicationDate of(Document doc, MetaTags meta, JsonLd ld, String url, LocalDate bound) {
    PublicationDate d = metadata(meta, ld, bound, PUBLISHED_META, "datePublished", 0.9);
    DateText.Found shown = HeaderDate.of(doc, bound, us(doc));
    if (shown != null && (d == null || !d.range().value().equals(shown.date()) && !swapped(shown, d))) {
      d = new PublicationDate(DateRange.exact(shown.date()), DateBasis.STATED, shown.text(), 0.8);
    }
    if (d == null) {
      d = timeElements(doc, bound);
    }
    if (d == null) {
      d = scriptData(doc, bound);
    }
    PublicationDate fromUrl = fromUrl(url, bound);
    if (fromUrl != null && fromUrl.range().isExact()) {
      // A full date in the URL is set when the page is made: it beats metadata that disagrees
      // (metadata is often the date of the last rebuild of the page).
      if (d == null || !d.range().isExact() || !d.range().value().equals(fromUrl.range().value())) {
        return d != null && d.range().isExact() && fromUrl.range().contains(d.range().value()) ? d : fromUrl;
      }
      return d;
    }
    if (d != null) {
      if (fromUrl == null || fromUrl.range().contains(d.range().earliest())) {
        return d;
      }
    }
    PublicationDate stated = stated(doc, bound, fromUrl);
    if (stated != null) {
      return stated;
    }
    if (fromUrl != null) {
      return fromUrl;
    }
    PublicationDate modified = metadata(meta, ld, bound, MODIFIED_META, "dateModified", 0.5);
    if (modified != null) {
      return modified;
    }
    if (bound != null) {
      return new PublicationDate(DateRange.between(null, bound.minusDays(1)), DateBasis.CRAWL,
          "fetched " + bound.minusDays(1), 0.1);
    }
    return PublicationDate.unknown();
  }

  private static PublicationDate metadata(MetaTags meta, JsonLd ld, LocalDate bound, List<String> names,
      String ldField, double confidence) {
    for (JsonNode o : ld.objects()) {
      DateText.Found f = DateText.value(JsonLd.text(o, ldField));
      if (ok(f, bound)) {
        return new PublicationDate(DateRange.exact(f.date()), DateBasis.METADATA,
            "JSON-LD " + ldField + " " + f.text(), confidence);
      }
    }
    for (String name : names) {
      String v = meta.get(name);
      DateText.Found f = DateText.value(v);
      if (ok(f, bound)) {
        return new PublicationDate(DateRange.exact(f.date()), DateBasis.METADATA,
            name + " " + v.strip(), confidence);
      }
    }
    return null;
  }

  /** {@code <time>} and {@code abbr} marked as the published date, or the first dated one. */
  private static PublicationDate timeElements(Document doc, LocalDate bound) {
    PublicationDate first = null;
    for (Element t : doc.select("time[datetime], abbr.published[title]")) {
      String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("title");
      DateText.Found f = DateText.value(v);
      if (!ok(f, bound) || inFurniture(t)) {
        continue;
      }
      String marks = (t.className() + " " + t.parent().className() + " " + t.attributes()).toLowerCase(Locale.ROOT);
      boolean published = t.hasAttr("pubdate") || marks.contains("publish") || marks.contains("entry-date")
          || marks.contains("posted");
      PublicationDate p = new PublicationDate(DateRange.exact(f.date()), DateBasis.METADATA,
          "time " + v, published ? 0.85 : 0.7);
      if (published) {
        return p;
      }
      if (first == null && !marks.contains("modif") && !marks.contains("updat")) {
        first = p;
      }
    }
    return first;
  }

  /**
   * A published date in a page's script data (app state, analytics), where single-page apps keep
   * it: keys such as {@code "published_at"}, {@code "publishedDate"}, {@code "createdAt"}.
   */
  private static PublicationDate scriptData(Document doc, LocalDate bound) {
    for (Element s : doc.getElementsByTag("script")) {
      Matcher m = SCRIPT_DATE.matcher(s.data());
      while (m.find()) {
        DateText.Found f = DateText.value(m.group(2));
        if (ok(f, bound)) {
          return new PublicationDate(DateRange.exact(f.date()), DateBasis.METADATA,
              "script " + m.group(1) + " " + m.group(2), 0.6);
        }
      }
    }
    return null;
  }

  static PublicationDate fromUrl(String url, LocalDate bound) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DAY.matcher(url);
    if (m.find()) {
      DateText.Found f = DateText.value(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      if (ok(f, bound)) {
        return new PublicationDate(DateRange.exact(f.date()), DateBasis.URL, m.group(), 0.8);
      }
    }
    m = URL_DMY.matcher(url);
    if (m.find()) {
      DateText.Found f = DateText.value(m.group(3) + "-" + m.group(2) + "-" + m.group(1));
      if (ok(f, bound)) {
        return new PublicationDate(DateRange.exact(f.date()), DateBasis.URL, m.group(), 0.8);
      }
    }
    m = URL_MONTH.matcher(url);
    if (m.find()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
      LocalDate end = start.plusMonths(1).minusDays(1);
      if (bound == null || !start.isAfter(bound)) {
        return new PublicationDate(DateRange.between(start, bound != null && bound.isBefore(end) ? bound : end),
            DateBasis.URL, m.group(), 0.6);
      }
    }
    return null;
  }

  /**
   * A date written in the page's dating furniture (elements whose class or id speaks of dates,
   * bylines, post meta), else the first date of the visible text; within the URL's month if any.
   */
  private static PublicationDate stated(Document doc, LocalDate bound, PublicationDate url) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    boolean us = us(doc);
    for (Element e : body.getAllElements()) {
      String cls = e.className() + " " + e.id();
      if (cls.length() > 1 && HeaderDate.DATE_CLASS.matcher(cls).find() && !cls.toLowerCase(Locale.ROOT).contains("modif")
          && !cls.toLowerCase(Locale.ROOT).contains("comment")) {
        String text = e.text();
        if (text.length() > 200) {
          continue;
        }
        for (DateText.Found f : DateText.find(text, us)) {
          if (f.day() && ok(f, bound) && (url == null || url.range().contains(f.date()))) {
            return new PublicationDate(DateRange.exact(f.date()), DateBasis.STATED, f.text(), 0.7);
          }
        }
      }
    }
    String text = body.text();
    String head = text.length() > 20000 ? text.substring(0, 20000) : text;
    for (DateText.Found f : DateText.find(head, us)) {
      if (ok(f, bound) && (url == null || url.range().contains(f.date())) && !afterChangeLabel(head, f)) {
        DateRange r = f.day() ? DateRange.exact(f.date())
            : DateRange.between(f.date(), f.date().plusMonths(1).minusDays(1));
        return new PublicationDate(r, DateBasis.STATED, f.text(), 0.4);
      }
    }
    return null;
  }

  /** Whether the date follows a label of a later change ("Letzte Änderung:", "Updated"). */
  private static boolean afterChangeLabel(String text, DateText.Found f) {
    String before = text.substring(Math.max(0, f.at() - 25), f.at()).toLowerCase(Locale.ROOT);
    return CHANGE_LABEL.matcher(before).find();
  }

  /** Dates of teasers, comments and side bars are not the page's. */
  private static boolean inFurniture(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.tagName();
      if (tag.equals("a") || tag.equals("li") || tag.equals("aside") || tag.equals("nav") || tag.equals("footer")) {
        return true;
      }
      String w = ClassWords.words(p);
      if (w.contains("comment") || w.contains("related") || w.contains("sidebar") || w.contains("teaser")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a numeric day shown as 11/01 is the metadata's day read the other way round. */
  private static boolean swapped(DateText.Found shown, PublicationDate meta) {
    LocalDate s = shown.date();
    LocalDate m = meta.range().value();
    return !shown.text().chars().anyMatch(Character::isLetter) && s.getYear() == m.getYear()
        && s.getDayOfMonth() == m.getMonthValue() && s.getMonthValue() == m.getDayOfMonth();
  }

  private static boolean us(Document doc) {
    Element html = doc.selectFirst("html");
    return html != null && "en-us".equalsIgnoreCase(html.attr("lang"));
  }

  static boolean ok(DateText.Found f, LocalDate bound) {
    return f != null && f.date().getYear() >= 1995 && (bound == null || !f.date().isAfter(bound))
        && !f.date().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
  }
}

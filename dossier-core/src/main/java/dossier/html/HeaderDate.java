package dossier.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day a page shows its reader next to the headline: the first dated {@code <time>} or
 * date-classed element just after the {@code h1} (or just before it, where headers put the date
 * above the title). What the reader sees is what the page's editors meant, where metadata is often
 * the date of a rebuild, of an import, or in UTC.
 */
final class HeaderDate {
  static final Pattern DATE_CLASS = Pattern.compile(
      "date|time|publish|posted|submitted|byline|dateline|meta|info|datum|zeit|stand|entry-header|article-header",
      Pattern.CASE_INSENSITIVE);
  /** How many elements after and before the headline are searched. */
  private static final int AFTER = 60;
  private static final int BEFORE = 20;
  private static final int NEAR = 100;

  private HeaderDate() {}

  /**
   * The day shown by the headline: in a dated element just after it (or just before), else
   * written in the first {@code NEAR} characters of text after it; or null.
   */
  static DateText.Found of(Document doc, LocalDate bound, boolean monthFirst) {
    Element body = doc.body();
    Element h1 = body == null ? null : headline(doc, body);
    if (h1 == null) {
      return null;
    }
    List<Element> all = body.getAllElements();
    int at = all.indexOf(h1);
    int after = at + h1.getAllElements().size();
    for (int j = after; j < Math.min(all.size(), at + AFTER); j++) {
      DateText.Found f = shown(all.get(j), bound, monthFirst);
      if (f != null) {
        return f;
      }
    }
    for (int j = at - 1; j >= Math.max(0, at - BEFORE); j--) {
      DateText.Found f = shown(all.get(j), bound, monthFirst);
      if (f != null) {
        return f;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int j = after; j < all.size() && text.length() < NEAR; j++) {
      text.append(all.get(j).ownText()).append(' ');
    }
    for (DateText.Found f : DateText.find(text.toString(), monthFirst)) {
      if (f.at() < NEAR && f.day() && HtmlDates.ok(f, bound)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The h1 that holds the page's title (not the site's logo), else an h2 that does (pages that
   * set the article's title in h2), else the first long h1.
   */
  private static Element headline(Document doc, Element body) {
    String title = BodyHint.fold(doc.title());
    String head = BodyHint.fold(doc.title().split("\\s[|–—-]\\s")[0]);
    Element longish = null;
    for (Element h : body.getElementsByTag("h1")) {
      String t = BodyHint.fold(h.text());
      // The h1 may add a label to the title ("... Subscribers"), or the title add the site's name.
      if (t.length() >= 10 && title.contains(t) || head.length() >= 15 && t.contains(head)) {
        return h;
      }
      if (longish == null && t.length() >= 20) {
        longish = h;
      }
    }
    if (longish == null) {
      for (Element h : body.getElementsByTag("h2")) {
        String t = BodyHint.fold(h.text());
        if (t.length() >= 15 && title.contains(t)) {
          return h;
        }
      }
    }
    return longish != null ? longish : body.selectFirst("h1");
  }

  private static DateText.Found shown(Element e, LocalDate bound, boolean monthFirst) {
    boolean time = e.tagName().equals("time");
    String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (!time && (cls.length() < 2 || !DATE_CLASS.matcher(cls).find())) {
      return null;
    }
    if (cls.contains("comment")) {
      return null;
    }
    if (cls.contains("updat") || cls.contains("modif")) {
      // "Published ... updated ...": the published sibling is the page's day when there is one.
      for (Element sib : e.parent() == null ? List.<Element>of() : e.parent().children()) {
        if (sib != e && sib.className().toLowerCase(Locale.ROOT).contains("publish")) {
          DateText.Found f = shown(sib, bound, monthFirst);
          if (f != null) {
            return f;
          }
        }
      }
    }
    String text = e.text();
    if (text.length() > 200) {
      return null;
    }
    for (DateText.Found f : DateText.find(text, monthFirst)) {
      if (f.day() && HtmlDates.ok(f, bound)) {
        return f;
      }
    }
    if (time) {
      DateText.Found f = DateText.value(e.attr("datetime"));
      if (f != null && f.day() && HtmlDates.ok(f, bound)) {
        return f;
      }
    }
    return null;
  }
}

package dossier.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a page says about itself: title, outlet, authors, language; read before any cleaning. */
final class MetadataReader {
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•:-]\\s+|\\s+\\|");
  private static final Pattern BY = Pattern.compile("^(by|von|text|author|autor)\\s*:?\\s+",
      Pattern.CASE_INSENSITIVE);

  /** Page facts; any may be null. */
  record Meta(String title, String outlet, String byline, String language, List<String> authors) {}

  private MetadataReader() {}

  static Meta read(Document doc, MetaTags meta, JsonNode article) {
    String pageTitle = doc.title().strip();
    String og = meta.first(List.of("og:title", "twitter:title"));
    String ld = JsonLd.text(article, "headline");
    Element h1 = doc.selectFirst("h1");
    String title = pickTitle(h1 == null ? null : h1.text().strip(), og, ld, pageTitle);
    String outlet = first(meta.first(List.of("og:site_name", "application-name", "publisher",
        "dc.publisher", "twitter:site")), JsonLd.text(article, "publisher"), titleSuffix(pageTitle, title));
    if (outlet != null && outlet.startsWith("@")) {
      outlet = outlet.substring(1);
    }
    List<String> authors = authors(doc, meta, article);
    String lang = language(doc, meta, article);
    return new Meta(title, outlet, authors.isEmpty() ? null : String.join(", ", authors), lang, authors);
  }

  private static String pickTitle(String h1, String og, String ld, String pageTitle) {
    String known = first(og, ld, pageTitle);
    String folded = known == null ? "" : BodyHint.fold(known);
    if (h1 != null && h1.length() > 10 && !folded.isEmpty() && folded.contains(BodyHint.fold(h1))) {
      return h1;
    }
    String t = first(og, ld);
    if (t != null) {
      return t;
    }
    if (h1 != null && h1.length() > 10) {
      return h1;
    }
    if (pageTitle.isEmpty()) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(pageTitle);
    String longest = parts[0];
    for (String p : parts) {
      if (p.length() > longest.length()) {
        longest = p;
      }
    }
    return longest.strip();
  }

  /** "Title | Outlet": the short part after the title, when the page title has one. */
  private static String titleSuffix(String pageTitle, String title) {
    String[] parts = TITLE_SEPARATOR.split(pageTitle);
    if (parts.length < 2) {
      return null;
    }
    String last = parts[parts.length - 1].strip();
    return last.length() <= 40 && (title == null || !title.contains(last)) ? last : null;
  }

  private static List<String> authors(Document doc, MetaTags meta, JsonNode article) {
    Set<String> out = new LinkedHashSet<>(JsonLd.names(article, "author"));
    String m = meta.first(List.of("author", "article:author", "dc.creator", "parsely-author",
        "sailthru.author", "byl"));
    if (out.isEmpty() && m != null && !m.startsWith("http")) {
      out.add(m);
    }
    if (out.isEmpty()) {
      for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author, .author-name")) {
        String t = e.text().strip();
        if (!t.isEmpty() && t.length() < 80) {
          out.add(t);
          break;
        }
      }
    }
    List<String> clean = new ArrayList<>();
    for (String a : out) {
      String c = BY.matcher(a.strip()).replaceFirst("").strip();
      if (!c.isEmpty() && c.length() < 100 && !c.startsWith("http")) {
        clean.add(c);
      }
    }
    return clean;
  }

  private static String language(Document doc, MetaTags meta, JsonNode article) {
    Element html = doc.selectFirst("html");
    String l = first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
        meta.first(List.of("og:locale", "content-language", "language", "dc.language")),
        JsonLd.text(article, "inLanguage"));
    if (l == null) {
      return null;
    }
    l = l.strip().toLowerCase(Locale.ROOT);
    return l.length() >= 2 && Character.isLetter(l.charAt(0)) && Character.isLetter(l.charAt(1))
        && (l.length() == 2 || !Character.isLetter(l.charAt(2))) ? l.substring(0, 2) : null;
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}

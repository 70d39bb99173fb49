package dossier.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's meta tags ({@code name}, {@code property}, {@code http-equiv}) and schema.org
 * {@code itemprop} values, keyed in lower case, read in one pass; the first value of a key wins.
 */
final class MetaTags {
  private final Map<String, String> values = new HashMap<>();

  MetaTags(Document doc) {
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String k : List.of("property", "name", "http-equiv", "itemprop")) {
        String key = m.attr(k).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.putIfAbsent(key, content);
        }
      }
    }
    // RDFa on any element (Drupal): property="schema:dateCreated" content="2022-01-28T12:45:46+00:00".
    for (Element e : doc.getElementsByAttribute("property")) {
      String key = e.attr("property").strip().toLowerCase(Locale.ROOT);
      if (!e.tagName().equals("meta") && e.hasAttr("content") && key.startsWith("schema:")) {
        values.putIfAbsent(key, e.attr("content").strip());
      }
    }
    for (Element e : doc.getElementsByAttribute("itemprop")) {
      if (e.tagName().equals("meta")) {
        continue;
      }
      String key = e.attr("itemprop").strip().toLowerCase(Locale.ROOT);
      String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : null;
      if (v == null && key.startsWith("date")) {
        v = e.text();
      }
      if (v != null && !v.isBlank() && v.length() < 200) {
        values.putIfAbsent(key, v.strip());
      }
    }
  }

  /** The value of the first of {@code keys} present, or null. */
  String first(List<String> keys) {
    for (String k : keys) {
      String v = values.get(k);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  String get(String key) {
    return values.get(key);
  }
}

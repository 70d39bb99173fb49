package dossier.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened ({@code @graph}, arrays), with
 * helpers to read the article object among them. Broken scripts are skipped: pages often carry them.
 */
final class JsonLd {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  static JsonLd of(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        flatten(JSON.readTree(s.data()), out, 0);
      } catch (Exception e) {
        // Invalid JSON-LD is common (trailing commas, HTML comments); the page still has its DOM.
      }
    }
    return new JsonLd(out);
  }

  private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> flatten(c, out, depth + 1));
    } else if (n.isObject()) {
      out.add(n);
      flatten(n.get("@graph"), out, depth + 1);
      flatten(n.get("mainEntity"), out, depth + 1);
    }
  }

  /** The first object whose type names an article, report, posting or web page, or null. */
  JsonNode article() {
    JsonNode page = null;
    for (JsonNode o : objects) {
      String t = type(o);
      if (t.contains("article") || t.contains("posting") || t.contains("report")
          || t.contains("blog")) {
        return o;
      }
      if (page == null && t.contains("webpage")) {
        page = o;
      }
    }
    return page;
  }

  /** All objects, for fields that may sit on any of them. */
  List<JsonNode> objects() {
    return objects;
  }

  static String type(JsonNode o) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return "";
    }
    return (t.isArray() ? t.toString() : t.asText()).toLowerCase(Locale.ROOT);
  }

  /** A string field, or the {@code name} of an object field, or the first of an array; or null. */
  static String text(JsonNode o, String field) {
    if (o == null) {
      return null;
    }
    JsonNode v = o.get(field);
    if (v != null && v.isArray()) {
      v = v.size() > 0 ? v.get(0) : null;
    }
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isObject()) {
      v = v.get("name");
      return v == null || !v.isTextual() ? null : v.asText().strip();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** The names in a field holding one or more persons or organisations (authors). */
  static List<String> names(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = o == null ? null : o.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode n : v.isArray() ? v : List.of(v)) {
      JsonNode name = n.isObject() ? n.get("name") : n;
      if (name != null && name.isTextual() && !name.asText().isBlank()) {
        out.add(name.asText().strip());
      }
    }
    return out;
  }
}

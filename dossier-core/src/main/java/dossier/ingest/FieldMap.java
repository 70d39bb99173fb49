package dossier.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which field of a JSON record holds each article field. Defaults are the field's own name;
 * {@code --field text=body} makes {@code body} the text.
 */
public final class FieldMap {
  /** The article fields a record may carry. */
  public static final Set<String> FIELDS =
      Set.of("id", "url", "title", "text", "published", "outlet", "credit", "byline", "language");

  private final Map<String, String> names;

  private FieldMap(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  /** The default mapping: every field under its own name. */
  public static FieldMap defaults() {
    return new FieldMap(Map.of());
  }

  /**
   * A mapping from {@code FIELD=NAME} pairs.
   *
   * @throws IllegalArgumentException naming the pair that is not {@code FIELD=NAME} with a known field
   */
  public static FieldMap parse(Iterable<String> pairs) {
    Map<String, String> m = new HashMap<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1) {
        throw new IllegalArgumentException("field mapping '" + p + "' is not FIELD=NAME");
      }
      String field = p.substring(0, eq).trim();
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown article field '" + field + "' in '" + p
            + "'; known: " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
      }
      m.put(field, p.substring(eq + 1).trim());
    }
    return new FieldMap(m);
  }

  /** The record's name for {@code field}. */
  public String name(String field) {
    return names.getOrDefault(field, field);
  }
}

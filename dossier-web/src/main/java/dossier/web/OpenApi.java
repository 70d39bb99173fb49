package dossier.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3 document of the route table. */
final class OpenApi {
  private OpenApi() {}

  static Map<String, Object> document(List<Api.Route> routes, String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of("title", "Dossier API", "version", version,
        "description", "Read-only JSON API over one dossier. Lists are pages {total, offset, limit,"
            + " items}; errors are {error, status, detail}. Field meanings: docs/export.md."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Api.Route r : routes) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("tags", List.of(r.tag()));
      op.put("summary", r.summary());
      op.put("operationId", operationId(r.path()));
      op.put("parameters", r.params().stream().map(p -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("name", p.name());
        x.put("in", p.in());
        x.put("required", p.in().equals("path"));
        x.put("description", p.description());
        x.put("schema", Map.of("type", p.type()));
        return x;
      }).toList());
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", response("the result", "#/components/schemas/Any"));
      responses.put("400", response("malformed parameters", "#/components/schemas/Error"));
      if (r.path().contains("{")) {
        responses.put("404", response("no record with this id", "#/components/schemas/Error"));
      }
      if (r.path().equals("/api/search")) {
        responses.put("503", response("the dossier has no search index yet", "#/components/schemas/Error"));
      }
      op.put("responses", responses);
      paths.put(r.path(), Map.of("get", op));
    }
    doc.put("paths", paths);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "object");
    error.put("required", List.of("error", "status", "detail"));
    error.put("properties", Map.of("error", Map.of("type", "string"),
        "status", Map.of("type", "integer"), "detail", Map.of("type", "string")));
    doc.put("components", Map.of("schemas", Map.of("Error", error, "Any", Map.of("type", "object"))));
    return doc;
  }

  private static Map<String, Object> response(String description, String ref) {
    return Map.of("description", description,
        "content", Map.of("application/json", Map.of("schema", Map.of("$ref", ref))));
  }

  private static String operationId(String path) {
    StringBuilder b = new StringBuilder("get");
    for (String part : path.replace("/api/", "").split("[/.]")) {
      if (part.isEmpty()) {
        continue;
      }
      String w = part.startsWith("{") ? "By" + cap(part.substring(1, part.length() - 1)) : cap(part);
      b.append(w);
    }
    return b.toString();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

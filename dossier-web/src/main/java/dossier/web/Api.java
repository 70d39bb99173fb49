package dossier.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The route table: every GET route with its summary and parameters. The server registers its
 * handlers from it and the OpenAPI document is written from it, so the two cannot drift apart.
 */
final class Api {
  /** A parameter: {@code in} is "query" or "path"; {@code type} an OpenAPI type. */
  record Param(String name, String in, String type, String description) {}

  /** What a route does with a request: the body of a 200 answer. */
  @FunctionalInterface
  interface Handler {
    Object handle(Request req);
  }

  record Route(String path, String tag, String summary, List<Param> params, Handler handler) {}

  static final Param OFFSET = q("offset", "integer", "rows to skip, 0 to 1000000 (default 0)");
  static final Param LIMIT = q("limit", "integer", "rows to return, 1 to 100 (default 20)");
  static final Param ID = new Param("id", "path", "string", "the record's id, as in the export");
  static final Param FROM = q("from", "string", "day YYYY-MM-DD: keep what may reach it");
  static final Param TO = q("to", "string", "day YYYY-MM-DD: keep what may reach back to it");

  private final List<Route> routes = new ArrayList<>();

  static Param q(String name, String type, String description) {
    return new Param(name, "query", type, description);
  }

  void get(String path, String tag, String summary, Handler h, Param... params) {
    routes.add(new Route(path, tag, summary, List.of(params), h));
  }

  List<Route> routes() {
    return List.copyOf(routes);
  }
}

package dossier.web;

import static dossier.web.Api.q;

import java.util.List;
import java.util.Map;

/** {@code /api/entities}: entities with mentions and the entities they appear with. */
final class EntityRoutes {
  private static final int COOCCURRING = 20;

  private EntityRoutes() {}

  static void register(Api api) {
    api.get("/api/entities", "entities", "Entities, most mentioned first", EntityRoutes::list,
        q("type", "string", "PERSON, ORGANIZATION, LOCATION, ..."),
        q("q", "string", "part of a name or alias, any case"), Api.OFFSET, Api.LIMIT);
    api.get("/api/entities/{id}", "entities", "One entity with its counts and the "
        + COOCCURRING + " entities most often in the same articles", EntityRoutes::one, Api.ID,
        q("cooccurring", "integer", "how many co-occurring entities, 0 to 100 (default " + COOCCURRING
            + "; 0 skips their count, for a name lookup)"));
    api.get("/api/entities/{id}/mentions", "entities", "Mentions of one entity by article and offset",
        EntityRoutes::mentions, Api.ID, Api.OFFSET, Api.LIMIT);
    api.get("/api/entities/{id}/cooccurring", "entities", "Entities mentioned in the same articles,"
        + " by number of shared articles", EntityRoutes::cooccurring, Api.ID, Api.LIMIT);
  }

  private static Object list(Request req) {
    String type = req.params.word("type");
    String q = req.params.text("q");
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> Shapes.page(r.entities(type, q, offset, limit), offset, limit, Shapes::entity));
  }

  private static Object one(Request req) {
    String id = req.params.pathId("id");
    return req.read(r -> {
      var e = r.entity(id).orElseThrow(() -> ApiException.notFound("entity", id));
      Map<String, Object> m = Shapes.entity(e);
      int n = req.params.integer("cooccurring", COOCCURRING, 0, 100);
      m.put("cooccurring", n == 0 ? List.of()
          : r.cooccurring(id, n).stream().map(Shapes::cooccurrence).toList());
      return m;
    });
  }

  private static Object mentions(Request req) {
    String id = req.params.pathId("id");
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> {
      r.entity(id).orElseThrow(() -> ApiException.notFound("entity", id));
      return Shapes.page(r.mentions(id, offset, limit), offset, limit, Shapes::mention);
    });
  }

  private static Object cooccurring(Request req) {
    String id = req.params.pathId("id");
    int limit = req.params.limit();
    return req.read(r -> {
      r.entity(id).orElseThrow(() -> ApiException.notFound("entity", id));
      var list = r.cooccurring(id, limit);
      return Shapes.page(list.size(), list.stream().map(Shapes::cooccurrence).toList(), 0, limit);
    });
  }
}

package dossier.web;

import static dossier.web.Api.q;

import dossier.store.ApiReader;
import java.util.Map;

/** {@code /api/stories} and {@code /api/storylines}. */
final class StoryRoutes {
  private StoryRoutes() {}

  static void register(Api api) {
    api.get("/api/stories", "stories", "Stories (articles about one news event) in id order",
        StoryRoutes::list, q("entity", "string", "keep stories with this key entity"),
        q("article", "string", "keep the story holding this article"),
        q("sort", "string", "id (default), latest (latest reported first) or largest (most articles first)"),
        Api.OFFSET, Api.LIMIT);
    api.get("/api/stories/{id}", "stories", "One story with its summary's sources and its entities' names",
        StoryRoutes::one, Api.ID);
    api.get("/api/storylines", "stories", "Storylines (stories that follow one another) in id order",
        StoryRoutes::storylines, Api.OFFSET, Api.LIMIT);
    api.get("/api/storylines/{id}", "stories", "One storyline", StoryRoutes::storyline, Api.ID);
  }

  private static Object list(Request req) {
    String entity = req.params.id("entity");
    String article = req.params.id("article");
    ApiReader.StoryOrder order = order(req.params.word("sort"));
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> Shapes.page(r.stories(entity, article, order, offset, limit), offset, limit,
        Shapes::story));
  }

  private static ApiReader.StoryOrder order(String sort) {
    if (sort == null) {
      return ApiReader.StoryOrder.ID;
    }
    return switch (sort.toLowerCase(java.util.Locale.ROOT)) {
      case "id" -> ApiReader.StoryOrder.ID;
      case "latest" -> ApiReader.StoryOrder.LATEST;
      case "largest" -> ApiReader.StoryOrder.LARGEST;
      default -> throw ApiException.badRequest("parameter 'sort' must be id, latest or largest");
    };
  }

  private static Object one(Request req) {
    String id = req.params.pathId("id");
    return req.read(r -> {
      var s = r.story(id).orElseThrow(() -> ApiException.notFound("story", id));
      Map<String, Object> m = Shapes.story(s);
      m.put("citations", Shapes.sources(r.citations(id)));
      m.put("entity_names", ArticleRoutes.entityNames(r, s.entities()));
      return m;
    });
  }

  private static Object storylines(Request req) {
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> Shapes.page(r.storylines(offset, limit), offset, limit, Shapes::storyline));
  }

  private static Object storyline(Request req) {
    String id = req.params.pathId("id");
    return req.read(r -> Shapes.storyline(r.storyline(id)
        .orElseThrow(() -> ApiException.notFound("storyline", id))));
  }
}

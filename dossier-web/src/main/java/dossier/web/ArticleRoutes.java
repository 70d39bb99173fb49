package dossier.web;

import static dossier.web.Api.q;

import dossier.model.DuplicateGroup;
import dossier.store.ApiReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/articles}: the list with filters, and one article with its duplicate group. */
final class ArticleRoutes {
  private ArticleRoutes() {}

  static void register(Api api) {
    api.get("/api/articles", "articles", "Articles ordered by source then id, without their text",
        ArticleRoutes::list, q("outlet", "string", "outlet, any case"),
        q("credit", "string", "a wire credit, any case"), q("language", "string", "ISO 639-1 code"),
        Api.FROM, Api.TO, q("story", "string", "story id"), q("entity", "string", "entity id"),
        Api.OFFSET, Api.LIMIT);
    api.get("/api/articles/{id}", "articles", "One article with its text, flags, duplicate group"
        + " (each copy's changes) and stories", ArticleRoutes::one, Api.ID);
    api.get("/api/articles/{id}/mentions", "articles", "The entity mentions in one article, in text order",
        ArticleRoutes::mentions, Api.ID, Api.OFFSET, Api.LIMIT);
    api.get("/api/articles/{id}/times", "articles", "The time expressions in one article (body, title,"
        + " captions: see part), with their TIMEX3 value and day range", ArticleRoutes::times, Api.ID,
        Api.OFFSET, Api.LIMIT);
  }

  private static Object list(Request req) {
    Params p = req.params;
    var range = p.dayRange();
    var f = new ApiReader.ArticleFilter(p.text("outlet"), p.text("credit"), p.word("language"),
        range[0], range[1], p.id("story"), p.id("entity"));
    int offset = p.offset();
    int limit = p.limit();
    if (f.equals(new ApiReader.ArticleFilter(null, null, null, null, null, null, null))) {
      // the whole listing: its order is computed once per snapshot, a page is a slice of it
      List<String> order = req.view.memo("article-order", s -> new ApiReader(s).articleOrder());
      int from = Math.min(offset, order.size());
      List<String> ids = order.subList(from, Math.min(order.size(), from + limit));
      return Shapes.page(order.size(), req.read(r -> r.articleRows(ids)).stream()
          .map(x -> (Object) Shapes.articleRow(x)).toList(), offset, limit);
    }
    return req.read(r -> Shapes.page(r.articles(f, offset, limit), offset, limit, Shapes::articleRow));
  }

  private static Object one(Request req) {
    String id = req.params.pathId("id");
    return req.read(r -> {
      var a = r.article(id).orElseThrow(() -> ApiException.notFound("article", id));
      Map<String, Object> m = Shapes.article(a, r.flags(id));
      DuplicateGroup g = r.groupOf(id).orElse(null);
      if (g == null) {
        m.put("group", null);
      } else {
        var copies = g.members().stream().map(DuplicateGroup.Member::articleId).toList();
        m.put("group", Shapes.group(g, r.changes(copies)));
      }
      m.put("stories", r.stories(null, id, 0, 100).items().stream().map(s -> s.id()).toList());
      return m;
    });
  }

  private static Object mentions(Request req) {
    String id = req.params.pathId("id");
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> {
      r.article(id).orElseThrow(() -> ApiException.notFound("article", id));
      return Shapes.slice(r.articleMentions(id), offset, limit, Shapes::mention);
    });
  }

  private static Object times(Request req) {
    String id = req.params.pathId("id");
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> {
      r.article(id).orElseThrow(() -> ApiException.notFound("article", id));
      return Shapes.slice(r.articleTimes(id), offset, limit, Shapes::time);
    });
  }

  static Map<String, Object> entityNames(ApiReader r, List<String> ids) {
    Map<String, Object> out = new LinkedHashMap<>();
    r.entitiesById(ids.stream().filter(x -> x != null).distinct().toList()).forEach((id, e) -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("name", e.name());
      x.put("type", e.type());
      out.put(id, x);
    });
    return out;
  }
}

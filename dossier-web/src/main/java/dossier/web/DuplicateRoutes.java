package dossier.web;

import static dossier.web.Api.q;

import dossier.model.DuplicateGroup;
import java.util.ArrayList;
import java.util.List;

/** {@code /api/duplicates} (groups of copies with each copy's changes) and {@code /api/syndication}. */
final class DuplicateRoutes {
  private DuplicateRoutes() {}

  static void register(Api api) {
    api.get("/api/duplicates", "duplicates", "Duplicate groups in id order, with each copy's changes",
        DuplicateRoutes::list, Api.OFFSET, Api.LIMIT);
    api.get("/api/duplicates/{id}", "duplicates", "One duplicate group with each copy's changes",
        DuplicateRoutes::one, Api.ID);
    api.get("/api/syndication", "duplicates", "Which outlet republished which wire's stories, and how"
        + " often it edits them", DuplicateRoutes::syndication, q("wire", "string", "wire credit, any case"),
        q("outlet", "string", "republishing outlet, any case"), Api.OFFSET, Api.LIMIT);
  }

  private static Object list(Request req) {
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> {
      var page = r.groups(offset, limit);
      List<String> copies = new ArrayList<>();
      page.items().forEach(g -> g.members().forEach(m -> copies.add(m.articleId())));
      var changes = r.changes(copies);
      return Shapes.page(page, offset, limit, g -> Shapes.group(g, changes));
    });
  }

  private static Object one(Request req) {
    String id = req.params.pathId("id");
    return req.read(r -> {
      DuplicateGroup g = r.group(id).orElseThrow(() -> ApiException.notFound("duplicate group", id));
      return Shapes.group(g, r.changes(g.members().stream().map(DuplicateGroup.Member::articleId).toList()));
    });
  }

  private static Object syndication(Request req) {
    String wire = req.params.text("wire");
    String outlet = req.params.text("outlet");
    int offset = req.params.offset();
    int limit = req.params.limit();
    var rows = req.view.syndication().stream()
        .filter(x -> wire == null || wire.equalsIgnoreCase(x.wire()))
        .filter(x -> outlet == null || outlet.equalsIgnoreCase(x.outlet())).toList();
    return Shapes.slice(rows, offset, limit, Shapes::syndication);
  }
}

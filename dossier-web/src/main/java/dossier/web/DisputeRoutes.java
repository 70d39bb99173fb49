package dossier.web;

import static dossier.web.Api.q;

import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/disputes}: figures about the same thing that cannot all be true, each with its value,
 * who claims it and the sentences it comes from, so a page can set the claims side by side.
 */
final class DisputeRoutes {
  private DisputeRoutes() {}

  static void register(Api api) {
    api.get("/api/disputes", "figures", "Disputes between figures (id order), each with its figures,"
        + " their claimants and sources", DisputeRoutes::disputes,
        q("kind", "string", "KILLED, WOUNDED, DISPLACED, ..."), Api.OFFSET, Api.LIMIT);
  }

  private static Object disputes(Request req) {
    String kind = req.params.word("kind");
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> {
      var page = r.disputes(kind, offset, limit);
      List<String> figureIds = page.items().stream().flatMap(d -> d.figureIds().stream()).distinct().toList();
      Map<String, Figure> figures = new LinkedHashMap<>();
      r.figuresByIds(figureIds).forEach(f -> figures.put(f.id(), f));
      Map<String, FigureDetail> details = r.figureDetails(figureIds);
      List<String> names = new ArrayList<>();
      figures.values().forEach(f -> names.add(f.claimantId()));
      page.items().forEach(d -> names.add(d.side()));
      Map<String, Object> m = Shapes.page(page, offset, limit, d -> dispute(d, figures, details));
      m.put("entity_names", ArticleRoutes.entityNames(r, names));
      m.put("articles", articles(r, figures.values().stream().flatMap(f -> f.sources().stream())
          .map(e -> e.article()).toList()));
      return m;
    });
  }

  /** {@code {id: {title, outlet, published}}} for the articles a page cites, so links have a text. */
  static Map<String, Object> articles(dossier.store.ApiReader r, List<String> ids) {
    Map<String, Object> out = new LinkedHashMap<>();
    r.articleRows(ids.stream().distinct().toList()).forEach(a -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("title", a.title());
      x.put("outlet", a.outlet());
      x.put("published", Shapes.published(a.published()));
      out.put(a.id(), x);
    });
    return out;
  }

  private static Map<String, Object> dispute(FigureDispute d, Map<String, Figure> figures,
      Map<String, FigureDetail> details) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("kind", d.kind());
    m.put("counted_group", d.group());
    m.put("side", d.side());
    m.put("period", Shapes.date(d.period()));
    m.put("figures", d.figureIds().stream().filter(figures::containsKey)
        .map(id -> figure(figures.get(id), details.get(id))).toList());
    return m;
  }

  /** A figure as in {@code /api/figures}, with what its details add and its source sentences. */
  static Map<String, Object> figure(Figure f, FigureDetail d) {
    Map<String, Object> m = Shapes.figure(f);
    if (d != null) {
      m.put("counted", d.counted());
      m.put("claimant_text", d.claimantText());
      m.put("period", d.period());
      m.put("low", d.low());
      m.put("high", d.high());
      m.put("independent_sources", d.independentSources());
      m.put("sentences", d.sentences());
    }
    return m;
  }
}

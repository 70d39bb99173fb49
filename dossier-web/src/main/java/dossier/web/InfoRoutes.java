package dossier.web;

import dossier.store.ApiReader;
import dossier.store.Info;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/info}: what the dossier holds; {@code /api/openapi.json}: this API. */
final class InfoRoutes {
  private static final String[][] COUNTS = {{"articles", "articles"}, {"files", "files"},
      {"duplicates", "duplicate_groups"}, {"stories", "stories"}, {"storylines", "storylines"},
      {"entities", "entities"}, {"events", "events"}, {"figures", "figures"},
      {"times", "time_expressions"}, {"mentions", "mentions"}};

  private InfoRoutes() {}

  static void register(Api api, String version) {
    api.get("/api/info", "info", "Counts per section, date span, outlets and credits, the snapshot served",
        InfoRoutes::info);
    api.get("/api/openapi.json", "info", "This document", req -> OpenApi.document(api.routes(), version));
  }

  private static Object info(Request req) {
    return req.view.memo("info", store -> {
      Info info = store.info();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("snapshot", req.view.name());
      Map<String, Object> counts = new LinkedHashMap<>();
      for (String[] c : COUNTS) {
        counts.put(c[0], store.count(c[1]));
      }
      m.put("counts", counts);
      m.put("files_by_status", info.filesByStatus());
      Map<String, Object> span = new LinkedHashMap<>();
      span.put("earliest", Shapes.iso(info.earliest()));
      span.put("latest", Shapes.iso(info.latest()));
      m.put("published", span);
      m.put("outlets", info.outlets());
      m.put("credits", info.credits());
      // the web UI's overview: computed once per snapshot, like the rest of this answer
      ApiReader reader = new ApiReader(store);
      m.put("copies", reader.copies());
      List<Map<String, Object>> months = new ArrayList<>();
      for (ApiReader.MonthCount c : reader.articlesByMonth()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("month", c.month());
        x.put("articles", c.articles());
        months.add(x);
      }
      m.put("articles_by_month", months);
      return m;
    });
  }
}

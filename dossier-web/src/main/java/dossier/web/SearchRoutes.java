package dossier.web;

import static dossier.web.Api.q;

import dossier.search.FacetCount;
import dossier.search.QueryException;
import dossier.search.SearchHit;
import dossier.search.SearchIndex;
import dossier.search.SearchRequest;
import dossier.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/search} over the dossier's search index. The index is opened on first use; while the
 * dossier has none (or search is not built), the route answers 503 and tries again later.
 */
final class SearchRoutes implements AutoCloseable {
  private static final long RETRY_MILLIS = 2000;
  private static final List<String> KINDS = List.of("article", "event", "entity");

  private final Path dir;
  private SearchIndex index;
  private String failure;
  private long failedAt;

  SearchRoutes(Path dir) {
    this.dir = dir;
  }

  void register(Api api) {
    api.get("/api/search", "search", "Search articles, events and entities; copies of one story are"
        + " one hit (collapse=true)", this::search,
        q("q", "string", "query: words, \"phrases\", AND/OR/NOT, outlet:, entity:, type:, kind:,"
            + " story:, published:[2020-10-01 TO 2020-10-31]; at most "
            + SearchRequest.MAX_QUERY_CHARS + " characters"),
        q("kind", "string", "article, event, entity, or a comma list (default article)"),
        q("collapse", "boolean", "fold copies into their duplicate group (default true)"),
        q("facets", "boolean", "count outlet, entity, type, kind, story and month facets (default false)"),
        Api.OFFSET, Api.LIMIT);
  }

  private Object search(Request req) {
    Params p = req.params;
    String query = p.text("q");
    if (query != null && query.length() > SearchRequest.MAX_QUERY_CHARS) {
      throw ApiException.badRequest("query longer than " + SearchRequest.MAX_QUERY_CHARS + " characters");
    }
    List<String> kinds = new ArrayList<>();
    String kind = p.text("kind");
    if (kind != null) {
      for (String k : kind.split(",")) {
        String t = k.strip().toLowerCase(java.util.Locale.ROOT);
        if (!KINDS.contains(t)) {
          throw ApiException.badRequest("kind must be one of " + KINDS + ": " + Errors.quote(k));
        }
        if (!kinds.contains(t)) {
          kinds.add(t);
        }
      }
    }
    boolean collapse = p.flag("collapse", true);
    boolean facets = p.flag("facets", false);
    int offset = p.offset();
    int limit = p.integer("limit", 10, 1, SearchRequest.MAX_LIMIT);
    SearchResult result;
    try {
      result = index().search(new SearchRequest(query, kinds, offset, limit, collapse, facets));
    } catch (QueryException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Map<String, Object> m = Shapes.page(result.total(),
        result.hits().stream().map(SearchRoutes::hit).toList(), offset, limit);
    // "at least total": a page among the first hits without facets stops counting at 1,000
    m.put("total_is_lower_bound", result.totalIsLowerBound());
    Map<String, Object> f = new LinkedHashMap<>();
    result.facets().forEach((name, counts) -> f.put(name, counts.stream().map(SearchRoutes::facet).toList()));
    m.put("facets", f);
    m.put("took_ms", result.tookMillis());
    return m;
  }

  private synchronized SearchIndex index() {
    if (index != null) {
      return index;
    }
    if (failure != null && System.currentTimeMillis() - failedAt < RETRY_MILLIS) {
      throw unavailable(failure);
    }
    try {
      index = SearchIndex.open(dir);
      failure = null;
      return index;
    } catch (IOException | RuntimeException e) {
      failure = e.getMessage() == null ? e.toString() : e.getMessage();
      failedAt = System.currentTimeMillis();
      throw unavailable(failure);
    }
  }

  private ApiException unavailable(String why) {
    // the message names the dossier folder of the server's own command line, not client input
    return new ApiException(503, "service unavailable", "search is not available: " + why);
  }

  private static Map<String, Object> hit(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", h.kind());
    m.put("id", h.id());
    m.put("title", h.title());
    m.put("snippet", h.snippet());
    m.put("score", h.score());
    m.put("group", h.group());
    m.put("articles", h.articles());
    m.put("outlets", h.outlets());
    m.put("published", h.published());
    m.put("story", h.story());
    return m;
  }

  private static Map<String, Object> facet(FacetCount c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", c.value());
    m.put("count", c.count());
    return m;
  }

  @Override
  public synchronized void close() {
    if (index != null) {
      try {
        index.close();
      } catch (IOException e) {
        // closing on shutdown: nothing left to do
      }
      index = null;
    }
  }
}

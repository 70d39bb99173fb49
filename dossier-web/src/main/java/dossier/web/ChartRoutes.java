package dossier.web;

import static dossier.web.Api.q;

import dossier.model.DateRange;
import dossier.store.ApiReader;
import dossier.timeline.TimelineEntry;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event evidence with its words, and counts per month for the charts of the web UI (timeline, entity, figures pages): one small answer
 * however large the dossier, so a page draws the whole span without paging through records.
 */
final class ChartRoutes {
  private ChartRoutes() {}

  static void register(Api api) {
    api.get("/api/timeline/months", "timeline", "Timeline events per month of when they happened"
        + " (the middle of their date range; background apart; 'undated' counts undated events)",
        ChartRoutes::timeline, q("story", "string", "events reported in this story"),
        q("type", "string", "PLOVER type, any case"),
        q("entity", "string", "events with this participant, place or generic actor's affiliation"),
        q("place", "string", "events at this place"));
    api.get("/api/entities/{id}/months", "entities", "Mentions of one entity per month of the"
        + " mentioning articles' publication", ChartRoutes::mentions, Api.ID);
    api.get("/api/events/{id}/evidence", "events", "A page of one event's sources, each with the"
        + " words it points at ('text') and its article's listing fields", ChartRoutes::evidence,
        Api.ID, Api.OFFSET, Api.LIMIT);
    api.get("/api/figures/months", "figures", "Figures per kind and month of the day they refer to"
        + " (else of their first report), with the largest value", ChartRoutes::figures,
        q("kind", "string", "KILLED, WOUNDED, DISPLACED, ..."));
  }

  private static Object timeline(Request req) {
    Params p = req.params;
    boolean all = p.id("story") == null && p.word("type") == null && p.id("entity") == null
        && p.id("place") == null && p.text("background") == null && p.text("dated") == null;
    // the unfiltered counts (the timeline page's first request) once per snapshot
    return all ? req.view.memo("timeline-months", base -> timelineMonths(req)) : timelineMonths(req);
  }

  private static Map<String, Object> timelineMonths(Request req) {
    List<TimelineEntry> kept = TimelineRoutes.filtered(req, null, null);
    Map<String, long[]> months = new TreeMap<>();
    long undated = 0;
    for (TimelineEntry e : kept) {
      String m = month(e.date());
      if (m == null) {
        undated++;
        continue;
      }
      long[] n = months.computeIfAbsent(m, k -> new long[2]);
      n[e.background() ? 1 : 0]++;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", kept.size());
    out.put("months", months.entrySet().stream().map(x -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("month", x.getKey());
      r.put("events", x.getValue()[0]);
      r.put("background", x.getValue()[1]);
      return r;
    }).toList());
    out.put("undated", undated);
    return out;
  }

  /** The month of the middle of a known range (an event's best guess), else null. */
  static String month(DateRange d) {
    if (d == null || d.earliest() == null || d.latest() == null) {
      return d == null || d.value() == null ? null : d.value().toString().substring(0, 7);
    }
    var day = d.value() != null ? d.value()
        : d.earliest().plusDays(ChronoUnit.DAYS.between(d.earliest(), d.latest()) / 2);
    return day.toString().substring(0, 7);
  }

  private static Object mentions(Request req) {
    String id = req.params.pathId("id");
    return req.read(r -> {
      r.entity(id).orElseThrow(() -> ApiException.notFound("entity", id));
      return months(r.mentionMonths(id));
    });
  }

  private static Object evidence(Request req) {
    String id = req.params.pathId("id");
    int offset = req.params.offset();
    int limit = req.params.limit();
    return req.read(r -> {
      r.event(id).orElseThrow(() -> ApiException.notFound("event", id));
      return Shapes.page(r.eventEvidence(id, offset, limit), offset, limit, x -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", x.evidence().article());
        m.put("start", x.evidence().start());
        m.put("end", x.evidence().end());
        m.put("context", x.evidence().context());
        m.put("part", x.evidence().part());
        m.put("text", x.text());
        m.put("title", x.article() == null ? null : x.article().title());
        m.put("outlet", x.article() == null ? null : x.article().outlet());
        m.put("published", x.article() == null ? null : Shapes.published(x.article().published()));
        return m;
      });
    });
  }

  private static Object figures(Request req) {
    String kind = req.params.word("kind");
    if (kind == null) {
      // every kind: the figures page's first request, once per snapshot
      return req.view.memo("figure-months", base -> months(new ApiReader(base).figureMonths(null)));
    }
    return req.read(r -> months(r.figureMonths(kind)));
  }

  private static Map<String, Object> months(List<ApiReader.MonthTally> rows) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("months", rows.stream().filter(x -> x.month() != null).map(ChartRoutes::row).toList());
    out.put("undated", rows.stream().filter(x -> x.month() == null).map(ChartRoutes::row).toList());
    return out;
  }

  private static Map<String, Object> row(ApiReader.MonthTally x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("month", x.month());
    if (x.kind() != null) {
      m.put("kind", x.kind());
    }
    m.put("count", x.count());
    m.put("articles", x.articles());
    if (x.max() != null) {
      m.put("max", x.max());
    }
    return m;
  }
}

package dossier.web;

import static dossier.web.Api.q;

import dossier.model.Evidence;
import dossier.timeline.TimelineEntry;
import dossier.timeline.TimelineQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /api/timeline}: the parameters of {@code dossier timeline}, paged. */
final class TimelineRoutes {
  private TimelineRoutes() {}

  static void register(Api api) {
    api.get("/api/timeline", "timeline", "Events in the order they happened (as dossier timeline);"
        + " 'undated_omitted' counts undated events a date bound left out", TimelineRoutes::timeline,
        q("story", "string", "events reported in this story"), Api.FROM, Api.TO,
        q("type", "string", "PLOVER type, any case"),
        q("entity", "string", "events with this participant, place or generic actor's affiliation (entity_role says which)"),
        q("place", "string", "events at this place"),
        q("background", "boolean", "true: only background facts (events well before their reports);"
            + " false: none"),
        q("dated", "boolean", "true: only events with a known date range; false: only undated ones"),
        Api.OFFSET, Api.LIMIT);
  }

  /**
   * The entries kept by the request's story, type, entity, place, background and dated
   * parameters, within {@code from..to}.
   */
  static List<TimelineEntry> filtered(Request req, java.time.LocalDate from, java.time.LocalDate to) {
    Params p = req.params;
    String story = p.id("story");
    String type = p.word("type");
    String entity = p.id("entity");
    String place = p.id("place");
    Boolean background = p.text("background") == null ? null : p.flag("background", false);
    Boolean dated = p.text("dated") == null ? null : p.flag("dated", false);
    TimelineQuery q = new TimelineQuery(story, from, to, type);
    Map<String, Map<String, String>> affiliated = entity == null ? Map.of() : affiliations(req);
    // one pass over the snapshot's entries (100,000 on a large dossier), no intermediate lists
    List<TimelineEntry> out = new ArrayList<>();
    for (TimelineEntry e : req.view.timeline()) {
      if (q.keeps(e)
          && (entity == null || entity.equals(e.location()) || e.participants().contains(entity)
              || affiliated.getOrDefault(e.event(), Map.of()).containsKey(entity))
          && (place == null || place.equals(e.location()))
          && (background == null || background == e.background())
          && (dated == null || dated == e.date().isKnown())) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Entities events name only as a generic actor's affiliation ("Turkish police" names Turkey), by
   * event: read once per snapshot.
   */
  static Map<String, Map<String, String>> affiliations(Request req) {
    return req.view.memo("event-affiliations", dossier.store.TimelineRows::affiliations);
  }

  /**
   * How an entry names the entity it was filtered by: "participant", "place", or "affiliation"
   * (only as a generic actor's country or organisation, with that actor in {@code affiliated_as}).
   */
  static void markRole(Map<String, Object> shaped, String entity, List<String> participants,
      String location, Map<String, String> affiliated) {
    if (participants.contains(entity)) {
      shaped.put("entity_role", "participant");
    } else if (entity.equals(location)) {
      shaped.put("entity_role", "place");
    } else if (affiliated != null && affiliated.containsKey(entity)) {
      shaped.put("entity_role", "affiliation");
      shaped.put("affiliated_as", affiliated.get(entity));
    }
  }

  private static Object timeline(Request req) {
    Params p = req.params;
    var range = p.dayRange();
    int offset = p.offset();
    int limit = p.limit();
    boolean bounded = range[0] != null || range[1] != null;
    // the entries without the date bounds once: the bounds' window and the undated count from it
    List<TimelineEntry> all = filtered(req, null, null);
    List<TimelineEntry> kept = bounded ? new TimelineQuery(null, range[0], range[1], null).apply(all) : all;
    int from = Math.min(offset, kept.size());
    List<TimelineEntry> page = withSources(req, kept.subList(from, Math.min(kept.size(), from + limit)));
    String entity = p.id("entity");
    Map<String, Map<String, String>> affiliated = entity == null ? Map.of() : affiliations(req);
    Map<String, Object> m = Shapes.page(kept.size(), page.stream().map(e -> {
      Map<String, Object> x = Shapes.timeline(e);
      if (entity != null) {
        markRole(x, entity, e.participants(), e.location(), affiliated.get(e.event()));
      }
      return (Object) x;
    }).toList(), offset, limit);
    long undated = bounded ? all.stream().filter(e -> !e.date().isKnown()).count() : 0;
    m.put("undated_omitted", undated);
    List<String> ids = new ArrayList<>();
    page.forEach(e -> {
      ids.add(e.location());
      ids.addAll(e.participants());
    });
    m.put("entity_names", req.read(r -> ArticleRoutes.entityNames(r, ids)));
    return m;
  }

  /** The entries with their sources and sentences, read for this page alone. */
  static List<TimelineEntry> withSources(Request req, List<TimelineEntry> page) {
    if (page.isEmpty()) {
      return page;
    }
    Map<String, List<Evidence>> sources = req.read(r -> r.eventSources(page.stream()
        .map(TimelineEntry::event).toList()));
    return page.stream()
        .map(e -> e.withSources(sources.getOrDefault(e.event(), List.of()))).toList();
  }
}

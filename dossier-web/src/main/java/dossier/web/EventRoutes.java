package dossier.web;

import static dossier.web.Api.q;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/events} and {@code /api/figures} (with disputes when the store has them). */
final class EventRoutes {
  private EventRoutes() {}

  static void register(Api api) {
    api.get("/api/events", "events", "Events (PLOVER type, participants, place, date, sources) in id order;"
        + " entity_names maps the entity ids on the page to names", EventRoutes::events,
        q("type", "string", "PLOVER type, any case"), q("status", "string", "happened, planned, ..."),
        q("entity", "string", "a participant, the place, or a generic actor's affiliation (entity_role says which)"), q("article", "string", "reported in this article"),
        Api.FROM, Api.TO, Api.OFFSET, Api.LIMIT);
    api.get("/api/events/{id}", "events", "One event", EventRoutes::event, Api.ID);
    api.get("/api/figures", "figures", "Figures (value, kind, qualifier, claimant, sources) in id order",
        EventRoutes::figures, q("kind", "string", "KILLED, WOUNDED, DISPLACED, ..."),
        q("claimant", "string", "entity id of who claimed it"), q("article", "string", "reported in this article"),
        q("story", "string", "reported in an article of this story"),
        Api.FROM, Api.TO, Api.OFFSET, Api.LIMIT);
    api.get("/api/figures/{id}", "figures", "One figure with the disputes it is part of (when the"
        + " dossier has them)", EventRoutes::figure, Api.ID);
  }

  private static Object events(Request req) {
    Params p = req.params;
    String type = p.word("type");
    String status = p.word("status");
    String entity = p.id("entity");
    String article = p.id("article");
    var range = p.dayRange();
    int offset = p.offset();
    int limit = p.limit();
    return req.read(r -> {
      var page = r.events(type, status, entity, article, range[0], range[1], offset, limit);
      Map<String, Object> m = Shapes.page(page, offset, limit, e -> {
        Map<String, Object> x = Shapes.event(e);
        if (entity != null) {
          TimelineRoutes.markRole(x, entity, e.participants().stream()
              .filter(y -> !y.isGeneric()).map(y -> y.entityId()).toList(), e.locationId(),
              affiliations(e));
        }
        return (Object) x;
      });
      m.put("entity_names", ArticleRoutes.entityNames(r, entityIds(page.items())));
      return m;
    });
  }

  private static Object event(Request req) {
    String id = req.params.pathId("id");
    return req.read(r -> {
      var e = r.event(id).orElseThrow(() -> ApiException.notFound("event", id));
      Map<String, Object> m = Shapes.event(e);
      m.put("entity_names", ArticleRoutes.entityNames(r, entityIds(List.of(e))));
      return m;
    });
  }

  /** The affiliations of an event's generic actors with the actor's display ("police (COP)"). */
  private static Map<String, String> affiliations(dossier.model.Event e) {
    Map<String, String> out = new LinkedHashMap<>();
    e.participants().stream().filter(x -> x.isGeneric() && x.actor().affiliationId() != null)
        .forEach(x -> out.putIfAbsent(x.actor().affiliationId(), x.actor().display()));
    return out;
  }

  /** The places and participants the events name, for their {@code entity_names}. */
  private static List<String> entityIds(List<dossier.model.Event> events) {
    List<String> ids = new ArrayList<>();
    events.forEach(e -> {
      ids.add(e.locationId());
      e.participants().forEach(x -> ids.add(x.isGeneric() ? x.actor().affiliationId() : x.entityId()));
    });
    return ids;
  }

  private static Object figures(Request req) {
    Params p = req.params;
    String kind = p.word("kind");
    String claimant = p.id("claimant");
    String article = p.id("article");
    String story = p.id("story");
    var range = p.dayRange();
    int offset = p.offset();
    int limit = p.limit();
    return req.read(r -> {
      var page = r.figures(kind, claimant, article, story, range[0], range[1], offset, limit);
      Map<String, Object> m = Shapes.page(page, offset, limit, Shapes::figure);
      m.put("entity_names", ArticleRoutes.entityNames(r,
          page.items().stream().map(f -> f.claimantId()).toList()));
      m.put("articles", DisputeRoutes.articles(r, page.items().stream()
          .flatMap(f -> f.sources().stream()).map(e -> e.article()).toList()));
      return m;
    });
  }

  private static Object figure(Request req) {
    String id = req.params.pathId("id");
    return req.read(r -> {
      var f = r.figure(id).orElseThrow(() -> ApiException.notFound("figure", id));
      Map<String, Object> m = Shapes.figure(f);
      Map<String, Object> disputes = new LinkedHashMap<>();
      for (String table : r.disputeTables()) {
        disputes.put(table, r.disputeRows(table, id));
      }
      m.put("disputes", disputes);
      m.put("entity_names", ArticleRoutes.entityNames(r, java.util.Collections.singletonList(f.claimantId())));
      return m;
    });
  }
}

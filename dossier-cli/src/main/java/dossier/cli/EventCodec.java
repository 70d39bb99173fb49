package dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.figures.FigureMention;
import dossier.model.Claim;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.FigureDetail;
import dossier.model.GenericActor;
import dossier.model.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of one article's event and figure mentions ({@code event_mentions}): a JSON
 * array each, field by field, so that what is read back equals what was written (doubles keep
 * every digit; an event has no id before the cross-article merge gives it one).
 */
final class EventCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventCodec() {}

  static String events(List<Event> events) {
    ArrayNode a = JSON.createArrayNode();
    for (Event e : events) {
      ObjectNode o = a.addObject().put("type", e.type()).put("mode", e.mode())
          .put("status", e.status()).put("location", e.locationId())
          .put("confidence", e.confidence()).put("dateBasis", e.dateBasis());
      o.set("date", range(e.date()));
      ArrayNode ps = o.putArray("participants");
      e.participants().forEach(p -> {
        ObjectNode x = ps.addObject().put("entity", p.entityId()).put("role", p.role());
        if (p.isGeneric()) {
          GenericActor g = p.actor();
          x.put("label", g.label()).put("sector", g.sector()).put("text", g.text())
              .put("affiliation", g.affiliationId()).put("article", g.article())
              .put("part", g.part()).put("start", g.start()).put("end", g.end());
        }
      });
      ArrayNode ss = o.putArray("sources");
      e.sources().forEach(s -> ss.add(evidence(s)));
      if (!e.claims().isEmpty()) {
        ArrayNode cs = o.putArray("claims");
        e.claims().forEach(c -> cs.addObject().put("claimant", c.claimantId())
            .put("text", c.claimantText()).set("source", evidence(c.source())));
      }
    }
    return write(a);
  }

  static List<Event> events(String json) {
    List<Event> out = new ArrayList<>();
    for (JsonNode o : read(json)) {
      List<Participant> ps = new ArrayList<>();
      o.get("participants").forEach(p -> ps.add(p.hasNonNull("label")
          ? Participant.generic(new GenericActor(text(p, "text"), text(p, "label"),
              text(p, "sector"), text(p, "affiliation"), text(p, "article"), text(p, "part"),
              p.get("start").intValue(), p.get("end").intValue()), text(p, "role"))
          : new Participant(text(p, "entity"), text(p, "role"))));
      List<Evidence> ss = new ArrayList<>();
      o.get("sources").forEach(s -> ss.add(evidence(s)));
      List<Claim> cs = new ArrayList<>();
      if (o.has("claims")) { // stored before claims were read: none
        o.get("claims").forEach(c -> cs.add(new Claim(evidence(c.get("source")),
            text(c, "claimant"), text(c, "text"))));
      }
      out.add(new Event(null, text(o, "type"), text(o, "mode"), text(o, "status"),
          range(o.get("date")), text(o, "location"), ps, ss, o.get("confidence").doubleValue(),
          cs, text(o, "dateBasis"))); // null: stored before date bases
    }
    return out;
  }

  static String figures(List<FigureMention> figures) {
    ArrayNode a = JSON.createArrayNode();
    for (FigureMention f : figures) {
      ObjectNode o = a.addObject().put("key", f.key()).put("value", f.value())
          .put("kind", f.kind()).put("qualifier", f.qualifier()).put("claimant", f.claimantId());
      o.set("date", range(f.date()));
      o.set("evidence", evidence(f.evidence()));
      FigureDetail d = f.detail();
      ObjectNode x = o.putObject("detail").put("figure", d.figureId()).put("counted", d.counted())
          .put("group", d.group()).put("side", d.side()).put("claimantText", d.claimantText())
          .put("period", d.period()).put("base", d.baseId()).put("derivation", d.derivation())
          .put("low", d.low()).put("high", d.high()).put("sources", d.independentSources());
      x.set("periodRange", range(d.periodRange()));
      x.set("reported", range(d.reported()));
      ArrayNode ss = x.putArray("sentences");
      d.sentences().forEach(ss::add);
    }
    return write(a);
  }

  static List<FigureMention> figures(String json) {
    List<FigureMention> out = new ArrayList<>();
    for (JsonNode o : read(json)) {
      JsonNode x = o.get("detail");
      List<String> sentences = new ArrayList<>();
      x.get("sentences").forEach(s -> sentences.add(s.asText()));
      FigureDetail d = new FigureDetail(text(x, "figure"), text(x, "counted"), text(x, "group"),
          text(x, "side"), text(x, "claimantText"), text(x, "period"), range(x.get("periodRange")),
          range(x.get("reported")), text(x, "base"), text(x, "derivation"), number(x, "low"),
          number(x, "high"), x.get("sources").intValue(), sentences);
      out.add(new FigureMention(text(o, "key"), o.get("value").doubleValue(), text(o, "kind"),
          text(o, "qualifier"), text(o, "claimant"), range(o.get("date")),
          evidence(o.get("evidence")), d));
    }
    return out;
  }

  private static ArrayNode range(DateRange r) {
    ArrayNode a = JSON.createArrayNode();
    for (LocalDate d : new LocalDate[] {r.value(), r.earliest(), r.latest()}) {
      if (d == null) {
        a.addNull();
      } else {
        a.add(d.toString());
      }
    }
    return a;
  }

  private static DateRange range(JsonNode a) {
    return new DateRange(day(a.get(0)), day(a.get(1)), day(a.get(2)));
  }

  private static LocalDate day(JsonNode n) {
    return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
  }

  private static ObjectNode evidence(Evidence e) {
    return JSON.createObjectNode().put("article", e.article()).put("start", e.start())
        .put("end", e.end()).put("context", e.context()).put("part", e.part());
  }

  private static Evidence evidence(JsonNode o) {
    return new Evidence(text(o, "article"), o.get("start").intValue(), o.get("end").intValue(),
        text(o, "context"), text(o, "part"));
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Double number(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.doubleValue();
  }

  private static String write(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode event mentions", e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored event mentions are not JSON: " + e.getMessage(), e);
    }
  }
}

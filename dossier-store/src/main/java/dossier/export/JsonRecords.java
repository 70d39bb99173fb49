package dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.Claim;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.PublicationDate;
import dossier.model.RemovedLine;
import dossier.model.Span;
import dossier.model.Story;
import dossier.model.TimeExpression;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of each record in JSON, written into an object the caller has opened. Every date is
 * the same object {@code {"value", "earliest", "latest"}}, {@code value} null unless the day is
 * known exactly; docs/export.md lists every field.
 */
final class JsonRecords {
  private JsonRecords() {}

  /** Writes a record's fields into the current JSON object. */
  @FunctionalInterface
  interface Fields<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  static void article(JsonGenerator g, Article a) throws IOException {
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.source());
    g.writeStringField("url", a.url());
    g.writeStringField("title", a.title());
    g.writeStringField("text", a.text());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("credit", a.credit());
    strings(g, "credits", a.credits());
    g.writeStringField("byline", a.byline());
    g.writeStringField("dateline", a.dateline());
    g.writeStringField("language", a.language());
    published(g, a.published());
    g.writeArrayFieldStart("paragraphs");
    for (Span s : a.paragraphs()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("captions");
    for (Caption c : a.captions()) {
      g.writeStartObject();
      g.writeStringField("text", c.text());
      g.writeNumberField("line", c.line());
      date(g, "date", c.date());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("removed");
    for (RemovedLine r : a.removed()) {
      g.writeStartObject();
      g.writeNumberField("line", r.line());
      g.writeStringField("text", r.text());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code members} holds every article of the group, the canonical one first. */
  static void duplicate(JsonGenerator g, DuplicateGroup d) throws IOException {
    g.writeStringField("id", d.id());
    g.writeStringField("canonical", d.canonical());
    g.writeArrayFieldStart("members");
    g.writeString(d.canonical());
    for (DuplicateGroup.Member m : d.members()) {
      if (!m.articleId().equals(d.canonical())) {
        g.writeString(m.articleId());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relations");
    for (DuplicateGroup.Member m : d.members()) {
      g.writeStartObject();
      g.writeStringField("article", m.articleId());
      g.writeStringField("relation", m.relation());
      g.writeNumberField("similarity", m.similarity());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void story(JsonGenerator g, Story s) throws IOException {
    g.writeStringField("id", s.id());
    g.writeStringField("label", s.label());
    strings(g, "articles", s.articles());
    date(g, "span", s.span());
    strings(g, "entities", s.entities());
    g.writeStringField("summary", s.summary());
  }

  static void entity(JsonGenerator g, Entity e, dossier.store.EntityStats stats) throws IOException {
    g.writeStringField("id", e.id());
    g.writeStringField("name", e.name());
    g.writeStringField("type", e.type());
    strings(g, "aliases", e.aliases());
    g.writeNumberField("mentions", stats == null ? 0 : stats.mentions());
    strings(g, "articles", stats == null ? java.util.List.of() : stats.articles());
  }

  static void mention(JsonGenerator g, Mention m) throws IOException {
    g.writeStringField("article", m.articleId());
    g.writeNumberField("start", m.start());
    g.writeNumberField("end", m.end());
    g.writeStringField("text", m.text());
    g.writeStringField("type", m.type());
    g.writeStringField("entity", m.entityId());
    g.writeStringField("part", m.part());
  }

  static void time(JsonGenerator g, TimeExpression t) throws IOException {
    g.writeStringField("article", t.articleId());
    g.writeNumberField("start", t.start());
    g.writeNumberField("end", t.end());
    g.writeStringField("text", t.text());
    g.writeStringField("type", t.timexType());
    g.writeStringField("value", t.value());
    date(g, "date", t.range() == null ? DateRange.unknown() : t.range());
    g.writeStringField("part", t.part());
  }

  static void event(JsonGenerator g, Event e) throws IOException {
    eventFields(g, e);
    sources(g, e.sources());
    g.writeNumberField("confidence", e.confidence());
  }

  /** An event's fields up to its sources. */
  static void eventFields(JsonGenerator g, Event e) throws IOException {
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type());
    g.writeStringField("mode", e.mode());
    g.writeStringField("status", e.status());
    date(g, "date", e.date(), e.dateBasis());
    g.writeStringField("location", e.locationId());
    g.writeArrayFieldStart("participants");
    for (Participant p : e.participants()) {
      if (!p.isGeneric()) {
        g.writeString(p.entityId()); // entity ids only, as the acceptance format has them
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("roles");
    for (Participant p : e.participants()) {
      g.writeStartObject();
      g.writeStringField("entity", p.entityId());
      g.writeStringField("role", p.role());
      if (p.isGeneric()) {
        actor(g, p.actor());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("claims"); // whose word each attributed report is
    for (Claim c : e.claims()) {
      g.writeStartObject();
      g.writeStringField("claimant", c.claimantId());
      g.writeStringField("claimant_text", c.claimantText());
      g.writeStringField("article", c.source().article());
      g.writeNumberField("start", c.source().start());
      g.writeNumberField("end", c.source().end());
      g.writeStringField("part", c.source().part());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A generic actor's fields inside its participant object ({@code entity} is null). */
  static void actor(JsonGenerator g, dossier.model.GenericActor a) throws IOException {
    g.writeStringField("label", a.label());
    g.writeStringField("sector", a.sector());
    g.writeStringField("text", a.text());
    g.writeStringField("affiliation", a.affiliationId());
    g.writeStringField("article", a.article());
    g.writeStringField("part", a.part());
    g.writeNumberField("start", a.start());
    g.writeNumberField("end", a.end());
  }

  static void figure(JsonGenerator g, Figure f) throws IOException {
    g.writeStringField("id", f.id());
    g.writeNumberField("value", f.value());
    g.writeStringField("kind", f.kind());
    g.writeStringField("qualifier", f.qualifier());
    g.writeStringField("claimant", f.claimantId());
    date(g, "date", f.date());
    sources(g, f.sources());
  }

  /** A date range as {@code {"value", "earliest", "latest"}}, always an object. */
  static void date(JsonGenerator g, String name, DateRange d) throws IOException {
    g.writeObjectFieldStart(name);
    range(g, d);
    g.writeEndObject();
  }

  /**
   * A date object with {@code basis}: what an event's date rests on ({@code STATED}, {@code
   * CAPTION}, {@code REPORT}; null when not known).
   */
  static void date(JsonGenerator g, String name, DateRange d, String basis) throws IOException {
    g.writeObjectFieldStart(name);
    range(g, d);
    g.writeStringField("basis", basis);
    g.writeEndObject();
  }

  private static void published(JsonGenerator g, PublicationDate p) throws IOException {
    g.writeObjectFieldStart("published");
    range(g, p.range());
    g.writeStringField("basis", p.basis().name());
    g.writeStringField("evidence", p.evidence());
    g.writeNumberField("confidence", p.confidence());
    g.writeEndObject();
  }

  private static void range(JsonGenerator g, DateRange d) throws IOException {
    g.writeStringField("value", iso(d.value()));
    g.writeStringField("earliest", iso(d.earliest()));
    g.writeStringField("latest", iso(d.latest()));
  }

  static void sources(JsonGenerator g, List<Evidence> sources) throws IOException {
    evidence(g, "sources", sources, true);
  }

  /** An array of evidence objects {@code {article, start, end}}, with {@code context} if asked. */
  static void evidence(JsonGenerator g, String name, List<Evidence> list, boolean withContext)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Evidence e : list) {
      g.writeStartObject();
      g.writeStringField("article", e.article());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      if (withContext) {
        g.writeStringField("context", e.context());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}

package dossier.web;

import dossier.dedup.Syndication;
import dossier.model.Article;
import dossier.model.ArticleFlag;
import dossier.model.CopyChanges;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.PublicationDate;
import dossier.model.Story;
import dossier.model.Storyline;
import dossier.store.ApiReader;
import dossier.timeline.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shape of each record: the field names and date objects of the export (docs/export.md),
 * so ids and fields read the same in an export and in the API.
 */
final class Shapes {
  private Shapes() {}

  static <T> Map<String, Object> page(ApiReader.Page<T> p, int offset, int limit,
      Function<T, Object> shape) {
    return page(p.total(), p.items().stream().map(shape).toList(), offset, limit);
  }

  static Map<String, Object> page(long total, List<?> items, int offset, int limit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", total);
    m.put("offset", offset);
    m.put("limit", limit);
    m.put("items", items);
    return m;
  }

  /** A page of an in-memory list. */
  static <T> Map<String, Object> slice(List<T> all, int offset, int limit, Function<T, Object> shape) {
    int from = Math.min(offset, all.size());
    int to = Math.min(all.size(), from + limit);
    return page(all.size(), all.subList(from, to).stream().map(shape).toList(), offset, limit);
  }

  static Map<String, Object> date(DateRange d) {
    Map<String, Object> m = new LinkedHashMap<>();
    DateRange r = d == null ? DateRange.unknown() : d;
    m.put("value", iso(r.value()));
    m.put("earliest", iso(r.earliest()));
    m.put("latest", iso(r.latest()));
    return m;
  }

  /** An event's date object with {@code basis}: STATED, CAPTION, REPORT, or null (not known). */
  static Map<String, Object> date(DateRange d, String basis) {
    Map<String, Object> m = date(d);
    m.put("basis", basis);
    return m;
  }

  static Map<String, Object> published(PublicationDate p) {
    Map<String, Object> m = date(p.range());
    m.put("basis", p.basis().name());
    m.put("evidence", p.evidence());
    m.put("confidence", p.confidence());
    return m;
  }

  static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static Map<String, Object> articleRow(ApiReader.ArticleRow a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("source", a.source());
    m.put("url", a.url());
    m.put("title", a.title());
    m.put("outlet", a.outlet());
    m.put("credit", a.credit());
    m.put("language", a.language());
    m.put("published", published(a.published()));
    m.put("group", a.group());
    return m;
  }

  static Map<String, Object> article(Article a, List<ArticleFlag> flags) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("source", a.source());
    m.put("url", a.url());
    m.put("title", a.title());
    m.put("text", a.text());
    m.put("outlet", a.outlet());
    m.put("credit", a.credit());
    m.put("credits", a.credits());
    m.put("byline", a.byline());
    m.put("dateline", a.dateline());
    m.put("language", a.language());
    m.put("published", published(a.published()));
    m.put("paragraphs", a.paragraphs().stream().map(s -> span(s.start(), s.end())).toList());
    m.put("captions", a.captions().stream().map(c -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("text", c.text());
      x.put("line", c.line());
      x.put("date", date(c.date()));
      return x;
    }).toList());
    m.put("removed", a.removed().stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("line", r.line());
      x.put("text", r.text());
      x.put("reason", r.reason());
      return x;
    }).toList());
    m.put("flags", flags.stream().map(ArticleFlag::flag).toList());
    m.put("flag_details", flags.stream().map(f -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("flag", f.flag());
      x.put("detail", f.detail());
      x.put("parts", f.parts());
      return x;
    }).toList());
    return m;
  }

  private static Map<String, Object> span(int start, int end) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("start", start);
    x.put("end", end);
    return x;
  }

  /** A group as in the export's {@code duplicates[]}, with each copy's changes. */
  static Map<String, Object> group(DuplicateGroup g, Map<String, CopyChanges> changes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id());
    m.put("canonical", g.canonical());
    List<String> members = new ArrayList<>();
    members.add(g.canonical());
    g.members().stream().map(DuplicateGroup.Member::articleId)
        .filter(id -> !id.equals(g.canonical())).forEach(members::add);
    m.put("members", members);
    m.put("relations", g.members().stream().map(x -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("article", x.articleId());
      r.put("relation", x.relation());
      r.put("similarity", x.similarity());
      return r;
    }).toList());
    if (changes != null) {
      List<Object> list = new ArrayList<>();
      for (DuplicateGroup.Member x : g.members()) {
        CopyChanges c = changes.get(x.articleId());
        if (c != null && g.canonical().equals(c.canonicalId())) {
          list.add(changes(c));
        }
      }
      m.put("changes", list);
    }
    return m;
  }

  static Map<String, Object> changes(CopyChanges c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", c.articleId());
    if (c.title() == null) {
      m.put("title", null);
    } else {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("from", c.title().from());
      t.put("to", c.title().to());
      m.put("title", t);
    }
    m.put("added", c.added().stream().map(Shapes::passage).toList());
    m.put("removed", c.removed().stream().map(Shapes::passage).toList());
    m.put("edited", c.edited().stream().map(e -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("from", passage(e.from()));
      x.put("to", passage(e.to()));
      return x;
    }).toList());
    m.put("spelling", c.spelling().stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("from", r.from());
      x.put("to", r.to());
      x.put("count", r.count());
      return x;
    }).toList());
    return m;
  }

  private static Map<String, Object> passage(CopyChanges.Passage p) {
    if (p == null) {
      return null;
    }
    Map<String, Object> x = span(p.span().start(), p.span().end());
    x.put("text", p.text());
    return x;
  }

  static Map<String, Object> story(Story s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("label", s.label());
    m.put("articles", s.articles());
    m.put("span", date(s.span()));
    m.put("entities", s.entities());
    m.put("summary", s.summary());
    return m;
  }

  static Map<String, Object> storyline(Storyline s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("label", s.label());
    m.put("stories", s.stories());
    return m;
  }

  static Map<String, Object> entity(ApiReader.EntityRow e) {
    Map<String, Object> m = entity(e.entity());
    m.put("mentions", e.mentions());
    m.put("article_count", e.articles());
    return m;
  }

  static Map<String, Object> entity(Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("type", e.type());
    m.put("aliases", e.aliases());
    return m;
  }

  static Map<String, Object> mention(Mention x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", x.articleId());
    m.put("start", x.start());
    m.put("end", x.end());
    m.put("text", x.text());
    m.put("type", x.type());
    m.put("entity", x.entityId());
    return m;
  }

  static Map<String, Object> time(dossier.model.TimeExpression t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", t.articleId());
    m.put("part", t.part());
    m.put("start", t.start());
    m.put("end", t.end());
    m.put("text", t.text());
    m.put("type", t.timexType());
    m.put("value", t.value());
    m.put("date", date(t.range()));
    return m;
  }

  static Map<String, Object> cooccurrence(ApiReader.Cooccurrence c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.name());
    m.put("type", c.type());
    m.put("articles", c.articles());
    return m;
  }

  static Map<String, Object> event(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("type", e.type());
    m.put("mode", e.mode());
    m.put("status", e.status());
    m.put("date", date(e.date(), e.dateBasis()));
    m.put("location", e.locationId());
    // participants: entity ids, as in the export; roles: every participant, generic actors too
    m.put("participants", e.participants().stream().filter(p -> !p.isGeneric())
        .map(p -> p.entityId()).toList());
    m.put("roles", e.participants().stream().map(p -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("entity", p.entityId());
      x.put("role", p.role());
      if (p.isGeneric()) {
        actor(x, p.actor());
      }
      return x;
    }).toList());
    m.put("sources", sources(e.sources()));
    // whose word each attributed report is: the same fields as the export's claims
    m.put("claims", e.claims().stream().map(c -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("claimant", c.claimantId());
      x.put("claimant_text", c.claimantText());
      x.put("article", c.source().article());
      x.put("start", c.source().start());
      x.put("end", c.source().end());
      x.put("part", c.source().part());
      return x;
    }).toList());
    m.put("confidence", e.confidence());
    return m;
  }

  /** A generic actor's fields ("police", COP, the words as written and where they are). */
  static void actor(Map<String, Object> x, dossier.model.GenericActor a) {
    x.put("label", a.label());
    x.put("sector", a.sector());
    x.put("text", a.text());
    x.put("affiliation", a.affiliationId());
    x.put("article", a.article());
    x.put("part", a.part());
    x.put("start", a.start());
    x.put("end", a.end());
  }

  static Map<String, Object> figure(Figure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("value", f.value());
    m.put("kind", f.kind());
    m.put("qualifier", f.qualifier());
    m.put("claimant", f.claimantId());
    m.put("date", date(f.date()));
    m.put("sources", sources(f.sources()));
    return m;
  }

  static List<Object> sources(List<Evidence> list) {
    return list.stream().map(e -> {
      Map<String, Object> x = span(e.start(), e.end());
      x.put("article", e.article());
      if (e.context() != null) {
        x.put("context", e.context());
      }
      return (Object) x;
    }).toList();
  }

  static Map<String, Object> timeline(TimelineEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", e.event());
    m.put("date", date(e.date(), e.dateBasis()));
    m.put("type", e.type());
    m.put("status", e.status());
    m.put("background", e.background());
    m.put("story", e.story());
    m.put("stories", e.stories());
    m.put("participants", e.participants());
    m.put("location", e.location());
    m.put("sources", sources(e.sources()));
    return m;
  }

  static Map<String, Object> syndication(Syndication.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("wire", r.wire());
    m.put("outlet", r.outlet());
    m.put("copies", r.copies());
    m.put("stories", r.stories());
    m.put("compared", r.compared());
    m.put("edited", r.edited());
    m.put("mean_changed_share", Double.isNaN(r.meanChangedShare()) ? null
        : Math.round(r.meanChangedShare() * 10_000) / 10_000.0);
    return m;
  }
}

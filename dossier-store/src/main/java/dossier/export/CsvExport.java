package dossier.export;

import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.RemovedLine;
import dossier.model.Story;
import dossier.model.TimeExpression;
import dossier.store.DossierStore;
import dossier.store.FileRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One CSV table per section. A list inside a cell (credits, aliases, article ids) is joined with
 * "; "; a date range takes three columns ({@code _value}, {@code _earliest}, {@code _latest}).
 */
final class CsvExport {
  /** A section: its header and the rows it sends to a sink. */
  private record Section(List<String> header, Rows rows) {}

  @FunctionalInterface
  private interface Rows {
    void send(DossierStore store, Consumer<List<Object>> sink);
  }

  private static final Map<String, Section> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("articles", new Section(List.of("id", "source", "url", "title", "outlet",
        "credit", "credits", "byline", "dateline", "language", "published_value",
        "published_earliest", "published_latest", "published_basis", "published_confidence",
        "text"), (s, sink) -> s.forEachArticle(a -> sink.accept(article(a)))));
    SECTIONS.put("captions", new Section(List.of("article", "line", "text", "date_value",
        "date_earliest", "date_latest"), (s, sink) -> s.forEachArticle(a -> {
          for (Caption c : a.captions()) {
            sink.accept(with(List.of(a.id(), c.line(), c.text()), c.date()));
          }
        })));
    SECTIONS.put("removed", new Section(List.of("article", "line", "reason", "text"),
        (s, sink) -> s.forEachArticle(a -> {
          for (RemovedLine r : a.removed()) {
            sink.accept(Arrays.asList(a.id(), r.line(), r.reason(), r.text()));
          }
        })));
    SECTIONS.put("files", new Section(List.of("source", "status", "reason", "articles", "size",
        "mtime", "sha256", "progress"), (s, sink) -> {
          for (FileRecord f : s.files()) {
            sink.accept(Arrays.asList(f.source(), f.status(), f.reason(), f.articles(), f.size(),
                f.mtime(), f.sha256(), f.progress()));
          }
        }));
    SECTIONS.put("duplicates", new Section(List.of("group", "canonical", "article", "relation",
        "similarity"), (s, sink) -> {
          for (DuplicateGroup d : s.duplicates()) {
            for (DuplicateGroup.Member m : d.members()) {
              sink.accept(Arrays.asList(d.id(), d.canonical(), m.articleId(), m.relation(),
                  m.similarity()));
            }
          }
        }));
    SECTIONS.put("syndication", new Section(SyndicationRecords.HEADER, (s, sink) ->
        SyndicationRecords.rows(s).forEach(r -> sink.accept(SyndicationRecords.csv(r)))));
    SECTIONS.put("passages", new Section(PassageRecords.HEADER, (s, sink) ->
        PassageRecords.forEach(s, x -> sink.accept(PassageRecords.csv(x)))));
    SECTIONS.put("stories", new Section(List.of("id", "label", "articles", "entities",
        "span_value", "span_earliest", "span_latest", "summary"), (s, sink) -> {
          for (Story x : s.stories()) {
            List<Object> row = with(Arrays.asList(x.id(), x.label(), join(x.articles()),
                join(x.entities())), x.span());
            row.add(x.summary());
            sink.accept(row);
          }
        }));
    SECTIONS.put("storylines", new Section(List.of("id", "label", "stories"), (s, sink) -> {
      for (dossier.model.Storyline l : s.storylines()) {
        sink.accept(Arrays.asList(l.id(), l.label(), join(l.stories())));
      }
    }));
    SECTIONS.put("entities", new Section(List.of("id", "name", "type", "aliases", "mentions",
        "articles"), (s, sink) -> {
          java.util.Map<String, dossier.store.EntityStats> stats = s.entityStats();
          for (Entity e : s.entities()) {
            dossier.store.EntityStats st = stats.getOrDefault(e.id(), dossier.store.EntityStats.NONE);
            sink.accept(Arrays.asList(e.id(), e.name(), e.type(), join(e.aliases()), st.mentions(),
                join(st.articles())));
          }
        }));
    SECTIONS.put("mentions", new Section(List.of("article", "start", "end", "text", "type",
        "entity", "part"), (s, sink) -> {
          for (Mention m : s.mentions()) {
            sink.accept(Arrays.asList(m.articleId(), m.start(), m.end(), m.text(), m.type(),
                m.entityId(), m.part()));
          }
        }));
    SECTIONS.put("times", new Section(List.of("article", "start", "end", "text", "type", "value",
        "date_value", "date_earliest", "date_latest", "part"), (s, sink) -> {
          for (TimeExpression t : s.times()) {
            List<Object> row = with(Arrays.asList(t.articleId(), t.start(), t.end(), t.text(),
                t.timexType(), t.value()), t.range() == null ? DateRange.unknown() : t.range());
            row.add(t.part());
            sink.accept(row);
          }
        }));
    SECTIONS.put("events", new Section(List.of("id", "type", "mode", "status", "date_value",
        "date_earliest", "date_latest", "location", "participants", "confidence", "sources",
        "claimants", "date_basis"),
        (s, sink) -> {
          for (Event e : s.events()) {
            List<Object> row = with(Arrays.asList(e.id(), e.type(), e.mode(), e.status()),
                e.date());
            row.add(e.locationId());
            row.add(join(e.participants().stream()
                .map(p -> p.role() == null ? participant(p) : participant(p) + ":" + p.role())
                .toList()));
            row.add(e.confidence());
            row.add(sources(e.sources()));
            row.add(join(e.claims().stream().map(c -> c.claimantId() == null ? c.claimantText()
                : c.claimantText() == null ? c.claimantId()
                : c.claimantText() + " (" + c.claimantId() + ")").distinct().toList()));
            row.add(e.dateBasis());
            sink.accept(row);
          }
        }));
    SECTIONS.put("figures", new Section(List.of("id", "value", "kind", "qualifier", "claimant",
        "date_value", "date_earliest", "date_latest", "sources", "claimant_text", "counted",
        "group", "side", "period", "base", "independent_sources"), (s, sink) -> {
          java.util.Map<String, dossier.model.FigureDetail> details = s.figureDetails();
          for (Figure f : s.figures()) {
            List<Object> row = with(Arrays.asList(f.id(), f.value(), f.kind(), f.qualifier(),
                f.claimantId()), f.date());
            row.add(sources(f.sources()));
            dossier.model.FigureDetail d = details.get(f.id());
            row.addAll(d == null ? Arrays.asList(null, null, null, null, null, null, null)
                : Arrays.asList(d.claimantText(), d.counted(), d.group(), d.side(), d.period(),
                    d.baseId(), d.independentSources()));
            sink.accept(row);
          }
        }));
    SECTIONS.put("disputes", new Section(List.of("id", "kind", "group", "side", "period_value",
        "period_earliest", "period_latest", "figures"), (s, sink) -> {
          for (dossier.model.FigureDispute x : s.figureDisputes()) {
            List<Object> row = with(Arrays.asList(x.id(), x.kind(), x.group(), x.side()), x.period());
            row.add(join(x.figureIds()));
            sink.accept(row);
          }
        }));
    SECTIONS.put("timeline", new Section(TimelineRecords.HEADER, (s, sink) ->
        TimelineRecords.entries(s).forEach(e -> sink.accept(TimelineRecords.csv(e)))));
  }

  private CsvExport() {}

  static List<String> sections() {
    return List.copyOf(SECTIONS.keySet());
  }

  static void write(DossierStore store, String section, OutputStream out) throws IOException {
    Section s = SECTIONS.get(section);
    if (s == null) {
      throw new IllegalArgumentException("unknown CSV section '" + section + "'; one of "
          + String.join(", ", SECTIONS.keySet()));
    }
    CsvWriter csv = new CsvWriter(out);
    csv.row(s.header());
    try {
      s.rows().send(store, row -> {
        try {
          csv.row(row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  private static List<Object> article(Article a) {
    DateRange d = a.published().range();
    return Arrays.asList(a.id(), a.source(), a.url(), a.title(), a.outlet(), a.credit(),
        join(a.credits()), a.byline(), a.dateline(), a.language(), d.value(), d.earliest(),
        d.latest(), a.published().basis().name(), a.published().confidence(), a.text());
  }

  /** The row's first columns followed by the three columns of a date range. */
  private static List<Object> with(List<Object> first, DateRange d) {
    List<Object> row = new ArrayList<>(first);
    row.add(d.value());
    row.add(d.earliest());
    row.add(d.latest());
    return row;
  }

  private static String join(List<String> values) {
    return String.join("; ", values);
  }

  /** Evidence as "article:start-end", joined. */
  private static String sources(List<Evidence> sources) {
    return join(sources.stream().map(e -> e.article() + ":" + e.start() + "-" + e.end()).toList());
  }

  /** An entity id, or a generic actor as {@code label[SECTOR]} ("police[COP]", "crowd"). */
  static String participant(Participant p) {
    if (!p.isGeneric()) {
      return p.entityId();
    }
    return p.actor().sector() == null ? p.actor().label()
        : p.actor().label() + "[" + p.actor().sector() + "]";
  }
}

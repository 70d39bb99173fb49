package dossier.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dossier.dedup.Syndication;
import dossier.model.ArticleFlag;
import dossier.model.CopyChanges;
import dossier.store.DossierStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a dossier as one JSON object, or as JSON lines (one object per line with a
 * {@code "section"} field). Articles are written as they are read, so memory stays bounded.
 */
final class JsonExport {
  /** Version of the export format; raised when a field changes meaning or goes away. */
  static final int VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final JsonGenerator g;
  private final boolean lines;

  private JsonExport(JsonGenerator g, boolean lines) {
    this.g = g;
    this.lines = lines;
  }

  static void write(DossierStore store, OutputStream out, boolean lines) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      if (lines) {
        g.setPrettyPrinter(new MinimalPrettyPrinter("")); // lines are ended by hand
      }
      new JsonExport(g, lines).sections(store);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void sections(DossierStore store) throws IOException {
    List<Syndication.Row> syndication = SyndicationRecords.rows(store);
    if (lines) {
      g.writeStartObject();
      g.writeStringField("section", "dossier");
      header(store, syndication.size());
      g.writeEndObject();
      g.writeRaw('\n');
    } else {
      g.writeStartObject();
      g.writeObjectFieldStart("dossier");
      header(store, syndication.size());
      g.writeEndObject();
    }
    Map<String, List<ArticleFlag>> flags = store.articleFlags();
    section("articles", "article", store::forEachArticle, (gen, a) -> {
      JsonRecords.article(gen, a);
      DedupRecords.flags(gen, flags.getOrDefault(a.id(), List.of()));
    });
    Map<String, CopyChanges> changes = new HashMap<>();
    store.copyChanges().forEach(c -> changes.put(c.articleId(), c));
    section("duplicates", "duplicate", store.duplicates()::forEach, (gen, d) -> {
      JsonRecords.duplicate(gen, d);
      DedupRecords.changes(gen, d, changes);
    });
    section("syndication", "syndication", syndication::forEach, SyndicationRecords::row);
    section("passages", "passage", sink -> PassageRecords.forEach(store, sink), PassageRecords::row);
    Map<String, List<dossier.model.Evidence>> cites = store.storyCitations();
    section("stories", "story", store.stories()::forEach, (gen, x) -> StoryRecords.story(gen, x, cites));
    section("storylines", "storyline", store.storylines()::forEach, StoryRecords::storyline);
    java.util.Map<String, dossier.store.EntityStats> stats = store.entityStats();
    section("entities", "entity", store.entities()::forEach,
        (gen, e) -> JsonRecords.entity(gen, e, stats.get(e.id())));
    List<dossier.model.Event> events = store.events();
    EventRecords eventRecords = EventRecords.of(store, events);
    section("events", "event", events::forEach, eventRecords::write);
    List<dossier.model.Figure> figures = store.figures();
    Map<String, dossier.model.FigureDetail> figureDetails = store.figureDetails();
    List<dossier.model.FigureDispute> disputes = store.figureDisputes();
    Map<String, List<String>> disputesOf = FigureRecords.disputesOf(disputes);
    section("figures", "figure", figures::forEach, (gen, f) -> FigureRecords.figure(gen, f,
        figureDetails.get(f.id()), disputesOf.get(f.id())));
    Map<String, dossier.model.Figure> figureById = new HashMap<>();
    figures.forEach(f -> figureById.put(f.id(), f));
    section("disputes", "dispute", disputes::forEach,
        (gen, x) -> FigureRecords.dispute(gen, x, figureById, figureDetails));
    section("timeline", "timeline", TimelineRecords.entries(store)::forEach, TimelineRecords::entry);
    section("times", "time", store.times()::forEach, JsonRecords::time);
    section("mentions", "mention", store.mentions()::forEach, JsonRecords::mention);
    if (!lines) {
      g.writeEndObject();
    }
  }

  private void header(DossierStore store, int syndication) throws IOException {
    g.writeNumberField("version", VERSION);
    g.writeStringField("exported_at", Instant.now().toString());
    g.writeObjectFieldStart("counts");
    for (String[] c : new String[][] {{"articles", "articles"}, {"files", "files"},
        {"duplicates", "duplicate_groups"}, {"stories", "stories"}, {"storylines", "storylines"},
        {"entities", "entities"}, {"events", "events"}, {"figures", "figures"},
        {"times", "time_expressions"}, {"mentions", "mentions"}}) {
      g.writeNumberField(c[0], store.count(c[1]));
      if (c[0].equals("duplicates")) {
        g.writeNumberField("syndication", syndication); // computed, no table
      }
    }
    g.writeEndObject();
  }

  /** Writes one section: an array field in JSON, one line per item in JSON lines. */
  private <T> void section(String key, String line, Consumer<Consumer<T>> items,
      JsonRecords.Fields<T> fields) throws IOException {
    if (!lines) {
      g.writeArrayFieldStart(key);
    }
    items.accept(item -> {
      try {
        g.writeStartObject();
        if (lines) {
          g.writeStringField("section", line);
        }
        fields.write(g, item);
        g.writeEndObject();
        if (lines) {
          g.writeRaw('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    if (!lines) {
      g.writeEndArray();
    }
  }
}

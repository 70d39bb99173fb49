package dossier.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.store.DossierStore;
import dossier.timeline.Timeline;
import dossier.timeline.TimelineEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code timeline} section: the stored events in the order they happened (docs/export.md). */
public final class TimelineRecords {
  static final List<String> HEADER = List.of("event", "date_value", "date_earliest",
      "date_latest", "type", "status", "background", "story", "stories", "participants",
      "location", "sources", "storyline", "storylines", "date_basis");

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private TimelineRecords() {}

  /**
   * The timeline of a stored dossier. Only each article's publication range is read, so memory
   * grows with the events, not with the texts.
   */
  public static List<TimelineEntry> entries(DossierStore store) {
    var events = store.events();
    if (events.isEmpty()) {
      return List.of();
    }
    Map<String, DateRange> published = store.publishedRanges();
    Map<String, String> canonicalOf = new HashMap<>();
    for (DuplicateGroup g : store.duplicates()) {
      g.members().forEach(m -> canonicalOf.put(m.articleId(), g.canonical()));
    }
    return Timeline.build(events, store.stories(), store.storylines(), published, canonicalOf);
  }

  /** {@code entries} as one JSON array of timeline objects; the stream is flushed, not closed. */
  public static void writeJson(List<TimelineEntry> entries, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (TimelineEntry e : entries) {
        g.writeStartObject();
        entry(g, e);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
    out.flush();
  }

  /** {@code entries} as a CSV table with {@link #HEADER}; the stream is flushed, not closed. */
  public static void writeCsv(List<TimelineEntry> entries, OutputStream out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(HEADER);
    for (TimelineEntry e : entries) {
      csv.row(csv(e));
    }
    csv.flush();
  }

  static void entry(JsonGenerator g, TimelineEntry e) throws IOException {
    g.writeStringField("event", e.event());
    JsonRecords.date(g, "date", e.date(), e.dateBasis());
    g.writeStringField("type", e.type());
    g.writeStringField("status", e.status());
    g.writeBooleanField("background", e.background());
    g.writeStringField("story", e.story());
    JsonRecords.strings(g, "stories", e.stories());
    g.writeStringField("storyline", e.storyline());
    JsonRecords.strings(g, "storylines", e.storylines());
    JsonRecords.strings(g, "participants", e.participants());
    g.writeStringField("location", e.location());
    JsonRecords.sources(g, e.sources());
  }

  static List<Object> csv(TimelineEntry e) {
    DateRange d = e.date();
    List<Object> row = new ArrayList<>(Arrays.asList(e.event(), d.value(), d.earliest(),
        d.latest(), e.type(), e.status(), e.background(), e.story(), String.join("; ", e.stories()),
        String.join("; ", e.participants()), e.location()));
    row.add(String.join("; ", e.sources().stream()
        .map(s -> s.article() + ":" + s.start() + "-" + s.end()).toList()));
    row.add(e.storyline());
    row.add(String.join("; ", e.storylines()));
    row.add(e.dateBasis());
    return row;
  }
}

package dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The figure fields beyond value, kind and claimant (what is counted, whose, the period, how it was
 * derived, independent sources, the sentence of each source), and the {@code disputes[]} section:
 * which figures about one thing disagree, with their values, claimants and sources.
 */
final class FigureRecords {
  private FigureRecords() {}

  /** A figure: the basic fields, then its details when the store has them. */
  static void figure(JsonGenerator g, Figure f, FigureDetail d, List<String> disputes)
      throws IOException {
    g.writeStringField("id", f.id());
    g.writeNumberField("value", f.value());
    g.writeStringField("kind", f.kind());
    g.writeStringField("qualifier", f.qualifier());
    g.writeStringField("claimant", f.claimantId());
    JsonRecords.date(g, "date", f.date());
    if (d == null) {
      JsonRecords.sources(g, f.sources());
      return;
    }
    g.writeStringField("claimant_text", d.claimantText());
    g.writeStringField("counted", d.counted());
    g.writeStringField("group", d.group());
    g.writeStringField("side", d.side());
    g.writeObjectFieldStart("range");
    number(g, "low", d.low());
    number(g, "high", d.high());
    g.writeEndObject();
    g.writeStringField("base", d.baseId());
    g.writeStringField("derivation", d.derivation());
    g.writeObjectFieldStart("period");
    g.writeStringField("text", d.period());
    g.writeStringField("value", JsonRecords.iso(d.periodRange().value()));
    g.writeStringField("earliest", JsonRecords.iso(d.periodRange().earliest()));
    g.writeStringField("latest", JsonRecords.iso(d.periodRange().latest()));
    g.writeEndObject();
    JsonRecords.date(g, "reported", d.reported());
    g.writeNumberField("independent_sources", d.independentSources());
    JsonRecords.strings(g, "disputes", disputes == null ? List.of() : disputes);
    g.writeArrayFieldStart("sources");
    for (int i = 0; i < f.sources().size(); i++) {
      Evidence e = f.sources().get(i);
      g.writeStartObject();
      g.writeStringField("article", e.article());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeStringField("context", e.context());
      g.writeStringField("sentence", i < d.sentences().size() ? d.sentences().get(i) : null);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A dispute with, for each figure in it, its value, claimant and source articles. */
  static void dispute(JsonGenerator g, FigureDispute x, Map<String, Figure> figures,
      Map<String, FigureDetail> details) throws IOException {
    g.writeStringField("id", x.id());
    g.writeStringField("kind", x.kind());
    g.writeStringField("group", x.group());
    g.writeStringField("side", x.side());
    JsonRecords.date(g, "period", x.period());
    g.writeArrayFieldStart("figures");
    for (String id : x.figureIds()) {
      Figure f = figures.get(id);
      if (f == null) {
        continue;
      }
      FigureDetail d = details.get(id);
      g.writeStartObject();
      g.writeStringField("figure", id);
      g.writeNumberField("value", f.value());
      g.writeStringField("qualifier", f.qualifier());
      g.writeStringField("claimant", f.claimantId());
      g.writeStringField("claimant_text", d == null ? null : d.claimantText());
      LinkedHashSet<String> articles = new LinkedHashSet<>();
      f.sources().forEach(e -> articles.add(e.article()));
      JsonRecords.strings(g, "sources", new ArrayList<>(articles));
      g.writeNumberField("independent_sources", d == null ? articles.size() : d.independentSources());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Dispute ids by figure id. */
  static Map<String, List<String>> disputesOf(List<FigureDispute> disputes) {
    Map<String, List<String>> out = new HashMap<>();
    for (FigureDispute x : disputes) {
      for (String f : x.figureIds()) {
        out.computeIfAbsent(f, k -> new ArrayList<>()).add(x.id());
      }
    }
    return out;
  }

  private static void number(JsonGenerator g, String name, Double v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }
}

package dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dossier.model.Article;
import dossier.model.DuplicateGroup;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Part;
import dossier.store.DossierStore;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code events} section: each event with its sources' evidence text, part and context, and
 * how many independent reports carry it (copies in one duplicate group count once).
 */
final class EventRecords {
  private final Map<Evidence, String> texts;
  private final Map<String, String> canonicalOf;

  private EventRecords(Map<Evidence, String> texts, Map<String, String> canonicalOf) {
    this.texts = texts;
    this.canonicalOf = canonicalOf;
  }

  /**
   * Reads the evidence texts of {@code events} in one pass over the articles; only the cited
   * sentences are kept, so memory grows with the events, not with the texts.
   */
  static EventRecords of(DossierStore store, List<Event> events) {
    Map<String, List<Evidence>> wanted = new HashMap<>();
    for (Event e : events) {
      for (Evidence ev : e.sources()) {
        wanted.computeIfAbsent(ev.article(), k -> new java.util.ArrayList<>()).add(ev);
      }
    }
    Map<Evidence, String> texts = new HashMap<>();
    if (!wanted.isEmpty()) {
      store.forEachArticle(a -> {
        for (Evidence ev : wanted.getOrDefault(a.id(), List.of())) {
          String t = partText(a, ev.part());
          if (t != null && ev.start() >= 0 && ev.end() <= t.length() && ev.start() <= ev.end()) {
            texts.put(ev, t.substring(ev.start(), ev.end()));
          }
        }
      });
    }
    Map<String, String> canonicalOf = new HashMap<>();
    for (DuplicateGroup g : store.duplicates()) {
      g.members().forEach(m -> canonicalOf.put(m.articleId(), g.canonical()));
    }
    return new EventRecords(texts, canonicalOf);
  }

  /** The text a part names in article {@code a}: body, title or a caption; null if absent. */
  static String partText(Article a, String part) {
    if (part == null || Part.TEXT.equals(part)) {
      return a.text();
    }
    if (Part.TITLE.equals(part)) {
      return a.title();
    }
    int i = Part.captionIndex(part);
    return i >= 0 && i < a.captions().size() ? a.captions().get(i).text() : null;
  }

  /** Reports of {@code e} from distinct articles, copies of one duplicate group counted once. */
  int independentSources(Event e) {
    Set<String> seen = new HashSet<>();
    for (Evidence ev : e.sources()) {
      seen.add(canonicalOf.getOrDefault(ev.article(), ev.article()));
    }
    return seen.size();
  }

  void write(JsonGenerator g, Event e) throws IOException {
    JsonRecords.eventFields(g, e);
    g.writeArrayFieldStart("sources");
    for (Evidence ev : e.sources()) {
      g.writeStartObject();
      g.writeStringField("article", ev.article());
      g.writeNumberField("start", ev.start());
      g.writeNumberField("end", ev.end());
      g.writeStringField("part", ev.part());
      g.writeStringField("context", ev.context());
      g.writeStringField("text", texts.get(ev));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("independent_sources", independentSources(e));
    g.writeNumberField("confidence", e.confidence());
  }
}

package dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dossier.dedup.Match;
import dossier.dedup.SharedPassages;
import dossier.store.DossierStore;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code passages} section: text shared by articles that are no copies of each other
 * (docs/export.md). The stored pairs say which articles share text; where is found again at
 * export from their texts, a few hundred pairs at a time, so memory stays bounded.
 */
final class PassageRecords {
  static final List<String> HEADER = List.of("a", "b", "a_start", "a_end", "b_start", "b_end",
      "words", "share", "text");
  private static final int CHUNK = 500;

  /** A passage with its text as written in article {@code a}. */
  record Item(SharedPassages.Passage p, String text) {}

  private PassageRecords() {}

  /** Every shared passage, by pair (ordered by a, then b), then by offset in a. */
  static void forEach(DossierStore store, Consumer<Item> sink) {
    List<Match> pairs = store.matches().stream().filter(m -> !m.copy()).toList();
    for (int from = 0; from < pairs.size(); from += CHUNK) {
      List<Match> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
      Set<String> ids = new LinkedHashSet<>();
      chunk.forEach(m -> {
        ids.add(m.a());
        ids.add(m.b());
      });
      Map<String, String> texts = store.texts(ids);
      for (Match m : chunk) {
        String ta = texts.get(m.a());
        String tb = texts.get(m.b());
        if (ta == null || tb == null) {
          continue;
        }
        for (SharedPassages.Passage p : SharedPassages.of(m.a(), ta, m.b(), tb)) {
          sink.accept(new Item(p, ta.substring(p.inA().start(), p.inA().end())));
        }
      }
    }
  }

  static void row(JsonGenerator g, Item x) throws IOException {
    SharedPassages.Passage p = x.p();
    g.writeStringField("a", p.a());
    g.writeStringField("b", p.b());
    g.writeObjectFieldStart("in_a");
    g.writeNumberField("start", p.inA().start());
    g.writeNumberField("end", p.inA().end());
    g.writeEndObject();
    g.writeObjectFieldStart("in_b");
    g.writeNumberField("start", p.inB().start());
    g.writeNumberField("end", p.inB().end());
    g.writeEndObject();
    g.writeNumberField("words", p.words());
    g.writeNumberField("share", round(p.share()));
    g.writeStringField("text", x.text());
  }

  static List<Object> csv(Item x) {
    SharedPassages.Passage p = x.p();
    return Arrays.asList(p.a(), p.b(), p.inA().start(), p.inA().end(), p.inB().start(),
        p.inB().end(), p.words(), round(p.share()), x.text());
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}

package dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dossier.model.ArticleFlag;
import dossier.model.CopyChanges;
import dossier.model.DuplicateGroup;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The duplicates stage's fields: article flags and each copy's changes (docs/export.md). */
final class DedupRecords {
  private DedupRecords() {}

  /** {@code flags} (names) and {@code flag_details} of an article. */
  static void flags(JsonGenerator g, List<ArticleFlag> flags) throws IOException {
    g.writeArrayFieldStart("flags");
    for (ArticleFlag f : flags) {
      g.writeString(f.flag());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("flag_details");
    for (ArticleFlag f : flags) {
      g.writeStartObject();
      g.writeStringField("flag", f.flag());
      g.writeStringField("detail", f.detail());
      JsonRecords.strings(g, "parts", f.parts());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code changes}: one object per copy of the group. */
  static void changes(JsonGenerator g, DuplicateGroup d, Map<String, CopyChanges> byCopy)
      throws IOException {
    g.writeArrayFieldStart("changes");
    for (DuplicateGroup.Member m : d.members()) {
      CopyChanges c = byCopy.get(m.articleId());
      if (c == null || !c.canonicalId().equals(d.canonical())) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("article", c.articleId());
      if (c.title() == null) {
        g.writeNullField("title");
      } else {
        g.writeObjectFieldStart("title");
        g.writeStringField("from", c.title().from());
        g.writeStringField("to", c.title().to());
        g.writeEndObject();
      }
      passages(g, "added", c.added());
      passages(g, "removed", c.removed());
      g.writeArrayFieldStart("edited");
      for (CopyChanges.Edit e : c.edited()) {
        g.writeStartObject();
        passage(g, "from", e.from());
        passage(g, "to", e.to());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("spelling");
      for (CopyChanges.Respelling r : c.spelling()) {
        g.writeStartObject();
        g.writeStringField("from", r.from());
        g.writeStringField("to", r.to());
        g.writeNumberField("count", r.count());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void passages(JsonGenerator g, String name, List<CopyChanges.Passage> ps)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (CopyChanges.Passage p : ps) {
      g.writeStartObject();
      fields(g, p);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void passage(JsonGenerator g, String name, CopyChanges.Passage p)
      throws IOException {
    g.writeObjectFieldStart(name);
    fields(g, p);
    g.writeEndObject();
  }

  private static void fields(JsonGenerator g, CopyChanges.Passage p) throws IOException {
    g.writeNumberField("start", p.span().start());
    g.writeNumberField("end", p.span().end());
    g.writeStringField("text", p.text());
  }
}

package dossier.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.ingest.FieldMap;
import dossier.ingest.InputFile;
import dossier.ingest.InputKind;
import dossier.ingest.JsonArticleReader;
import dossier.model.Article;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time-annotated documents as JSON lines, one record per document: {@code {"id", "text",
 * "published" (ISO day; "dct" also read), "timexes": [{"start", "end", "type", "value"}]}}. Field
 * names are read in any letter case (TIMEX3 writes {@code TYPE}, {@code VALUE} too). Offsets count
 * Unicode code points of {@code text}, as most producers of JSON (Python) count them; they become
 * Java char offsets on reading.
 */
final class TimeRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TimeRecords() {}

  /** The documents of a JSON lines file; a bad record fails with its line number. */
  static List<TimeMlFile> read(Path file) throws IOException {
    List<TimeMlFile> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String s; (s = r.readLine()) != null; ) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        try {
          out.add(record(JSON.readTree(s), out.size() + 1));
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + ": line " + line + ": " + e.getMessage(), e);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException(file + ": no records");
    }
    return out;
  }

  private static TimeMlFile record(JsonNode n, int number) throws IOException {
    if (!(n instanceof ObjectNode)) {
      throw new IOException("not a JSON object");
    }
    String text = text(field(n, "text"));
    if (text == null) {
      throw new IOException("no 'text'");
    }
    String id = text(field(n, "id"));
    String day = text(field(n, "published"));
    day = day != null ? day : text(field(n, "dct"));
    LocalDate published = day == null || day.isBlank() ? null : LocalDate.parse(day.strip().substring(0, Math.min(10, day.strip().length())));
    List<TimeMlFile.Gold> gold = new ArrayList<>();
    JsonNode ts = field(n, "timexes");
    if (ts != null && !ts.isNull()) {
      if (!ts.isArray()) {
        throw new IOException("'timexes' is not an array");
      }
      for (JsonNode t : ts) {
        JsonNode s = field(t, "start");
        JsonNode e = field(t, "end");
        if (s == null || e == null || !s.canConvertToInt() || !e.canConvertToInt()) {
          throw new IOException("a timex without integer 'start' and 'end'");
        }
        int start = chars(text, s.asInt());
        int end = chars(text, e.asInt());
        if (start < 0 || end > text.length() || end <= start) {
          throw new IOException("timex offsets " + s.asInt() + ".." + e.asInt() + " outside the text");
        }
        gold.add(new TimeMlFile.Gold(start, end, text(field(t, "type")), text(field(t, "value"))));
      }
    }
    gold.sort(java.util.Comparator.comparingInt(TimeMlFile.Gold::start));
    return new TimeMlFile(id != null ? id : String.valueOf(number), text, published, gold);
  }

  /** Writes {@code docs} as JSON lines, offsets in code points. */
  static void write(List<TimeMlFile> docs, Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (TimeMlFile d : docs) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.name());
        o.put("text", d.text());
        o.put("published", d.dct() == null ? null : d.dct().toString());
        ArrayNode ts = o.putArray("timexes");
        for (TimeMlFile.Gold g : d.gold()) {
          ObjectNode t = ts.addObject();
          t.put("start", d.text().codePointCount(0, g.start()));
          t.put("end", d.text().codePointCount(0, g.end()));
          t.put("type", g.type());
          t.put("value", g.value());
        }
        w.write(JSON.writeValueAsString(o));
        w.newLine();
      }
    }
  }

  /**
   * The articles a build makes of {@code docs}: each goes, as a JSON record with its text and
   * publication day, through the build's JSON reader (which keeps the text apart from whitespace
   * and takes the day as stated), in the same order.
   */
  static List<Article> articles(List<TimeMlFile> docs) throws IOException {
    Path tmp = Files.createTempFile("dossier-eval-time", ".jsonl");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (int i = 0; i < docs.size(); i++) {
          ObjectNode o = JSON.createObjectNode();
          o.put("id", String.valueOf(i));
          o.put("text", docs.get(i).text());
          o.put("published", docs.get(i).dct() == null ? null : docs.get(i).dct().toString());
          w.write(JSON.writeValueAsString(o));
          w.newLine();
        }
      }
      Article[] out = new Article[docs.size()];
      List<String> bad = new ArrayList<>();
      InputFile f = new InputFile(tmp, tmp.toString(), InputKind.JSONL, false, Files.size(tmp), 0);
      new JsonArticleReader(FieldMap.defaults()).read(f, 0, new JsonArticleReader.Handler() {
        @Override
        public boolean article(long index, Article article) {
          out[(int) index] = article;
          return true;
        }

        @Override
        public void bad(long index, String problem) {
          bad.add(docs.get((int) index).name() + ": " + problem);
        }
      });
      if (!bad.isEmpty()) {
        throw new IOException("records the build would not read: " + bad);
      }
      return List.of(out);
    } catch (dossier.ingest.BadInputException e) {
      throw new IOException(e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The field {@code name} of {@code n} in any letter case, or null. */
  private static JsonNode field(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v != null) {
      return v;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().toLowerCase(Locale.ROOT).equals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The char offset of code point {@code cp} of {@code s} (past the end: beyond the length). */
  private static int chars(String s, int cp) {
    if (cp < 0) {
      return -1;
    }
    try {
      return s.offsetByCodePoints(0, cp);
    } catch (IndexOutOfBoundsException e) {
      return s.length() + 1;
    }
  }
}

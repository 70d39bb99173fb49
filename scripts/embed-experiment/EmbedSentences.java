import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dossier.figures.Sentences;
import dossier.model.Span;
import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds every sentence (body and title, split by the events stage's splitter) of a dossier export
 * ({@code dossier export DIR --format json}): one JSON line per sentence with its offsets and vector.
 * usage: EmbedSentences EXPORT.json OUT.jsonl [full|e5] (default: all-MiniLM-L6-v2 quantized).
 */
public class EmbedSentences {
  public static void main(String[] args) throws Exception {
    ObjectMapper om = new ObjectMapper();
    String kind = args.length > 2 ? args[2] : "";
    String prefix = kind.equals("e5") ? "query: " : "";
    EmbeddingModel model = kind.equals("e5")
        ? (EmbeddingModel) Class.forName("dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel").getDeclaredConstructor().newInstance()
        : kind.equals("full")
        ? (EmbeddingModel) Class.forName("dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel").getDeclaredConstructor().newInstance()
        : (EmbeddingModel) Class.forName("dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel").getDeclaredConstructor().newInstance();
    JsonNode root = om.readTree(new File(args[0]));
    List<ObjectNode> rows = new ArrayList<>();
    List<TextSegment> segs = new ArrayList<>();
    for (JsonNode a : root.get("articles")) {
      String[][] parts = {{"text", a.path("text").asText("")}, {"title", a.path("title").asText("")}};
      for (String[] p : parts) {
        for (Span s : Sentences.split(p[1])) {
          String t = p[1].substring(s.start(), s.end());
          if (t.isBlank()) continue;
          ObjectNode o = om.createObjectNode();
          o.put("article", a.get("id").asText());
          o.put("source", a.get("source").asText());
          o.put("part", p[0]);
          o.put("start", s.start());
          o.put("end", s.end());
          o.put("text", t);
          rows.add(o);
          segs.add(TextSegment.from(prefix + t));
        }
      }
    }
    long t0 = System.nanoTime();
    var embs = model.embedAll(segs).content();
    long ns = System.nanoTime() - t0;
    System.err.printf("%d sentences embedded in %.1f s (%.1f/s)%n", segs.size(), ns / 1e9, segs.size() * 1e9 / ns);
    try (PrintWriter w = new PrintWriter(args[1], "UTF-8")) {
      for (int i = 0; i < rows.size(); i++) {
        ArrayNode v = rows.get(i).putArray("v");
        for (float f : embs.get(i).vector()) v.add(Math.round(f * 1e5) / 1e5);
        w.println(om.writeValueAsString(rows.get(i)));
      }
    }
  }
}

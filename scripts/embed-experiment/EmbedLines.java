import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Embeds the "text" of every JSON line of a file with e5-small-v2 (quantized); adds "v". */
public class EmbedLines {
  public static void main(String[] args) throws Exception {
    ObjectMapper om = new ObjectMapper();
    EmbeddingModel model = (EmbeddingModel) Class.forName(
        "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel")
        .getDeclaredConstructor().newInstance();
    List<ObjectNode> rows = new ArrayList<>();
    List<TextSegment> segs = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(args[0]))) {
      ObjectNode o = (ObjectNode) om.readTree(l);
      rows.add(o);
      segs.add(TextSegment.from("query: " + o.get("text").asText()));
    }
    var embs = model.embedAll(segs).content();
    try (PrintWriter w = new PrintWriter(args[1], "UTF-8")) {
      for (int i = 0; i < rows.size(); i++) {
        ArrayNode v = rows.get(i).putArray("v");
        for (float f : embs.get(i).vector()) v.add(Math.round(f * 1e5) / 1e5);
        w.println(om.writeValueAsString(rows.get(i)));
      }
    }
    System.err.println(rows.size() + " lines embedded");
  }
}

package dossier.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.DateRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores story clustering on a JSON-lines file of articles with gold story labels (fields
 * {@code id}, {@code text}, {@code story}; optional {@code published}, an ISO day), as in
 * ../shared/datasets/news-stories. Articles are clustered in file order (publication order when
 * dated), exactly as a build clusters them.
 */
public final class StoryEval {
  private StoryEval() {}

  /** The gold-labelled articles of {@code file}; a bad line fails with its file and line number. */
  public static List<Labelled> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o;
        try {
          o = json.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
        }
        if (!o.hasNonNull("id") || !o.hasNonNull("text") || !o.hasNonNull("story")) {
          throw new IOException(file + ":" + n + ": needs fields id, text and story");
        }
        DateRange d = o.hasNonNull("published")
            ? DateRange.exact(java.time.LocalDate.parse(o.get("published").asText())) : DateRange.unknown();
        out.add(new Labelled(o.get("id").asText(), o.get("text").asText(), o.get("story").asText(), d));
      }
    }
    return out;
  }

  /** An article with its gold story. */
  public record Labelled(String id, String text, String story, DateRange published) {}

  /** Clusters {@code articles} with {@code params} and scores the result against their gold stories. */
  public static ClusterScores score(List<Labelled> articles, StoryParams params) {
    List<Vectorizer.Input> in = articles.stream()
        .map(a -> new Vectorizer.Input(a.id(), a.text(), null, EventTime.of(a.published(), List.of()))).toList();
    Vectorizer v = new Vectorizer(params);
    List<StoryDoc> docs = v.vectors(in);
    int[] labels = new StoryClustering(params).cluster(docs);
    List<String> sys = new ArrayList<>();
    for (int l : labels) {
      sys.add(Integer.toString(l));
    }
    return ClusterScores.of(sys, articles.stream().map(Labelled::story).toList());
  }
}

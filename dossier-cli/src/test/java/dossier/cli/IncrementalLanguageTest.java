package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.nlp.NlpDoc;
import dossier.nlp.NlpEngine;
import dossier.store.DossierStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild annotates only new and re-dated articles, and ends where a build from scratch of the
 * same inputs ends; a language stage that dies keeps the chunks it finished.
 */
class IncrementalLanguageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SUMMARY = Pattern.compile(
      "language layer: (\\d+) articles annotated, (\\d+) unchanged");

  private static final String TALKS = "Envoy Marta Selvik met Defence Minister Oren Dask in Lorvik on"
      + " Tuesday. Selvik said the two sides agreed to meet again next week.\n\nDask's office said"
      + " the Lorvik talks would resume on March 18.";
  private static final String FLOODS = "Heavy rain flooded the Brena valley last weekend, and the"
      + " Harlow Relief Agency said on Monday that 400 families had left their homes. Agency head"
      + " Ivo Tamsin said roads to Brena remained closed.";
  private static final String CONVOY = "A convoy of the Harlow Relief Agency reached Brena on Thursday,"
      + " three days after the floods, Tamsin told reporters in Lorvik.";

  @TempDir
  Path tmp;

  private static void record(Path file, String id, String text, String published) throws Exception {
    ObjectNode o = JSON.createObjectNode().put("id", id).put("title", "Report " + id).put("text", text);
    if (published != null) {
      o.put("published", published);
    }
    Files.writeString(file, JSON.writeValueAsString(o));
  }

  private static int[] build(Path in, Path out) {
    CliRun r = CliRun.of("build", in.toString(), "--out", out.toString());
    assertEquals(0, r.exit, r.toString());
    Matcher m = SUMMARY.matcher(r.err);
    assertTrue(m.find(), r.err);
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /** What the language layer left: entities, mentions, times and every article's date. */
  private JsonNode languageResult(Path dossier) throws Exception {
    ObjectNode out = CliRun.exportSections(dossier, tmp.resolve(dossier.getFileName() + ".json"),
        "entities", "mentions", "times", "articles");
    ObjectNode dates = JSON.createObjectNode();
    out.remove("articles").forEach(a -> dates.set(a.get("id").asText(), a.get("published")));
    out.set("published", dates);
    return out;
  }


  @Test
  void aRebuildAnnotatesOnlyNewAndRedatedArticlesAndEqualsAFreshBuild() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    record(in.resolve("a.json"), "a", TALKS, "2024-03-13T08:00:00Z");
    record(in.resolve("b.json"), "b", FLOODS, null); // undated: dated from content, if at all
    Path out = tmp.resolve("dossier");
    assertEquals(2, build(in, out)[0]);

    int[] nothingNew = build(in, out);
    assertEquals(0, nothingNew[0], "nothing new: nothing annotated");
    assertEquals(2, nothingNew[1]);

    record(in.resolve("c.json"), "c", CONVOY, "2024-03-15T10:00:00Z");
    int[] oneNew = build(in, out);
    assertEquals(1, oneNew[0], "one new article: exactly one annotated");
    assertEquals(2, oneNew[1]);
    Path fresh = tmp.resolve("fresh");
    assertEquals(3, build(in, fresh)[0]);
    JsonNode incremental = languageResult(out);
    assertTrue(incremental.get("mentions").size() > 5, incremental.toString());
    assertEquals(languageResult(fresh), incremental);

    // a dated copy of the undated report: the duplicates stage re-dates the old one (basis
    // DUPLICATE), so its times are read anew against that date
    record(in.resolve("d.json"), "d", FLOODS, "2024-03-12T09:00:00Z");
    int[] copy = build(in, out);
    assertEquals(2, copy[0], "the new copy and the re-dated original");
    assertEquals(2, copy[1]);
    Path fresh2 = tmp.resolve("fresh2");
    build(in, fresh2);
    JsonNode afterCopy = languageResult(out);
    assertEquals(languageResult(fresh2), afterCopy);
    assertTrue(afterCopy.get("published").toString().contains("DUPLICATE"), afterCopy.toString());
  }

  /** Names: runs of capitalised words; no times. Fast, so the test needs no model. */
  private static final class WordsEngine implements NlpEngine {
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*");

    @Override
    public NlpDoc annotate(String text) {
      if (text.contains("Breakdown")) {
        throw new OutOfMemoryError("simulated: the build dies here");
      }
      List<NlpDoc.Token> tokens = new ArrayList<>();
      Matcher w = Pattern.compile("\\S+").matcher(text);
      while (w.find()) {
        tokens.add(new NlpDoc.Token(w.start(), w.end(), w.group(), null));
      }
      List<NlpDoc.Name> names = new ArrayList<>();
      Matcher m = NAME.matcher(text);
      while (m.find()) {
        names.add(new NlpDoc.Name(m.start(), m.end(), m.group(), m.group().contains(" ") ? "PERSON" : "LOCATION"));
      }
      return new NlpDoc(List.of(new NlpDoc.Sentence(0, text.length(), tokens)), names, d -> List.of());
    }

    @Override
    public String describe() {
      return "capitalised words";
    }
  }

  @Test
  void aStageThatDiesKeepsItsFinishedChunks() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < 5; i++) {
      String text = (i == 4 ? "Breakdown in Tovar." : "Report " + i + " from Tovar.")
          + " Mayor Ilse Varga spoke on the square.";
      record(in.resolve("p" + i + ".json"), "p" + i, text, "2024-03-1" + i + "T08:00:00Z");
    }
    Path out = tmp.resolve("dossier");
    CliRun read = CliRun.of("build", in.toString(), "--out", out.toString(), "--no-language");
    assertEquals(0, read.exit, read.toString());
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true);
    Supplier<NlpEngine> words = WordsEngine::new;
    try (DossierStore store = DossierStore.open(out)) {
      // chunks of two: p0 p1 | p2 p3 | p4, which kills the stage
      assertThrows(IllegalStateException.class, () -> NlpStage.runStage(store, words, 1, 2, err));
      assertEquals(4, store.annotationStates().size(), "the two finished chunks are stored");
      assertEquals(0, store.count("entities"), "resolution never ran");
    }
    Path p4 = in.resolve("p4.json");
    record(p4, "p4", "Report 4 from Tovar. Mayor Ilse Varga spoke on the square.", "2024-03-14T08:00:00Z");
    CliRun reread = CliRun.of("build", in.toString(), "--out", out.toString(), "--no-language");
    assertEquals(0, reread.exit, reread.toString());
    try (DossierStore store = DossierStore.open(out)) {
      NlpStage.Outcome o = NlpStage.runStage(store, words, 1, 2, err);
      assertEquals(1, o.annotated(), "only the article the dead run did not finish");
      assertEquals(4, o.kept());
      assertEquals(5, store.annotationStates().size());
      assertTrue(store.mentions().stream().anyMatch(m -> m.text().equals("Ilse Varga")));
    }
  }
}

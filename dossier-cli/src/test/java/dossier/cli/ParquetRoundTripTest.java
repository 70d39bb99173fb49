package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus built, written as Parquet, read back: the same JSON export, and search works. */
class ParquetRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private String export(Path dossier) throws Exception {
    Path json = tmp.resolve(dossier.getFileName() + ".json");
    CliRun export = CliRun.of("export", dossier.toString(), "--format", "json", "-o", json.toString());
    assertEquals(0, export.exit, export.toString());
    // the export's own time stamp is the one field that may differ
    return Files.readString(json).replaceFirst("\"exported_at\":\"[^\"]*\"", "\"exported_at\":\"\"");
  }

  @Test
  void sampleSurvivesParquet() throws Exception {
    Path built = tmp.resolve("built");
    CliRun build = CliRun.of("build", Path.of("../examples/conflict").toString(), "--out", built.toString(), "-q");
    assertEquals(0, build.exit, build.toString());

    Path pq = tmp.resolve("tables");
    CliRun out = CliRun.of("export-parquet", built.toString(), pq.toString());
    assertEquals(0, out.exit, out.toString());
    assertTrue(Files.isDirectory(pq.resolve("events")), out.out);

    Path back = tmp.resolve("back");
    CliRun in = CliRun.of("import-parquet", pq.toString(), back.toString());
    assertEquals(0, in.exit, in.toString());
    assertTrue(in.out.contains("index: "), in.out);

    String before = export(built);
    JsonNode root = JSON.readTree(before);
    assertTrue(root.get("articles").size() >= 20, "the sample has its articles");
    assertTrue(root.get("events").size() > 0 && root.get("stories").size() > 0, "and later stages' output");
    assertEquals(before, export(back));

    CliRun info = CliRun.of("info", back.toString());
    assertEquals(0, info.exit, info.toString());
    assertEquals(CliRun.of("info", built.toString()).out, info.out);

    CliRun search = CliRun.of("search", back.toString(), "ceasefire", "--json");
    assertEquals(0, search.exit, search.toString());
    assertEquals(JSON.readTree(CliRun.of("search", built.toString(), "ceasefire", "--json").out).get("total"),
        JSON.readTree(search.out).get("total"));
    assertTrue(JSON.readTree(search.out).get("total").asInt() > 0, search.out);

    CliRun again = CliRun.of("import-parquet", pq.toString(), back.toString());
    assertEquals(1, again.exit);
    assertTrue(again.err.contains("holds a dossier already"), again.err);
  }
}

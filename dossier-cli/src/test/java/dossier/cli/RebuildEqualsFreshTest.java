package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.ArticleIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild with nothing new, and a build of part of the inputs followed by one of all, end with
 * the dossier a fresh build of all the inputs gives: stories, storylines and every other section.
 */
class RebuildEqualsFreshTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // three reports months apart, one story each, in publication order: the first and the last share
  // no name, the middle one shares names with both, so the storylines depend on the order the
  // stories are linked in (one storyline of three in publication order, two stories in some others)
  private static final String[][] REPORTS = {
    {"2023-01-10T08:00:00Z", "Velmora closes the Lesna crossing",
        "Velmora closed the Lesna border crossing with Dastria on Tuesday after a shooting near the"
        + " Lesna customs post, the Velmora interior ministry said. Traders from Dastria queued at"
        + " Lesna for hours before the guards turned them back."},
    {"2023-05-16T08:00:00Z", "Dastria and Brenn sign a grain pact",
        "Dastria and Brenn signed a grain pact on Tuesday, and traders from Dastria will again cross"
        + " at Lesna. Brenn will ship grain through the port of Korvan, trade minister Tomas Marlo said."},
    {"2023-09-19T08:00:00Z", "First Brenn grain ship leaves Korvan",
        "The first grain ship from Brenn left the port of Korvan on Tuesday, trade minister Tomas"
        + " Marlo said. Brenn hopes to ship a million tonnes through Korvan this year, Marlo said."},
  };

  @TempDir
  Path tmp;

  /**
   * Writes the reports, one record a file, under record ids picked so that their article ids (which
   * hash the file's path) sort against publication order, as the store reads stories back by id:
   * the order a rebuild got its stories in before storylines were linked in publication order.
   */
  private List<Path> reports() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<Path> files = new ArrayList<>();
    for (int k = 0; files.isEmpty(); k++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < REPORTS.length; i++) {
        ids.add(ArticleIds.of(in.resolve("r" + i + ".jsonl") + "#r" + i + "-" + k, REPORTS[i][2]));
      }
      if (ids.get(0).compareTo(ids.get(1)) > 0 && ids.get(1).compareTo(ids.get(2)) > 0) {
        for (int i = 0; i < REPORTS.length; i++) {
          ObjectNode o = JSON.createObjectNode().put("id", "r" + i + "-" + k)
              .put("published", REPORTS[i][0]).put("title", REPORTS[i][1]).put("text", REPORTS[i][2]);
          files.add(Files.writeString(in.resolve("r" + i + ".jsonl"), JSON.writeValueAsString(o)));
        }
      }
    }
    return files;
  }

  private static void build(Path out, List<Path> inputs) {
    List<String> args = new ArrayList<>(List.of("build", "--no-language", "--out", out.toString()));
    inputs.forEach(p -> args.add(p.toString()));
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, r.exit, r.toString());
  }

  /** The whole JSON export but its header (which holds the export's time). */
  private JsonNode export(Path dossier) throws Exception {
    CliRun r = CliRun.of("export", dossier.toString(), "--format", "json", "-o",
        tmp.resolve(dossier.getFileName() + ".json").toString());
    assertEquals(0, r.exit, r.toString());
    ObjectNode all = (ObjectNode) JSON.readTree(tmp.resolve(dossier.getFileName() + ".json").toFile());
    all.remove("dossier");
    return all;
  }

  @Test
  void aRebuildAndAnIncrementalBuildEqualAFreshBuild() throws Exception {
    List<Path> files = reports();
    Path fresh = tmp.resolve("fresh");
    build(fresh, files);
    JsonNode expected = export(fresh);
    assertEquals(3, expected.get("stories").size(), expected.get("stories").toString());
    assertEquals(1, expected.get("storylines").size(), expected.get("storylines").toString());
    assertEquals(3, expected.get("storylines").get(0).get("stories").size());

    Path twice = tmp.resolve("twice");
    build(twice, files);
    build(twice, files);
    assertEquals(expected, export(twice));

    Path halves = tmp.resolve("halves");
    build(halves, files.subList(0, 2));
    build(halves, files);
    assertEquals(expected, export(halves));
  }
}

package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
  private static final String STRIKE = "Dockworkers in the port of Alder walked off the job on Monday, halting ferry"
      + " traffic across the strait for the first time in a decade. The union said the strike would last until"
      + " wages were raised, while the port authority called the walkout illegal and asked a regional court to"
      + " intervene. Freight companies warned that perishable goods were already piling up on the quays and"
      + " that shops on the islands would run short of fresh food within days if the ferries stayed idle.";
  private static final String MUSEUM = "The old harbour museum reopened on Saturday after a two-year restoration"
      + " paid for by the town and a private foundation. Visitors queued along the quay to see the restored"
      + " lighthouse lens, a collection of ship models and letters written by the keepers' families.";

  @TempDir
  Path tmp;

  @Test
  void buildIndexesAndSearchCollapsesCopies() throws Exception {
    Path in = tmp.resolve("feed.jsonl");
    ObjectMapper m = new ObjectMapper();
    Files.writeString(in, String.join("\n",
        m.writeValueAsString(java.util.Map.of("id", "1", "title", "Ferry strike halts traffic", "text", STRIKE,
            "outlet", "Coastal Courier", "published", "2021-03-01")),
        m.writeValueAsString(java.util.Map.of("id", "2", "title", "Ferry strike halts traffic", "text", STRIKE,
            "outlet", "Valley Herald", "published", "2021-03-01")),
        m.writeValueAsString(java.util.Map.of("id", "3", "title", "Harbour museum reopens", "text", MUSEUM,
            "outlet", "Coastal Courier", "published", "2021-05-02"))) + "\n");
    Path out = tmp.resolve("dossier");
    CliRun build = CliRun.of("build", in.toString(), "--out", out.toString(), "-q", "--no-language");
    assertEquals(0, build.exit, build.toString());
    assertTrue(build.out.contains("search index: "), build.out);

    CliRun json = CliRun.of("search", out.toString(), "FERRY strike", "--json", "--facets");
    assertEquals(0, json.exit, json.toString());
    JsonNode r = m.readTree(json.out);
    assertEquals(1, r.get("total").asInt());
    assertEquals(2, r.get("hits").get(0).get("outlets").size());
    assertTrue(r.get("hits").get(0).get("snippet").asText().contains("<mark>ferry</mark>"), json.out);
    assertEquals(2, r.get("facets").get("outlet").size());

    CliRun all = CliRun.of("search", out.toString(), "ferry", "--all-copies", "--json");
    assertEquals(2, m.readTree(all.out).get("total").asInt());

    CliRun text = CliRun.of("search", out.toString(), "published:2021-05");
    assertEquals(0, text.exit, text.toString());
    assertTrue(text.out.startsWith("1 hit for published:2021-05"), text.out);
    assertTrue(text.out.contains("1. Harbour museum reopens  [2021-05-02]"), text.out);

    CliRun bad = CliRun.of("search", out.toString(), "\"ferry");
    assertEquals(1, bad.exit);
    assertTrue(bad.err.contains("malformed query"), bad.err);
  }

  @Test
  void aFolderWithoutIndexGetsAClearError() {
    CliRun r = CliRun.of("search", tmp.toString(), "ferry");
    assertEquals(1, r.exit);
    assertTrue(r.err.contains("no search index yet: run `dossier build`"), r.err);
  }
}

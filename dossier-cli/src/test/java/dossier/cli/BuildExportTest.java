package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build → info → export, through the command line, on a small team-written corpus. */
class BuildExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String LEDGER_PAGE = String.join("\n",
      "Home",
      "World",
      "Politics",
      "Business",
      "",
      "Border talks resume in Kestov after week of shelling",
      "",
      "Published: 10:20 AM, 14 Mar, 2024",
      "",
      "Share this article",
      "",
      "KESTOV (Reuters) — Negotiators from Norland and Velsia met in Kestov on Thursday for the first time "
          + "since shelling along the disputed Arvel valley killed at least 31 soldiers, officials said.",
      "",
      "The talks, hosted by the regional contact group, lasted more than six hours and ended without a joint "
          + "statement, according to two diplomats who attended the meeting.",
      "",
      "\"We came to listen, and we listened,\" Velsia's deputy foreign minister told reporters as he left "
          + "the building late in the evening.",
      "",
      "Norland's defence ministry said separately that its forces had observed the truce overnight and "
          + "accused Velsian units of moving artillery closer to the line of contact.",
      "",
      "Related articles",
      "Markets slide as energy prices climb",
      "Floods close mountain roads in the north",
      "",
      "© 2024 The Evening Ledger. All rights reserved.",
      "");

  @TempDir
  Path tmp;

  private Path corpus() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/pages"));
    Files.writeString(in.resolve("ledger.txt"), LEDGER_PAGE);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      o.write(LEDGER_PAGE.replace("Thursday", "Friday").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Files.write(in.resolve("copy.txt.gz"), gz.toByteArray());
    Files.writeString(tmp.resolve("in/feed.jsonl"),
        "{\"id\":\"n-7\",\"title\":\"Aid convoy reaches valley\",\"text\":\"An aid convoy reached the Arvel valley "
            + "on Saturday.\\n\\nIt carried food and medicine.\",\"published\":\"2024-03-16T09:00:00Z\","
            + "\"outlet\":\"Harbour Daily\"}\n"
            + "{\"id\":\"n-8\",\"title\":\"Empty record\"}\n");
    Files.write(tmp.resolve("in/scan.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2});
    return tmp.resolve("in");
  }

  @Test
  void buildsExportsAndResumes() throws Exception {
    Path in = corpus();
    Path out = tmp.resolve("dossier");
    CliRun build = CliRun.of("build", in.toString(), "--out", out.toString());
    assertEquals(0, build.exit, build.toString());
    assertTrue(build.out.contains("articles written: 3"), build.toString());
    assertTrue(build.err.contains(in + "/scan.txt: binary file, not text"), build.toString());
    assertTrue(build.err.contains(in + "/feed.jsonl: record 2: no 'text' field with text"), build.toString());

    Path json = tmp.resolve("export.json");
    CliRun export = CliRun.of("export", out.toString(), "--format", "json", "-o", json.toString());
    assertEquals(0, export.exit, export.toString());
    JsonNode root = JSON.readTree(json.toFile());
    Map<String, JsonNode> bySource = new HashMap<>();
    root.get("articles").forEach(a -> bySource.put(a.get("source").asText(), a));
    assertEquals(3, bySource.size(), bySource.keySet().toString());

    JsonNode page = bySource.get(in + "/pages/ledger.txt");
    assertEquals("Border talks resume in Kestov after week of shelling", page.get("title").asText());
    String text = page.get("text").asText();
    assertTrue(text.startsWith("KESTOV (Reuters) — Negotiators from Norland"), text);
    assertTrue(text.endsWith("closer to the line of contact."), text);
    for (String gone : List.of("Share this article", "Related articles", "Evening Ledger. All rights", "Published:")) {
      assertFalse(text.contains(gone), gone + " left in " + text);
    }
    assertEquals("Reuters", page.get("credit").asText());
    assertEquals("2024-03-14", page.get("published").get("value").asText());
    assertTrue(page.get("removed").size() >= 6, page.get("removed").toString());
    assertTrue(bySource.containsKey(in + "/pages/copy.txt.gz"));
    JsonNode record = bySource.get(in + "/feed.jsonl#n-7");
    assertEquals("An aid convoy reached the Arvel valley on Saturday.\n\nIt carried food and medicine.",
        record.get("text").asText());
    assertEquals("INPUT", record.get("published").get("basis").asText());
    for (String section : List.of("duplicates", "stories", "entities", "events", "figures")) {
      assertTrue(root.get(section).isArray(), section);
    }

    CliRun info = CliRun.of("info", out.toString());
    assertEquals(0, info.exit, info.toString());
    assertTrue(info.out.contains("articles: 3"), info.out);
    assertTrue(info.out.contains("2024-03-14 .. 2024-03-16"), info.out);
    assertTrue(info.out.contains(in + "/scan.txt: binary file, not text"), info.out);

    CliRun again = CliRun.of("build", in.toString(), "--out", out.toString());
    assertEquals(0, again.exit, again.toString());
    assertTrue(again.out.contains("0 read, 4 unchanged"), again.out);

    Path csv = tmp.resolve("articles.csv");
    assertEquals(0, CliRun.of("export", out.toString(), "--format", "csv", "-o", csv.toString()).exit);
    List<String> lines = Files.readAllLines(csv);
    assertTrue(lines.get(0).startsWith("id,source,"), lines.get(0));

    Path jsonl = tmp.resolve("all.jsonl");
    assertEquals(0, CliRun.of("export", out.toString(), "--format", "jsonl", "-o", jsonl.toString()).exit);
    for (String line : Files.readAllLines(jsonl)) {
      assertTrue(JSON.readTree(line).has("section"), line);
    }
  }

  @Test
  void usageErrorsAndUnreadableInputsExitNonZero() throws Exception {
    assertEquals(2, CliRun.of("build", tmp.toString()).exit, "no --out is a usage error");
    assertEquals(2, CliRun.of("export", tmp.toString(), "--frobnicate").exit);
    CliRun missing = CliRun.of("build", tmp.resolve("nope").toString(), "--out", tmp.resolve("d").toString());
    assertEquals(1, missing.exit);
    assertTrue(missing.err.contains("nope: no such file or folder"), missing.toString());
    CliRun notDossier = CliRun.of("info", tmp.resolve("nothing").toString());
    assertEquals(1, notDossier.exit);
    assertTrue(notDossier.err.contains("nothing"), notDossier.toString());
    CliRun badFormat = CliRun.of("export", tmp.toString(), "--format", "xml");
    assertEquals(1, badFormat.exit);
    assertTrue(badFormat.err.contains("xml"), badFormat.toString());
    assertTrue(CliRun.of("--version").out.startsWith("dossier "));
  }
}

package dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {
  @TempDir
  Path dir;

  @Test
  void walksFoldersInOrderKeepingTheGivenPath() throws Exception {
    Files.createDirectories(dir.resolve("in/b"));
    Files.createDirectories(dir.resolve("in/.cache"));
    Files.createDirectories(dir.resolve("in/out"));
    Files.writeString(dir.resolve("in/b/2.txt"), "x");
    Files.writeString(dir.resolve("in/a.jsonl.gz"), "x");
    Files.writeString(dir.resolve("in/.hidden.txt"), "x");
    Files.writeString(dir.resolve("in/.cache/c.txt"), "x");
    Files.writeString(dir.resolve("in/out/dossier.duckdb"), "x");
    Files.writeString(dir.resolve("in/page.HTML"), "x");
    List<BadInputException> problems = new ArrayList<>();
    String given = dir.resolve("in").toString();
    try (Stream<InputFile> s = new InputScanner(List.of(dir.resolve("in/out")))
        .scan(List.of(given, dir.resolve("nope").toString()), problems::add)) {
      List<InputFile> files = s.toList();
      assertEquals(List.of(given + "/a.jsonl.gz", given + "/b/2.txt", given + "/page.HTML"),
          files.stream().map(InputFile::source).toList());
      assertEquals(List.of(InputKind.JSONL, InputKind.TEXT, InputKind.HTML),
          files.stream().map(InputFile::kind).toList());
      assertEquals(true, files.get(0).gzip());
    }
    assertEquals(1, problems.size());
    assertEquals(dir.resolve("nope") + ": no such file or folder", problems.get(0).getMessage());
  }
}

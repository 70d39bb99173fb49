package dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.ingest.InputFile;
import dossier.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildRunnerTest {
  @TempDir
  Path dir;

  /** A store in memory: outcomes by file, articles by id, and an optional failure after N batches. */
  static final class MemorySink implements Sink {
    final Map<String, FileOutcome> files = new HashMap<>();
    final Map<String, Article> articles = new LinkedHashMap<>();
    int batches;
    int failAfter = Integer.MAX_VALUE;

    @Override
    public void write(List<FileOutcome> batch) {
      if (batches++ >= failAfter) {
        throw new IllegalStateException("disk full");
      }
      for (FileOutcome o : batch) {
        files.put(o.file().source(), o);
        o.articles().forEach(a -> articles.put(a.id(), a));
      }
    }

    @Override
    public long[] resumeFrom(List<InputFile> batch) {
      long[] out = new long[batch.size()];
      for (int i = 0; i < out.length; i++) {
        FileOutcome o = files.get(batch.get(i).source());
        out[i] = o == null ? 0 : o.status() == FileOutcome.Status.PARTIAL ? o.progress() : UNCHANGED;
      }
      return out;
    }
  }

  private Path jsonl(String name, int records) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < records; i++) {
      b.append("{\"id\":\"r").append(i).append("\",\"title\":\"Report ").append(i)
          .append("\",\"text\":\"Delegations met for round ").append(i).append(" of the talks.\"}\n");
    }
    return Files.writeString(dir.resolve(name), b);
  }

  @Test
  void readsGoodFilesAndReportsEachBadOneByName() throws Exception {
    jsonl("feed.jsonl", 3);
    Files.writeString(dir.resolve("broken.json"), "{\"title\":\"no text here\"}");
    Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, 0, 0});
    Files.writeString(dir.resolve("page.html"), "<html></html>");
    Files.writeString(dir.resolve("notes.docx"), "x");
    List<String> seen = new ArrayList<>();
    ProgressListener listener = new ProgressListener() {
      @Override
      public void problem(String message) {
        seen.add(message);
      }
    };
    MemorySink sink = new MemorySink();
    Summary s = new BuildRunner(BuildOptions.defaults().withThreads(2)).run(List.of(dir.toString()), sink, listener);

    assertEquals(5, s.filesSeen());
    assertEquals(3, s.articlesWritten());
    assertEquals(3, sink.articles.size());
    assertEquals(4, s.filesFailed());
    assertTrue(!s.nothingRead());
    assertTrue(seen.contains(dir + "/blob.txt: binary file, not text"), seen.toString());
    assertTrue(seen.contains(dir + "/broken.json: record 1: no 'text' field with text"), seen.toString());
    assertTrue(seen.contains(dir + "/page.html: no article text found in the page"), seen.toString());
    assertTrue(seen.stream().anyMatch(m -> m.startsWith(dir + "/notes.docx: not an input type")), seen.toString());
    assertEquals(1L, s.skipped().get("binary file, not text"));
    assertEquals(FileOutcome.Status.SKIPPED, sink.files.get(dir + "/notes.docx").status());
  }

  @Test
  void secondRunPassesOverUnchangedFiles() throws Exception {
    jsonl("a.jsonl", 5);
    MemorySink sink = new MemorySink();
    BuildRunner runner = new BuildRunner(BuildOptions.defaults());
    runner.run(List.of(dir.toString()), sink, ProgressListener.silent());
    jsonl("b.jsonl", 2);
    Summary again = runner.run(List.of(dir.toString()), sink, ProgressListener.silent());
    assertEquals(1, again.filesUnchanged());
    assertEquals(1, again.filesRead());
    assertEquals(2, again.articlesWritten());
    assertEquals(7, sink.articles.size());
  }

  @Test
  void aRunThatDiesMidFileResumesAfterTheLastStoredChunk() throws Exception {
    jsonl("big.jsonl", 1000);
    MemorySink sink = new MemorySink();
    sink.failAfter = 2; // two transactions stored, then the "disk" fails: like a killed build
    BuildRunner runner = new BuildRunner(BuildOptions.defaults().withBatch(100, 100).withThreads(1));
    assertThrows(IllegalStateException.class,
        () -> runner.run(List.of(dir.toString()), sink, ProgressListener.silent()));
    int before = sink.articles.size();
    assertTrue(before > 0 && before < 1000, "some chunks were stored: " + before);
    FileOutcome partial = sink.files.get(dir + "/big.jsonl");
    assertEquals(FileOutcome.Status.PARTIAL, partial.status());
    assertEquals(before, partial.progress());

    sink.failAfter = Integer.MAX_VALUE;
    Summary s = runner.run(List.of(dir.toString()), sink, ProgressListener.silent());
    assertEquals(1000 - before, s.articlesWritten(), "only the records not stored before are read again");
    assertEquals(1000, sink.articles.size());
    assertEquals(FileOutcome.Status.DONE, sink.files.get(dir + "/big.jsonl").status());
  }

  @Test
  void nothingReadableIsSaid() throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "");
    Summary s = new BuildRunner(BuildOptions.defaults()).run(List.of(dir.toString()), new MemorySink(),
        ProgressListener.silent());
    assertTrue(s.nothingRead());
    assertEquals(Map.of("empty file", 1L), s.skipped());
    Summary none = new BuildRunner(BuildOptions.defaults()).run(List.of(dir.resolve("missing").toString()),
        new MemorySink(), ProgressListener.silent());
    assertTrue(none.nothingRead());
    assertEquals(List.of(dir.resolve("missing") + ": no such file or folder"), none.problems());
  }
}

package dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.html.HtmlExtractor;
import dossier.ingest.BadInputException;
import dossier.ingest.InputFile;
import dossier.ingest.InputKind;
import dossier.model.Article;
import dossier.warc.WarcArticlesTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class HtmlHandlersTest {
  @TempDir
  Path dir;

  private static InputFile input(Path p) throws Exception {
    String n = p.getFileName().toString();
    return new InputFile(p, n, InputKind.of(n), n.endsWith(".gz"), Files.size(p),
        Files.getLastModifiedTime(p).toMillis());
  }

  private static final class Collect implements InputHandler.Emitter {
    final List<Long> indexes = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void article(long index, Article article) {
      indexes.add(index);
      articles.add(article);
    }

    @Override
    public void bad(long index, String problem) {
      problems.add(index + ": " + problem);
    }
  }

  @Test
  void htmlPageGivesOneArticleOrSaysWhyNot() throws Exception {
    HtmlHandler h = new HtmlHandler(new HtmlExtractor(), 1 << 20, new StageTimes());
    Path page = Files.writeString(dir.resolve("page.html"), "<html><body><article><h1>Ferry resumes</h1><p>The"
        + " island ferry resumed its winter timetable on Monday after a week of repairs to its engine.</p>"
        + "</article></body></html>");
    Collect c = new Collect();
    h.read(input(page), 0, c);
    assertEquals(1, c.articles.size());
    assertEquals("page.html", c.articles.get(0).source());
    assertTrue(c.articles.get(0).text().startsWith("The island ferry resumed"));

    Path empty = Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
    Collect e = new Collect();
    h.read(input(empty), 0, e);
    assertEquals(List.of("0: no article text found in the page"), e.problems);

    Path binary = Files.write(dir.resolve("x.html"), new byte[] {0, 1, 2, 0, 5});
    BadInputException ex = assertThrows(BadInputException.class, () -> h.read(input(binary), 0, new Collect()));
    assertTrue(ex.getMessage().startsWith("x.html: binary"), ex.getMessage());
  }

  @Test
  void warcGivesArticlesByRecordIndexAndOneSummaryOfSkippedPages() throws Exception {
    Path f = WarcArticlesTest.writeCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
    WarcHandler h = new WarcHandler(new HtmlExtractor(), 1 << 20, new StageTimes());
    Collect c = new Collect();
    h.read(input(f), 0, c);
    assertEquals(List.of(1L, 3L), c.indexes);
    assertEquals(1, c.problems.size());
    assertTrue(c.problems.get(0).contains("1 of 4 records held no HTML page"), c.problems.get(0));
    assertTrue(c.problems.get(0).contains("response not HTML (image/png)"), c.problems.get(0));
  }

  @Test
  void damagedWarcNamesTheFileAndKeepsEarlierArticles() throws Exception {
    byte[] whole = Files.readAllBytes(WarcArticlesTest.writeCrawl(dir.resolve("w.warc.gz"), WarcCompression.GZIP));
    Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 200));
    WarcHandler h = new WarcHandler(new HtmlExtractor(), 1 << 20, new StageTimes());
    Collect c = new Collect();
    BadInputException e = assertThrows(BadInputException.class, () -> h.read(input(cut), 0, c));
    assertTrue(e.getMessage().startsWith("cut.warc.gz: damaged WARC after record"), e.getMessage());
    assertEquals(1, c.articles.size());
  }

  @Test
  void htmlPageOverTheLimitIsRefused() throws Exception {
    Path big = Files.write(dir.resolve("big.html"), "<p>x</p>".repeat(1000).getBytes(StandardCharsets.UTF_8));
    HtmlHandler h = new HtmlHandler(new HtmlExtractor(), 1000, new StageTimes());
    assertThrows(BadInputException.class, () -> h.read(input(big), 0, new Collect()));
  }
}

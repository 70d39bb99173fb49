package dossier.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.html.HtmlExtractor;
import dossier.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small crawl written with jwarc's own writer, read back. */
public class WarcArticlesTest {
  @TempDir
  Path dir;

  static final Instant FETCHED = Instant.parse("2022-05-04T10:15:00Z");

  static String page(String title, String para) {
    return "<html lang=\"en\"><head><title>" + title + "</title></head><body><nav><a href=/>Home</a></nav>"
        + "<article><h1>" + title + "</h1><p>" + para + "</p><p>Officials said the work would continue through"
        + " the summer, weather permitting, and that traffic would be diverted at night.</p></article></body></html>";
  }

  /** Writes request, HTML response (gzip-encoded, windows-1252), image response, HTML resource. */
  public static Path writeCrawl(Path file, WarcCompression compression) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), compression)) {
      String u1 = "https://town.example/2022/05/03/road-works";
      w.write(new WarcRequest.Builder(URI.create(u1)).date(FETCHED)
          .body(new HttpRequest.Builder("GET", "/2022/05/03/road-works").addHeader("Host", "town.example").build())
          .build());
      byte[] html = page("Road works begin on the ring road", "Crews started resurfacing the ring road on"
          + " Tuesday, the café owners along it said business was quiet.").getBytes(Charset.forName("windows-1252"));
      w.write(new WarcResponse.Builder(URI.create(u1)).date(FETCHED)
          .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
              .body(MediaType.parse("text/html; charset=windows-1252"), gzip(html)).build()).build());
      w.write(new WarcResponse.Builder(URI.create("https://town.example/logo.png")).date(FETCHED)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build())
          .build());
      w.write(new WarcResource.Builder(URI.create("https://town.example/notes/library")).date(FETCHED)
          .body(MediaType.HTML, page("Library opens longer on Saturdays", "The town library will stay open"
              + " until six on Saturdays from June, after a survey of readers asked for it.")
              .getBytes(StandardCharsets.UTF_8)).build());
    }
    return file;
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private record Read(List<Long> indexes, List<Article> articles, WarcArticles.Counts counts) {}

  private static Read read(InputStream in, long skip) throws IOException {
    List<Long> idx = new ArrayList<>();
    List<Article> arts = new ArrayList<>();
    WarcArticles.Counts c = new WarcArticles(new HtmlExtractor(), 1 << 20).read(in, "crawl.warc", skip,
        (index, a) -> {
          idx.add(index);
          arts.add(a);
        });
    return new Read(idx, arts, c);
  }

  @Test
  void readsHtmlResponsesAndResourcesAndCountsTheRest() throws Exception {
    for (WarcCompression comp : WarcCompression.values()) {
      if (comp != WarcCompression.NONE && comp != WarcCompression.GZIP) {
        continue;
      }
      Path f = writeCrawl(dir.resolve("crawl-" + comp + ".warc"), comp);
      Read r;
      try (InputStream in = Files.newInputStream(f)) {
        r = read(in, 0);
      }
      assertEquals(List.of(1L, 3L), r.indexes(), comp.toString());
      Article a = r.articles().get(0);
      assertEquals("https://town.example/2022/05/03/road-works", a.url());
      assertTrue(a.source().startsWith("crawl.warc#urn:uuid:"), a.source());
      assertTrue(a.text().contains("the café owners"), "gzip content-encoding and charset decoded: " + a.text());
      assertEquals(LocalDate.of(2022, 5, 3), a.published().range().value());
      assertEquals("Library opens longer on Saturdays", r.articles().get(1).title());
      assertEquals(4, r.counts().records());
      assertEquals(2, r.counts().articles());
      assertEquals(1L, r.counts().skipped().get("request"));
      assertEquals(1L, r.counts().skipped().get("response not HTML (image/png)"));
      assertEquals(1, r.counts().skippedPages());
    }
  }

  @Test
  void resumesAfterSkippedRecords() throws Exception {
    Path f = writeCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
    try (InputStream in = Files.newInputStream(f)) {
      Read r = read(in, 2);
      assertEquals(List.of(3L), r.indexes());
      assertEquals(2L, r.counts().skipped().get("before resume point"));
    }
  }

  @Test
  void truncatedArchiveFailsAfterKeepingTheRecordsBeforeTheDamage() throws Exception {
    byte[] whole = Files.readAllBytes(writeCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP));
    byte[] cut = Arrays.copyOf(whole, whole.length - 200);
    List<Long> seen = new ArrayList<>();
    assertThrows(IOException.class, () -> new WarcArticles(new HtmlExtractor(), 1 << 20)
        .read(new java.io.ByteArrayInputStream(cut), "cut.warc.gz", 0, (i, a) -> seen.add(i)));
    assertEquals(List.of(1L), seen);
  }
}

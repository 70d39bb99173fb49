package dossier.warc;

import dossier.html.HtmlExtractor;
import dossier.html.PageDecoder;
import dossier.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the HTML pages of a WARC (plain or gzip, as jwarc tells) record by record, never holding
 * more than one record's page: response records with an HTML payload and status 200, and resource
 * records of HTML, each through {@link HtmlExtractor} with the record's target URI and WARC-Date.
 * Other records are skipped and counted by reason.
 *
 * <p>An article's source is {@code PATH#RECORD-ID} (the WARC-Record-ID without its angle
 * brackets): unique within a crawl even when a URL was fetched twice.
 */
public final class WarcArticles {
  private final HtmlExtractor extractor;
  private final long maxPageBytes;

  /** Receives what is read; {@code index} is the record's position in the file, from 0. */
  public interface Handler {
    void article(long index, Article article);

    /** A record that holds no page: {@code reason} is short and shared by like records. */
    default void skipped(long index, String reason) {}
  }

  /** Records read, articles given, and skipped records by reason. */
  public record Counts(long records, long articles, Map<String, Long> skipped) {
    /** Skipped records that could have held a page (responses and resources), by reason. */
    public long skippedPages() {
      return skipped.entrySet().stream().filter(e -> !ROUTINE.contains(e.getKey()))
          .mapToLong(Map.Entry::getValue).sum();
    }
  }

  /** Record types every crawl writes besides its pages: skipping them is no news. */
  static final java.util.Set<String> ROUTINE = java.util.Set.of("request", "metadata", "warcinfo",
      "revisit", "conversion", "continuation", "before resume point");

  /**
   * @param maxPageBytes pages larger than this (decoded) are skipped, not read
   */
  public WarcArticles(HtmlExtractor extractor, long maxPageBytes) {
    this.extractor = extractor;
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * Reads {@code in} (the WARC's bytes, gzip or not) from record {@code skip} on.
   *
   * @param source the file as the user named it; articles get {@code source#RECORD-ID}
   * @throws IOException when the archive is damaged; records before the damage were handed on
   */
  public Counts read(InputStream in, String source, long skip, Handler out) throws IOException {
    Map<String, Long> skipped = new TreeMap<>();
    long index = -1;
    long articles = 0;
    try (WarcReader reader = new WarcReader(in)) {
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        WarcRecord r = next.get();
        index++;
        String why;
        if (index < skip) {
          why = "before resume point";
        } else {
          why = page(r, source, index, out);
        }
        if (why == null) {
          articles++;
        } else {
          skipped.merge(why, 1L, Long::sum);
          out.skipped(index, why);
        }
      }
    }
    return new Counts(index + 1, articles, skipped);
  }

  /** Hands on the record's article, or says why it has none. */
  private String page(WarcRecord r, String source, long index, Handler out) throws IOException {
    String type = r.type();
    byte[] bytes;
    String charset;
    if (r instanceof WarcResponse resp) {
      HttpResponse http;
      try {
        http = resp.http();
      } catch (IOException e) {
        return "response without a readable HTTP message";
      }
      if (!html(http.contentType())) {
        return "response not HTML (" + base(http.contentType()) + ")";
      }
      if (http.status() != 200) {
        return "response with HTTP status " + http.status();
      }
      charset = http.contentType().parameters().get("charset");
      bytes = readLimited(http.bodyDecoded().stream());
    } else if (r instanceof WarcResource res) {
      if (!html(res.contentType())) {
        return "resource not HTML (" + base(res.contentType()) + ")";
      }
      charset = res.contentType().parameters().get("charset");
      bytes = readLimited(res.body().stream());
    } else {
      return type;
    }
    if (bytes == null) {
      return "page larger than the size limit";
    }
    String url = ((WarcTargetRecord) r).target();
    Instant fetched = r.date();
    String id = r.id().toString();
    Article a = extractor.extract(source + "#" + id, url, PageDecoder.decode(bytes, charset), fetched);
    if (a.text().isBlank()) {
      return "page with no article text";
    }
    out.article(index, a);
    return null;
  }

  private static boolean html(MediaType t) {
    String b = base(t);
    return b.equals("text/html") || b.equals("application/xhtml+xml");
  }

  private static String base(MediaType t) {
    return t == null ? "no type" : (t.type() + "/" + t.subtype()).toLowerCase(Locale.ROOT);
  }

  /** The stream's bytes, or null past the limit (the rest is left for jwarc to skip). */
  private byte[] readLimited(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 16);
    byte[] buf = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      if (total > maxPageBytes) {
        return null;
      }
      b.write(buf, 0, n);
    }
    return b.toByteArray();
  }
}

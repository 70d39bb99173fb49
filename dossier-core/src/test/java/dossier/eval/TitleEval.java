package dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.extract.LineStats;
import dossier.extract.TextPageExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title accuracy of the plain-text extractor: the text-pages folder's pages are text dumps of the
 * article-extraction folder's HTML pages (matched by URL); the true headline is the HTML page's
 * og:title or h1 without a " | Site" / " - Site" suffix.
 */
final class TitleEval {
  private TitleEval() {}

  record Page(String page, String truth, String found, boolean exact, double f1) {}

  record Report(List<Page> pages, double exact, double f1) {}

  static Report run(Path textPages, Path html) throws IOException {
    Map<String, String> byUrl = new HashMap<>();
    JsonNode hgt = new ObjectMapper().readTree(html.resolve("ground-truth.json").toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = hgt.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byUrl.put(e.getValue().path("url").asText(), e.getKey());
    }
    JsonNode tgt = new ObjectMapper().readTree(textPages.resolve("ground-truth.json").toFile());
    Map<String, String> pages = new TreeMap<>();
    Map<String, String> truths = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = tgt.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = byUrl.get(e.getValue().path("url").asText());
      Path h = id == null ? null : html.resolve("html").resolve(id + ".html.gz");
      if (h == null || !Files.isRegularFile(h)) {
        continue;
      }
      String t = headline(h, e.getValue().path("url").asText());
      if (t == null || t.isBlank()) {
        continue;
      }
      truths.put(e.getKey(), t);
      pages.put(e.getKey(), Files.readString(textPages.resolve("pages").resolve(e.getKey()),
          StandardCharsets.UTF_8));
    }
    LineStats.Builder stats = LineStats.builder();
    pages.values().forEach(stats::add);
    TextPageExtractor ex = new TextPageExtractor(stats.build());
    List<Page> out = new ArrayList<>();
    double exact = 0;
    double f1 = 0;
    for (Map.Entry<String, String> e : pages.entrySet()) {
      String found = ex.extract(e.getKey(), e.getValue()).title();
      String truth = truths.get(e.getKey());
      boolean ok = norm(truth).equals(norm(found));
      double f = tokenF1(truth, found);
      exact += ok ? 1 : 0;
      f1 += f;
      out.add(new Page(e.getKey(), truth, found, ok, f));
    }
    int n = Math.max(1, out.size());
    return new Report(out, exact / n, f1 / n);
  }

  /** og:title, else the first h1, without a trailing " | Site" or " - Site". */
  static String headline(Path gz, String url) throws IOException {
    Document d;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      d = Jsoup.parse(in, null, url);
    }
    Element og = d.selectFirst("meta[property=og:title]");
    String t = og == null ? "" : og.attr("content").strip();
    if (t.isEmpty()) {
      Element h1 = d.selectFirst("h1");
      t = h1 == null ? "" : h1.text().strip();
    }
    return t.replaceFirst("\\s+[|\\-–—]\\s+[^|\\-–—]{1,40}$", "").strip();
  }

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    return s.toLowerCase(Locale.ROOT).replaceAll("[’‘`´]", "'").replaceAll("[“”„]", "\"")
        .replaceAll("[‐‑–—]", "-").replace("…", "...").replaceAll("\\s+", " ").strip()
        .replaceAll("(?<!\\.)\\.$", "");
  }

  static double tokenF1(String truth, String found) {
    List<String> a = tokens(truth);
    List<String> b = tokens(found);
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty() ? 1 : 0;
    }
    Map<String, Integer> left = new HashMap<>();
    a.forEach(t -> left.merge(t, 1, Integer::sum));
    int common = 0;
    for (String t : b) {
      Integer c = left.get(t);
      if (c != null && c > 0) {
        left.put(t, c - 1);
        common++;
      }
    }
    if (common == 0) {
      return 0;
    }
    double p = common / (double) b.size();
    double r = common / (double) a.size();
    return 2 * p * r / (p + r);
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    for (String t : norm(s).split("[^\\p{L}\\p{N}']+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}

package dossier.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed requests for a running server, sent as raw HTTP over a socket so that what no HTTP
 * client would send (bad escapes, control characters, huge values, odd methods) reaches the
 * server. A request fails the run when it gets a 5xx or a body that looks like a stack trace.
 */
public final class Fuzz {
  /** What one run found. */
  public record Report(int requests, int[] byClass, int unavailable, List<String> failures,
      List<String> unrepeatable) {
    public boolean ok() {
      return failures.isEmpty();
    }

    @Override
    public String toString() {
      return String.format("%d requests: %d 2xx, %d 3xx, %d 4xx, %d 5xx (%d of them 503: search index"
          + " missing), %d without answer; %d failures; %d 5xx that a resend did not repeat%s",
          requests, byClass[2], byClass[3], byClass[4], byClass[5], unavailable, byClass[0],
          failures.size(), unrepeatable.size(), unrepeatable.isEmpty() ? "" : ": " + unrepeatable);
    }
  }

  private static final String[] ROUTES = {"/api/info", "/api/articles", "/api/articles/{id}",
      "/api/articles/{id}/mentions", "/api/duplicates", "/api/duplicates/{id}", "/api/syndication",
      "/api/stories", "/api/stories/{id}", "/api/storylines", "/api/storylines/{id}",
      "/api/timeline", "/api/entities", "/api/entities/{id}", "/api/entities/{id}/mentions",
      "/api/entities/{id}/cooccurring", "/api/events", "/api/events/{id}", "/api/figures",
      "/api/figures/{id}", "/api/search", "/api/openapi.json", "/", "/api", "/api/"};
  private static final String[] PARAMS = {"offset", "limit", "from", "to", "q", "type", "kind",
      "entity", "story", "outlet", "credit", "language", "status", "claimant", "article", "facets",
      "collapse", "wire", "x"};
  private static final String[] NASTY = {"-1", "0", "101", "99999999999999999999", "1e3", "NaN",
      "2020-13-45", "2020-02-30", "'; DROP TABLE articles; --", "\" OR 1=1 --", "%00", "%", "%zz",
      "%C0%AF", "%E2%80%AE", "..%2f..%2fetc%2fpasswd", "../../etc/passwd", "%2e%2e%2f", "<script>",
      "{{7*7}}", "${jndi:ldap://x}", "\\u0000", "AND OR NOT", "title:(", "\"unclosed", "*", "?",
      "[2020 TO", "published:[* TO *]", "a~3", "/regex/", "\u00e9t\u00e9", "%F0%9F%92%A5", "true",
      "maybe", "%EF%BF%BF", "%ED%A0%80", "+", "&&", "||", "a^b", "ceasefire"};
  private static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "PUT", "DELETE",
      "HEAD", "OPTIONS", "TRACE", "PATCH", "FOO"};

  private final String host;
  private final int port;
  private final Random random;

  public Fuzz(String host, int port, long seed) {
    this.host = host;
    this.port = port;
    this.random = new Random(seed);
  }

  /** Sends {@code n} malformed requests, one connection each, and reports what came back. */
  public Report run(int n) {
    int[] byClass = new int[6];
    List<String> failures = new ArrayList<>();
    List<String> unrepeatable = new ArrayList<>();
    int unavailable = 0;
    for (int i = 0; i < n; i++) {
      String method = METHODS[random.nextInt(METHODS.length)];
      String target = target();
      Answer a;
      try {
        a = send(method, target);
      } catch (IOException e) {
        byClass[0]++; // the server may refuse garbage by closing: not a failure
        continue;
      }
      int cls = a.status / 100;
      byClass[cls >= 1 && cls <= 5 ? cls : 0]++;
      if (a.status == 503 && a.body.contains("search is not available")) {
        unavailable++; // the dossier has no search index: the documented answer, not a failure
      } else if (a.status >= 500) {
        String what = a.status + " for " + method + " " + shorten(target) + ": " + shorten(a.body);
        if (repeats(method, target)) {
          failures.add(what);
        } else {
          unrepeatable.add(what); // once in some 10^5 on a loaded machine, from Jetty's own parser
        }
      } else if (looksLikeStackTrace(a.body)) {
        failures.add("stack trace in the answer to " + method + " " + shorten(target));
      }
    }
    return new Report(n, byClass, unavailable, failures, unrepeatable);
  }

  /**
   * Whether a request that got a 5xx gets one again, three tries: a fault of the server's code
   * does, while a rare timing fault below it (seen once in CI: a 505 from Jetty's request-line
   * parser for a well-formed line that 20,000 requests under load did not reproduce) does not.
   */
  private boolean repeats(String method, String target) {
    for (int i = 0; i < 3; i++) {
      try {
        if (send(method, target).status < 500) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  /** Whether a body shows code internals: exception names or stack frames. */
  public static boolean looksLikeStackTrace(String body) {
    return body.contains("Exception") || body.contains("\tat ") || body.contains("at dossier.")
        || body.contains("at io.javalin") || body.contains("at org.eclipse") || body.contains("at java.");
  }

  private String target() {
    String route = ROUTES[random.nextInt(ROUTES.length)];
    String id = switch (random.nextInt(6)) {
      case 0 -> hex(16);
      case 1 -> pick(NASTY);
      case 2 -> "x".repeat(1 + random.nextInt(3000));
      case 3 -> junk(1 + random.nextInt(40));
      case 4 -> "..";
      default -> "%2e%2e%2f" + pick(NASTY);
    };
    String path = route.replace("{id}", id);
    if (random.nextInt(10) == 0) {
      path = path.replace("/api/", pick(new String[] {"/api//", "/API/", "/api/./", "/api/../api/",
          "//api/", "/api/%2e/", "/api;x=1/"}));
    }
    StringBuilder q = new StringBuilder();
    int params = random.nextInt(5);
    for (int k = 0; k < params; k++) {
      q.append(k == 0 ? '?' : '&');
      q.append(random.nextInt(8) == 0 ? junk(5) : pick(PARAMS)).append('=');
      q.append(switch (random.nextInt(5)) {
        case 0 -> pick(NASTY);
        case 1 -> "y".repeat(random.nextInt(20_000));
        case 2 -> junk(1 + random.nextInt(60));
        case 3 -> Integer.toString(random.nextInt(2_000_000) - 1_000_000);
        default -> pick(NASTY) + pick(NASTY);
      });
    }
    return path + q;
  }

  /** Printable and unprintable ASCII, spaces and percent signs: whatever a broken client sends. */
  private String junk(int len) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      int c = random.nextInt(10) == 0 ? random.nextInt(32) : 32 + random.nextInt(95);
      if (c == '\r' || c == '\n') {
        c = '%'; // keep the request line one line: header injection is not what is tested here
      }
      b.append((char) c);
    }
    return b.toString();
  }

  private String hex(int len) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < len; i++) {
      b.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
    return b.toString();
  }

  private String pick(String[] a) {
    return a[random.nextInt(a.length)];
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + " chars)" : s;
  }

  private record Answer(int status, String body) {}

  private Answer send(String method, String target) throws IOException {
    try (Socket s = new Socket(host, port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      String raw = buf.toString(StandardCharsets.UTF_8);
      if (!raw.startsWith("HTTP/1.1 ") || raw.length() < 12) {
        throw new IOException("no status line");
      }
      int status = Integer.parseInt(raw.substring(9, 12));
      int split = raw.indexOf("\r\n\r\n");
      return new Answer(status, split < 0 ? "" : raw.substring(split + 4));
    }
  }
}

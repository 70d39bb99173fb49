package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.store.DossierStore;
import dossier.store.Snapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the timeline, entity and figures pages ask of the API, timed on a generated dossier of
 * {@code -Ddossier.load=N} articles (N = 100000 for the target): 5 mentions and 1 event a
 * article, a figure every second article, a dispute every 20 figures. After a first request that
 * makes the server compute the snapshot's timeline (timed and printed apart), every request must
 * answer within a second (the pages' budget) as the median of 5. Off unless the property is set:
 * generating the dossier takes a minute.
 */
@EnabledIfSystemProperty(named = "dossier.load", matches = "[0-9]+")
class ChartRoutesLoadTest {
  @TempDir
  Path dir;

  @Test
  void pageRequestsAnswerWithinASecond() throws Exception {
    int n = Integer.parseInt(System.getProperty("dossier.load"));
    // -Ddossier.load.dir=DIR keeps the generated dossier there (for `dossier serve DIR`)
    Path dir = System.getProperty("dossier.load.dir") == null ? this.dir
        : java.nio.file.Files.createDirectories(Path.of(System.getProperty("dossier.load.dir")));
    long t0 = System.nanoTime();
    try (DossierStore store = DossierStore.open(dir)) {
      // creates the schema
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("dossier.duckdb"));
        Statement s = c.createStatement()) {
      String[] sql = {
          "INSERT INTO articles (id, source, title, text, outlet, published_value, published_earliest,"
              + " published_latest, published_basis, published_confidence) SELECT printf('a%015d', i),"
              + " 'gen/' || i || '.txt', 'Report ' || i, 'Officials said on Monday that talks in the"
              + " capital had ended without a deal, and fighting resumed near the border. ' || i,"
              + " 'Outlet ' || (i % 12), DATE '2020-01-01' + CAST(i % 1500 AS INTEGER),"
              + " DATE '2020-01-01' + CAST(i % 1500 AS INTEGER), DATE '2020-01-01' + CAST(i % 1500 AS INTEGER),"
              + " 'STATED', 0.9 FROM range(" + n + ") t(i)",
          "INSERT INTO entities SELECT 'e' || i, 'Name ' || i, ['PERSON', 'ORGANIZATION', 'LOCATION'][1 + i % 3]"
              + " FROM range(5000) t(i)",
          // skewed: a few entities in most articles, as in news
          "INSERT INTO mentions (article_id, start_char, end_char, text, type, entity_id) SELECT"
              + " printf('a%015d', i), k * 10, k * 10 + 5, 'Name', 'PERSON',"
              + " 'e' || CAST(floor(pow(((i * 7919 + k * 104729) % 10007) / 10007.0, 3) * 5000) AS INTEGER)"
              + " FROM range(" + n + ") t(i), range(5) u(k)",
          "INSERT INTO events SELECT 'v' || i, ['ASSAULT', 'AGREE', 'CONSULT', 'ACCUSE', 'REJECT'][1 + i % 5],"
              + " NULL, ['happened', 'planned', 'claimed', 'denied', 'hoped'][1 + (i // 5) % 5],"
              + " DATE '2020-01-01' + CAST(i % 1500 AS INTEGER), DATE '2020-01-01' + CAST(i % 1500 AS INTEGER),"
              + " DATE '2020-01-01' + CAST(i % 1500 AS INTEGER), 'e' || (i % 50), 0.8 FROM range(" + n + ") t(i)",
          "INSERT INTO event_participants SELECT 'v' || i, k, 'e' || ((i + k * 3) % 200), 'SOURCE'"
              + " FROM range(" + n + ") t(i), range(2) u(k)",
          "INSERT INTO event_sources (event_id, ord, article_id, start_char, end_char, context) SELECT"
              + " 'v' || i, k, printf('a%015d', (i + k * 17) % " + n + "), 0, 40, 'body'"
              + " FROM range(" + n + ") t(i), range(3) u(k)",
          "INSERT INTO figures SELECT 'f' || i, 10 + (i * 37) % 5000, ['KILLED', 'WOUNDED', 'DISPLACED',"
              + " 'DETAINED', 'MISSING', 'DEPLOYED'][1 + i % 6], NULL, 'e' || (i % 40),"
              + " DATE '2020-01-01' + CAST(i % 1500 AS INTEGER), DATE '2020-01-01' + CAST(i % 1500 AS INTEGER),"
              + " DATE '2020-01-01' + CAST(i % 1500 AS INTEGER) FROM range(" + (n / 2) + ") t(i)",
          "INSERT INTO figure_sources (figure_id, ord, article_id, start_char, end_char, context) SELECT"
              + " 'f' || i, k, printf('a%015d', (2 * i + k) % " + n + "), 0, 40, 'body'"
              + " FROM range(" + (n / 2) + ") t(i), range(2) u(k)",
          "INSERT INTO figure_details (figure_id, counted, counted_group, claimant_text, independent_sources)"
              + " SELECT 'f' || i, 'people', 'people', 'officials', 2 FROM range(" + (n / 2) + ") t(i)",
          "INSERT INTO figure_sentences SELECT 'f' || i, k, 'Officials said ' || i || ' people were hurt.'"
              + " FROM range(" + (n / 2) + ") t(i), range(2) u(k)",
          "INSERT INTO figure_disputes SELECT 'd' || i, 'KILLED', 'people', NULL, NULL,"
              + " DATE '2020-01-01', DATE '2020-01-02' FROM range(" + (n / 40) + ") t(i)",
          "INSERT INTO figure_dispute_members SELECT 'd' || i, k, 'f' || (i * 20 + k * 6)"
              + " FROM range(" + (n / 40) + ") t(i), range(2) u(k)",
      };
      for (String x : sql) {
        s.execute(x);
      }
    }
    Snapshot.publish(dir);
    System.out.printf("generated %,d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    try (DossierServer server = DossierServer.start(dir, c -> c.port = 0)) {
      Client client = new Client(server);
      // first use of a snapshot: the timeline is computed once (all events, every article's date)
      for (String warm : List.of("/api/entities?limit=1", "/api/timeline?limit=1")) {
        long t = System.nanoTime();
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            "http://127.0.0.1:" + server.port() + warm)).timeout(java.time.Duration.ofMinutes(10)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), warm);
        System.out.printf("first %-89s %7d ms%n", warm, (System.nanoTime() - t) / 1_000_000);
      }
      String top = client.get("/api/entities?limit=1").json().at("/items/0/id").asText();
      List<String> paths = List.of(
          "/api/timeline/months", "/api/timeline/months?entity=" + top,
          "/api/timeline?background=false&dated=true&from=2023-06-01&to=2024-02-08&limit=100",
          "/api/timeline?background=false&dated=true&from=2023-06-01&to=2024-02-08&limit=100&offset=400",
          "/api/timeline?background=true&limit=10", "/api/timeline?dated=false&limit=10",
          "/api/events/v123/evidence?limit=10",
          "/api/entities?limit=25", "/api/entities?q=name%201&limit=10", "/api/entities/" + top,
          "/api/entities/" + top + "/months", "/api/timeline?entity=" + top + "&limit=10",
          "/api/stories?entity=" + top + "&limit=5",
          "/api/figures/months", "/api/figures/months?kind=KILLED", "/api/disputes?limit=5",
          "/api/figures?limit=20", "/api/figures?kind=KILLED&limit=20");
      List<String> slow = new ArrayList<>();
      for (String p : paths) {
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
          long t = System.nanoTime();
          Client.Answer a = client.get(p);
          ms[i] = (System.nanoTime() - t) / 1_000_000;
          assertEquals(200, a.status(), p + " → " + a.raw());
        }
        long first = ms[0];
        java.util.Arrays.sort(ms);
        System.out.printf("%-95s first %5d ms, median %5d ms%n", p, first, ms[2]);
        if (ms[2] > 1000) {
          slow.add(p + " " + ms[2] + " ms");
        }
      }
      assertTrue(slow.isEmpty(), "over a second: " + slow);
    }
  }
}

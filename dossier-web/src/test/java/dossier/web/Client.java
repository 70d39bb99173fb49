package dossier.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A test client of a running server: GET a path, get the status and the parsed JSON body. */
final class Client {
  record Answer(int status, String contentType, String raw, JsonNode json) {}

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Client(DossierServer server) {
    this.base = "http://127.0.0.1:" + server.port();
  }

  Answer get(String pathAndQuery) {
    return send("GET", pathAndQuery);
  }

  Answer send(String method, String pathAndQuery) {
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
          .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body());
      } catch (IOException e) {
        // not JSON: the test asserting on json sees null
      }
      return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body(), json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

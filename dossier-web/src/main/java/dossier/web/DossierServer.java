package dossier.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The read-only JSON API of one dossier (docs/api.md) and the web UI over it (docs/UI.md), served by
 * Javalin on 127.0.0.1 unless told otherwise. It reads the dossier's published snapshot (see
 * {@link dossier.store.Snapshot}), so a build may write the dossier meanwhile; a newer snapshot is picked up between requests.
 */
public final class DossierServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DossierServer.class.getName());
  /** Longest request target (path and query) accepted, in bytes. */
  static final int MAX_URI_BYTES = 8192;
  /** Classpath folder of the web UI's pages, scripts and styles. */
  static final String UI_RESOURCES = "/dossier-ui";

  /** Server settings; change them in the callback of {@link #start}. */
  public static final class Config {
    /** Interface to listen on; 127.0.0.1 keeps the API on this machine. */
    public String host = "127.0.0.1";
    /** Port; 0 picks a free one (see {@link DossierServer#port()}). */
    public int port = 7070;
    /** How often to look for a newer snapshot, in milliseconds. */
    public long pollMillis = 500;
    /** Database connections kept for request threads. */
    public int readers = 8;
  }

  private final Javalin app;
  private final Snapshots snapshots;
  private final SearchRoutes search;
  private final String host;

  private DossierServer(Javalin app, Snapshots snapshots, SearchRoutes search, String host) {
    this.app = app;
    this.snapshots = snapshots;
    this.search = search;
    this.host = host;
  }

  /**
   * Opens the dossier in {@code dir} and starts serving it.
   *
   * @param configure changes the default {@link Config} (host, port, ...)
   * @throws IOException when {@code dir} is no dossier or its snapshot cannot be opened
   */
  public static DossierServer start(Path dir, Consumer<Config> configure) throws IOException {
    Config cfg = new Config();
    configure.accept(cfg);
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a dossier folder");
    }
    Snapshots snapshots = new Snapshots(dir, cfg.pollMillis, cfg.readers);
    SearchRoutes search = new SearchRoutes(dir);
    Api api = new Api();
    InfoRoutes.register(api, version());
    ArticleRoutes.register(api);
    DuplicateRoutes.register(api);
    StoryRoutes.register(api);
    ChartRoutes.register(api);
    TimelineRoutes.register(api);
    EntityRoutes.register(api);
    EventRoutes.register(api);
    DisputeRoutes.register(api);
    search.register(api);
    Javalin app;
    try {
      app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.router.ignoreTrailingSlashes = true;
        config.http.maxRequestSize = 64 * 1024;
        config.http.prefer405over404 = true;
        config.jetty.host = cfg.host;
        config.jetty.port = cfg.port;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        // The web UI (docs/UI.md): static pages from the jar at /, chart library from its WebJar.
        config.staticFiles.add(files -> {
          files.hostedPath = "/";
          files.directory = UI_RESOURCES;
          files.location = Location.CLASSPATH;
          files.headers = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
        config.jetty.modifyHttpConfiguration(h -> {
          h.setRequestHeaderSize(MAX_URI_BYTES);
          h.setSendServerVersion(false);
        });
        for (Api.Route r : api.routes()) {
          config.routes.get(r.path(), ctx -> handle(ctx, r, snapshots));
        }
        config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
          LOG.log(Level.SEVERE, "failed on " + ctx.method() + " " + ctx.path(), e);
          error(ctx, 500, "internal error", "the server failed on this request; see its log");
        });
        config.routes.error(404, ctx -> {
          if (!isJsonError(ctx)) {
            error(ctx, 404, "not found", "no route " + Errors.quote(ctx.path()) + "; see /api/openapi.json");
          }
        });
        config.routes.error(405, ctx -> {
          if (!isJsonError(ctx)) {
            error(ctx, 405, "method not allowed", "the API is read-only: GET only");
          }
        });
      });
      app.start();
    } catch (RuntimeException e) {
      snapshots.close();
      throw new IOException("cannot start the server on " + cfg.host + ":" + cfg.port + ": "
          + e.getMessage(), e);
    }
    return new DossierServer(app, snapshots, search, cfg.host);
  }

  private static void handle(Context ctx, Api.Route route, Snapshots snapshots) {
    if (ctx.queryString() != null && ctx.queryString().length() > MAX_URI_BYTES) {
      throw ApiException.badRequest("query string too long");
    }
    Params params = new Params(ctx);
    Object body = snapshots.with(view -> route.handler().handle(new Request(params, view)));
    ctx.status(200);
    ctx.contentType("application/json;charset=utf-8");
    ctx.result(Json.bytes(body));
  }

  private static boolean isJsonError(Context ctx) {
    String ct = ctx.res().getContentType();
    return ct != null && ct.startsWith("application/json") && ctx.result() != null && !ctx.result().isEmpty();
  }

  private static void error(Context ctx, int status, String error, String detail) {
    ctx.status(status);
    ctx.contentType("application/json;charset=utf-8");
    ctx.result(Errors.json(status, error, detail).getBytes(StandardCharsets.UTF_8));
  }

  private static String version() {
    String v = DossierServer.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:7070/}. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** The name of the snapshot being served. */
  public String snapshot() {
    return snapshots.name();
  }

  /** Stops listening, lets requests in flight finish, and closes the dossier. */
  public void stop() {
    app.stop();
    search.close();
    snapshots.close();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }
}

package dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dossier.cli.Main;
import dossier.web.DossierServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * What the browser tests share, made once per test JVM: the sample corpus (examples/conflict)
 * built into a dossier, {@link DossierServer} on a free port over it, and one headless Debian
 * Chromium driven by Selenium. Torn down by a shutdown hook. Tests use it through {@link UiTest}.
 */
final class UiHarness {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DOSSIER_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getenv().getOrDefault("DOSSIER_CHROMEDRIVER", "/usr/bin/chromedriver"));
  /** Where the examples are, from the module folder Surefire runs in. */
  static final Path SAMPLE = Path.of("../examples/conflict");

  private static UiHarness shared;
  private static Throwable broken;

  final Path home;
  final DossierServer server;
  final ChromeDriver driver;

  private UiHarness(Path home, DossierServer server, ChromeDriver driver) {
    this.home = home;
    this.server = server;
    this.driver = driver;
  }

  /** The shared harness; a test fails (never skips) when the browser or the build is missing. */
  static synchronized UiHarness get() {
    if (broken != null) {
      fail("the UI harness could not start: " + broken.getMessage(), broken);
    }
    if (shared == null) {
      try {
        shared = start();
        Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "ui-harness-stop"));
      } catch (Throwable e) {
        broken = e;
        fail("the UI harness could not start: " + e.getMessage(), e);
      }
    }
    return shared;
  }

  private static UiHarness start() throws IOException {
    requireBrowser();
    Path home = Files.createTempDirectory("dossier-ui-");
    Path dossier = home.resolve("conflict");
    build(SAMPLE, dossier);
    DossierServer server = DossierServer.start(dossier, c -> c.port = 0);
    try {
      return new UiHarness(home, server, chromium(home.resolve("chromium-profile")));
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
  }

  static void requireBrowser() {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(p + " is missing: the browser tests need Debian's Chromium and "
            + "its driver; run scripts/install-browser (apt-get install chromium chromium-driver), "
            + "or set DOSSIER_CHROMIUM / DOSSIER_CHROMEDRIVER");
      }
    }
  }

  /** Builds a corpus through the command line, quietly (its output shows on failure). */
  static void build(Path corpus, Path out) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int exit;
    try (PrintStream p = new PrintStream(log, true, StandardCharsets.UTF_8)) {
      System.setOut(p);
      System.setErr(p);
      exit = Main.run("build", corpus.toString(), "--out", out.toString());
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    assertEquals(0, exit, () -> "building " + corpus + " failed:\n" + log.toString(StandardCharsets.UTF_8));
  }

  static ChromeDriver chromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without the background-networking flags Chromium hangs on a closed network.
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** The server's base URL, e.g. http://127.0.0.1:40123/. */
  String url() {
    return server.url();
  }

  private void stop() {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // the browser may be gone already at JVM exit
    }
    server.stop();
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temp folder left behind is harmless
    }
  }
}

package dossier.nlp;

import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What an article's annotation depends on, as one key: its body, its captions with their dates,
 * the publication date its times were normalised against (with its basis, which decides whether
 * content may re-date it), and the annotator's version. A build re-annotates an article only when
 * its key changed, so an article re-dated by a later stage (a copy dated from its siblings) is
 * annotated again against its new date.
 */
public final class AnnotationState {
  private AnnotationState() {}

  /** The key of {@code a} as it stands (with the publication date it has now). */
  public static String of(Article a) {
    MessageDigest md = sha256();
    field(md, version());
    field(md, a.text());
    DateRange p = a.published().range();
    field(md, p.value() + "|" + p.earliest() + "|" + p.latest() + "|" + a.published().basis());
    for (Caption c : a.captions()) {
      field(md, c.text());
      field(md, c.date().value() + "|" + c.date().earliest() + "|" + c.date().latest());
    }
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  /**
   * The annotator's version: the engine's configuration and a hash of the compiled classes of the
   * per-article annotation (this package but the cross-article resolver, which runs every build
   * anyway). Any change to them re-annotates every article once: stale annotations are never
   * mistaken for fresh ones.
   */
  public static String version() {
    return Version.VALUE;
  }

  private static final class Version {
    static final String VALUE = compute();

    private static String compute() {
      MessageDigest md = sha256();
      field(md, "CoreNLP 4.5.10; " + CoreNlpEngine.STANDARD_DESCRIPTION);
      try {
        for (Map.Entry<String, byte[]> e : classes().entrySet()) {
          field(md, e.getKey());
          md.update(e.getValue());
        }
      } catch (IOException | RuntimeException e) {
        // classes that cannot be read: a key of this run only, so nothing stored is trusted
        field(md, "unreadable " + System.nanoTime());
      }
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    /** The package's class files by name, from the folder or jar this class was loaded from. */
    private static Map<String, byte[]> classes() throws IOException {
      Map<String, byte[]> out = new TreeMap<>();
      String pkg = AnnotationState.class.getPackageName().replace('.', '/') + "/";
      Path where;
      try {
        where = Path.of(AnnotationState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IOException(e);
      }
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.list(where.resolve(pkg))) {
          for (Path f : (Iterable<Path>) files::iterator) {
            String name = f.getFileName().toString();
            if (counts(name)) {
              out.put(name, Files.readAllBytes(f));
            }
          }
        }
        return out;
      }
      try (JarFile jar = new JarFile(where.toFile())) {
        for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
          String rest = e.getName().startsWith(pkg) ? e.getName().substring(pkg.length()) : null;
          if (rest != null && !rest.contains("/") && counts(rest)) {
            try (InputStream in = jar.getInputStream(e)) {
              out.put(rest, in.readAllBytes());
            }
          }
        }
      }
      return out;
    }

    private static boolean counts(String name) {
      return name.endsWith(".class") && !name.startsWith("EntityResolver") && !name.startsWith("Cluster");
    }
  }

  private static void field(MessageDigest md, String s) {
    md.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

package dossier.events;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.Mention;
import dossier.model.TimeExpression;
import dossier.nlp.AnnotationState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What an article's events and figure mentions depend on, as one key: its language annotation
 * ({@link AnnotationState}: body, captions, date, annotator version), the parts the stage reads
 * besides (title, dateline, outlet, credits), its resolved mentions with the entity and entity type
 * each points to (entity resolution runs over the whole dossier, so a new article may rename an
 * entity another article mentions), its time expressions, and the version of the events and
 * figures code. A build re-reads an article only when its key changed.
 */
public final class EventState {
  private static final List<String> PACKAGES = List.of("dossier/events/", "dossier/figures/");

  private EventState() {}

  /** The key of {@code a} with its mentions and times (any part, stored order) and entity types. */
  public static String of(Article a, List<Mention> mentions, List<TimeExpression> times,
      Map<String, String> types) {
    MessageDigest md = sha256();
    field(md, version());
    field(md, AnnotationState.of(a));
    field(md, a.title());
    field(md, a.dateline());
    field(md, a.outlet());
    field(md, String.join("\u0001", a.credits()));
    for (Mention m : mentions) {
      field(md, m.part() + "|" + m.start() + "|" + m.end() + "|" + m.text() + "|" + m.type() + "|"
          + m.entityId() + "|" + (m.entityId() == null ? null : types.get(m.entityId())));
    }
    field(md, "times");
    for (TimeExpression t : times) {
      DateRange r = t.range();
      field(md, t.part() + "|" + t.start() + "|" + t.end() + "|" + t.text() + "|" + t.timexType()
          + "|" + t.value() + "|" + r.value() + "|" + r.earliest() + "|" + r.latest());
    }
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  /**
   * The stage's version: a hash of the compiled classes of {@code dossier.events} and {@code
   * dossier.figures} (patterns, lexicons, parser settings). Any change to them re-reads every
   * article once.
   */
  public static String version() {
    return Version.VALUE;
  }

  private static final class Version {
    static final String VALUE = compute();

    private static String compute() {
      MessageDigest md = sha256();
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

    /** The class files of both packages by path, from the folder or jar this class came from. */
    private static Map<String, byte[]> classes() throws IOException {
      Map<String, byte[]> out = new TreeMap<>();
      Path where;
      try {
        where = Path.of(EventState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IOException(e);
      }
      if (Files.isDirectory(where)) {
        for (String pkg : PACKAGES) {
          try (Stream<Path> files = Files.list(where.resolve(pkg))) {
            for (Path f : (Iterable<Path>) files::iterator) {
              if (f.getFileName().toString().endsWith(".class")) {
                out.put(pkg + f.getFileName(), Files.readAllBytes(f));
              }
            }
          }
        }
        return out;
      }
      try (JarFile jar = new JarFile(where.toFile())) {
        for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
          String name = e.getName();
          int slash = name.lastIndexOf('/');
          if (name.endsWith(".class") && PACKAGES.contains(name.substring(0, slash + 1))) {
            try (InputStream in = jar.getInputStream(e)) {
              out.put(name, in.readAllBytes());
            }
          }
        }
      }
      return out;
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

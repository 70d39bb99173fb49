package dossier.nlp;

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
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of a per-article stage as a hash of its compiled classes, so stored results of older
 * code are never mistaken for fresh ones (the language layer's {@link AnnotationState}, the events'
 * {@code EventState}), and the hashing helpers their keys share.
 */
public final class CodeHash {
  private CodeHash() {}

  /**
   * A hex hash of {@code salt} and the class files of {@code packages} (paths such as {@code
   * "dossier/events/"}) whose file names pass {@code keep}, read from the folder or jar {@code
   * anchor} was loaded from. Classes that cannot be read give a key of this run only.
   */
  public static String of(Class<?> anchor, String salt, List<String> packages, Predicate<String> keep) {
    MessageDigest md = sha256();
    field(md, salt);
    try {
      for (Map.Entry<String, byte[]> e : classes(anchor, packages, keep).entrySet()) {
        field(md, e.getKey());
        md.update(e.getValue());
      }
    } catch (IOException | RuntimeException e) {
      field(md, "unreadable " + System.nanoTime());
    }
    return HexFormat.of().formatHex(md.digest(), 0, 8);
  }

  /** Adds {@code s} (null as "null") and a separator to {@code md}. */
  public static void field(MessageDigest md, String s) {
    md.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  /** A fresh SHA-256 digest. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static Map<String, byte[]> classes(Class<?> anchor, List<String> packages,
      Predicate<String> keep) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    Path where;
    try {
      where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    if (Files.isDirectory(where)) {
      for (String pkg : packages) {
        try (Stream<Path> files = Files.list(where.resolve(pkg))) {
          for (Path f : (Iterable<Path>) files::iterator) {
            String name = f.getFileName().toString();
            if (name.endsWith(".class") && keep.test(name)) {
              out.put(pkg + name, Files.readAllBytes(f));
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
        String file = name.substring(slash + 1);
        if (name.endsWith(".class") && packages.contains(name.substring(0, slash + 1)) && keep.test(file)) {
          try (InputStream in = jar.getInputStream(e)) {
            out.put(name, in.readAllBytes());
          }
        }
      }
    }
    return out;
  }
}

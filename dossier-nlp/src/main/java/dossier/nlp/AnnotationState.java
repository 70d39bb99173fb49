package dossier.nlp;

import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateRange;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

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
    MessageDigest md = CodeHash.sha256();
    CodeHash.field(md, version());
    CodeHash.field(md, a.text());
    DateRange p = a.published().range();
    CodeHash.field(md, p.value() + "|" + p.earliest() + "|" + p.latest() + "|" + a.published().basis());
    for (Caption c : a.captions()) {
      CodeHash.field(md, c.text());
      CodeHash.field(md, c.date().value() + "|" + c.date().earliest() + "|" + c.date().latest());
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
    // the cross-article resolver runs every build anyway: its classes do not count
    static final String VALUE = CodeHash.of(AnnotationState.class,
        "CoreNLP 4.5.10; " + CoreNlpEngine.STANDARD_DESCRIPTION,
        List.of(AnnotationState.class.getPackageName().replace('.', '/') + "/"),
        name -> !name.startsWith("EntityResolver") && !name.startsWith("Cluster"));
  }
}

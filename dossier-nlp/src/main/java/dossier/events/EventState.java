package dossier.events;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.Mention;
import dossier.model.TimeExpression;
import dossier.nlp.AnnotationState;
import dossier.nlp.CodeHash;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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
    MessageDigest md = CodeHash.sha256();
    CodeHash.field(md, version());
    CodeHash.field(md, AnnotationState.of(a));
    CodeHash.field(md, a.title());
    CodeHash.field(md, a.dateline());
    CodeHash.field(md, a.outlet());
    CodeHash.field(md, String.join("\u0001", a.credits()));
    for (Mention m : mentions) {
      CodeHash.field(md, m.part() + "|" + m.start() + "|" + m.end() + "|" + m.text() + "|" + m.type() + "|"
          + m.entityId() + "|" + (m.entityId() == null ? null : types.get(m.entityId())));
    }
    CodeHash.field(md, "times");
    for (TimeExpression t : times) {
      DateRange r = t.range();
      CodeHash.field(md, t.part() + "|" + t.start() + "|" + t.end() + "|" + t.text() + "|" + t.timexType()
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
    static final String VALUE = CodeHash.of(EventState.class, "events", PACKAGES, name -> true);
  }
}

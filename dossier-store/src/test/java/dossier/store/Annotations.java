package dossier.store;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Story;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;

/** What later stages would find in {@link Fixtures#wireStory()}: offsets point into its text. */
public final class Annotations {
  private Annotations() {}

  /** Stores every later stage's fixtures, about {@code a} (and {@code b} where two are needed). */
  public static void storeAll(DossierStore store, Article a, Article b) {
    store.replaceEntities(entities(), mentions(a));
    store.replaceDuplicates(duplicates(a, b));
    store.replaceStories(stories(a, b));
    store.addTimes(times(a));
    store.replaceEvents(events(a));
    store.replaceFigures(figures(a));
  }

  static Evidence at(Article a, String phrase, String context) {
    int start = a.text().indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("'" + phrase + "' not in " + a.source());
    }
    return new Evidence(a.id(), start, start + phrase.length(), context);
  }

  public static List<Entity> entities() {
    return List.of(new Entity("e-geneva", "Geneva", "CITY", List.of("Genève", "GENEVA")),
        new Entity("e-un", "Palais des Nations", "ORGANIZATION", List.of()));
  }

  public static List<Mention> mentions(Article a) {
    Evidence g = at(a, "GENEVA", "body");
    Evidence p = at(a, "Palais des Nations", "body");
    Evidence m = at(a, "a mediator", "body");
    return List.of(new Mention(a.id(), g.start(), g.end(), "GENEVA", "CITY", "e-geneva"),
        new Mention(a.id(), p.start(), p.end(), "Palais des Nations", "ORGANIZATION", "e-un"),
        new Mention(a.id(), m.start(), m.end(), "a mediator", "PERSON", null)); // unresolved
  }

  public static List<DuplicateGroup> duplicates(Article canonical, Article copy) {
    return List.of(new DuplicateGroup("d1", canonical.id(),
        List.of(new DuplicateGroup.Member(copy.id(), "near", 0.93))));
  }

  public static List<Story> stories(Article a, Article b) {
    return List.of(new Story("s1", "Ceasefire talks", List.of(a.id(), b.id()),
        DateRange.between(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 4)),
        List.of("e-geneva"), "Talks resumed after a pause."));
  }

  public static List<TimeExpression> times(Article a) {
    Evidence t = at(a, "Tuesday", "body");
    Evidence w = at(a, "two-week", "body");
    return List.of(new TimeExpression(a.id(), t.start(), t.end(), "Tuesday", "DATE",
            "2021-03-02", DateRange.exact(LocalDate.of(2021, 3, 2))),
        new TimeExpression(a.id(), w.start(), w.end(), "two-week", "DURATION", "P2W",
            DateRange.unknown()));
  }

  public static List<Event> events(Article a) {
    return List.of(new Event("ev1", "CONSULT", "meet", "happened",
        DateRange.exact(LocalDate.of(2021, 3, 2)), "e-geneva",
        List.of(new Participant("e-un", "SOURCE"), new Participant("e-geneva", null)),
        List.of(at(a, "Talks on a ceasefire resumed", "body")), 0.8, List.of(), Event.STATED));
  }

  public static List<Figure> figures(Article a) {
    return List.of(new Figure("f1", 2, "OTHER", "about", null,
        DateRange.between(null, LocalDate.of(2021, 3, 2)),
        List.of(at(a, "two-week", "body"))));
  }
}

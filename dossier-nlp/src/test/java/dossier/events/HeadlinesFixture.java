package dossier.events;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Part;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An invented article with a title and a body run through the events stage, for headline tests. */
final class HeadlinesFixture {
  static final LocalDate DAY = LocalDate.parse("2024-06-10");
  static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null),
      new Entity("ministry", "Justice Ministry", "ORGANIZATION", null),
      new Entity("brenn", "Brenn", "CITY", null));

  private HeadlinesFixture() {}

  /** The events of an article with {@code title} and {@code body}, names tagged in both parts. */
  static List<Event> events(String title, String body) {
    return events(title, body, ENTITIES);
  }

  static List<Event> events(String title, String body, List<Entity> entities) {
    return events(title, body, entities, null, null);
  }

  /**
   * As {@link #events(String, String)}, with {@code when} in the body a time expression of the
   * day {@code day}.
   */
  static List<Event> events(String title, String body, String when, LocalDate day) {
    return events(title, body, ENTITIES, when, day);
  }

  private static List<Event> events(String title, String body, List<Entity> entities,
      String when, LocalDate day) {
    Article a = new Article(ArticleIds.of("h.txt", body), "h.txt", null, title, body, null, null,
        List.of(), null, null, null,
        new PublicationDate(DateRange.exact(DAY), DateBasis.STATED, null, 0.9), "en", null);
    List<Mention> mentions = new ArrayList<>();
    for (Entity e : entities) {
      for (String name : List.of(e.name(), e.name().substring(e.name().lastIndexOf(' ') + 1))) {
        add(a.id(), body, name, e.id(), Part.TEXT, mentions);
        add(a.id(), title, name, e.id(), Part.TITLE, mentions);
      }
    }
    List<TimeExpression> times = new ArrayList<>();
    if (when != null) {
      int at = body.indexOf(when);
      times.add(new TimeExpression(a.id(), at, at + when.length(), when, "DATE", day.toString(),
          DateRange.exact(day)));
    }
    return EventStage.run(List.of(a), entities, mentions, times);
  }

  /** The events whose evidence lies in the title. */
  static List<Event> inTitle(List<Event> events) {
    return events.stream()
        .filter(e -> e.sources().stream().anyMatch(s -> Part.TITLE.equals(s.part()))).toList();
  }

  private static void add(String article, String text, String name, String id, String part,
      List<Mention> mentions) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int from = at;
      int end = at + name.length();
      boolean word = end == text.length() || !Character.isLetter(text.charAt(end));
      if (word && mentions.stream().noneMatch(m -> m.part().equals(part) && m.start() < end
          && from < m.end())) {
        mentions.add(new Mention(article, from, end, name, "X", id, part));
      }
    }
  }
}

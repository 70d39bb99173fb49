package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Invented actors and a one-sentence article run through the events stage, for the events tests. */
final class ActsFixture {
  static final LocalDate DAY = LocalDate.parse("2024-06-10");
  /** The report's day of {@link #dated}: the weekdays before it are that week's. */
  private static final LocalDate SATURDAY = LocalDate.parse("2024-06-15");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null),
      new Entity("ministry", "Justice Ministry", "ORGANIZATION", null),
      new Entity("brenn", "Brenn", "CITY", null));
  /** Names tagged as nationalities (a country entity, named by its people). */
  private static final Map<String, String> NATIONALITIES = Map.of("Velmoran", "velmora");

  private ActsFixture() {}

  /** The sorted types of the events found in {@code text}. */
  static List<String> types(String text) {
    return events(text).stream().map(Event::type).sorted().toList();
  }

  static List<Event> events(String text) {
    return events(text, DAY, ENTITIES, NATIONALITIES);
  }

  /**
   * The events of a one-text article published on {@code day}, each entity mentioned wherever its
   * name or last word stands, each nationality as a NATIONALITY mention of its country.
   */
  static List<Event> events(String text, LocalDate day, List<Entity> entities,
      Map<String, String> nationalities) {
    return events(text, day, entities, nationalities, false);
  }

  /**
   * As {@link #events(String, LocalDate, List, Map)}, with each weekday name of the text a dated
   * time expression: the last such day on or before the report's day, a Saturday.
   */
  static List<Event> dated(String text, List<Entity> entities, Map<String, String> nationalities) {
    return events(text, SATURDAY, entities, nationalities, true);
  }

  /** The day a weekday name of {@link #dated} stands for. */
  static LocalDate weekday(String name) {
    java.time.DayOfWeek d = java.time.DayOfWeek.valueOf(name.toUpperCase());
    return SATURDAY.with(java.time.temporal.TemporalAdjusters.previousOrSame(d));
  }

  /** As {@link #dated(String, List, Map)}, each text an article of its own (in this order). */
  static List<Event> dated(List<String> texts, List<Entity> entities,
      Map<String, String> nationalities) {
    return events(texts, SATURDAY, entities, nationalities, true);
  }

  private static List<Event> events(String text, LocalDate day, List<Entity> entities,
      Map<String, String> nationalities, boolean weekdays) {
    return events(List.of(text), day, entities, nationalities, weekdays);
  }

  private static List<Event> events(List<String> texts, LocalDate day, List<Entity> entities,
      Map<String, String> nationalities, boolean weekdays) {
    List<Article> articles = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String source = i == 0 ? "n.txt" : "n" + i + ".txt";
      Article a = new Article(ArticleIds.of(source, text), source, null, null, text, null, null,
          List.of(), null, null, null,
          new PublicationDate(DateRange.exact(day), DateBasis.STATED, null, 0.9), "en", null);
      articles.add(a);
      List<Mention> own = new ArrayList<>();
      for (Entity e : entities) {
        for (String name : List.of(e.name(), e.name().substring(e.name().lastIndexOf(' ') + 1))) {
          add(a, text, name, "X", e.id(), own);
        }
      }
      nationalities.forEach((name, id) -> add(a, text, name, "NATIONALITY", id, own));
      mentions.addAll(own);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(
          "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b").matcher(text);
      while (weekdays && m.find()) {
        LocalDate d = weekday(m.group(1));
        times.add(new TimeExpression(a.id(), m.start(), m.end(), m.group(1), "DATE",
            d.toString(), DateRange.exact(d)));
      }
    }
    return EventStage.run(articles, entities, mentions, times);
  }

  private static void add(Article a, String text, String name, String type, String id,
      List<Mention> mentions) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int from = at;
      int end = at + name.length();
      boolean word = end == text.length() || !Character.isLetter(text.charAt(end));
      if (word && mentions.stream().noneMatch(m -> m.start() < end && from < m.end())) {
        mentions.add(new Mention(a.id(), from, end, name, type, id));
      }
    }
  }

  /** A parse's arcs as "rel(governor/TAG, dependent/TAG)" for the debugging probes. */
  static String arcs(Parse p) {
    StringBuilder sb = new StringBuilder();
    for (Parse.Arc a : p.arcs()) {
      String g = a.gov() < 0 ? "ROOT" : p.tok(a.gov()).word() + "/" + p.tok(a.gov()).tag();
      sb.append(a.rel()).append('(').append(g).append(", ").append(p.tok(a.dep()).word())
          .append('/').append(p.tok(a.dep()).tag()).append(") ");
    }
    return sb.toString();
  }

  /** Whether entity {@code id} takes part in {@code e} in {@code role}. */
  static boolean role(Event e, String id, String role) {
    return e.participants().stream()
        .anyMatch(p -> id.equals(p.entityId()) && p.role().equals(role));
  }

  /** Asserts that {@code text} makes no event. */
  static void none(String text) {
    assertEquals(List.of(), types(text), text);
  }
}

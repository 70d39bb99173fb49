package dossier.events;

import dossier.model.Mention;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The people an article names with a title, for {@link Anaphora}: "President A", "Prime Minister
 * B", "Presidents A of X and B of Y" (a plural title over a list of names), "A, the Velmoran
 * premier" (the title after the name), and the country such a title ties its holder to ("the
 * Velmoran Prime Minister A", "Velmora's president A", "President A of Velmora"). {@link Titles}
 * ("the president") runs its own test of the words before a name through the same search.
 */
final class TitledPeople {
  /** Titles of a head of state or government: who "the leaders" or "the X leader" may be. */
  static final Set<String> LEADERS = Set.of("president", "prime minister", "premier",
      "chancellor", "king", "queen", "emir", "leader", "head of state");
  /** Lower-case words a title may hold between a country and the name of its holder. */
  private static final Set<String> TITLE_WORDS = Set.of("president", "premier", "prime",
      "minister", "foreign", "defence", "defense", "interior", "finance", "deputy", "vice",
      "chief", "secretary", "general", "leader", "ambassador", "envoy", "spokesman",
      "spokeswoman", "former", "acting", "senior", "top", "head", "king", "queen", "opposition",
      "army", "military", "new", "then", "state", "of", "the", "chancellor", "commander",
      "negotiator", "representative", "official", "mayor", "governor", "speaker");
  /** How far before a name its title may start. */
  private static final int WINDOW = 80;

  private TitledPeople() {}

  /**
   * The persons named before {@code at} with one of {@code titles} (lower case, "prime minister"
   * with a space), in the order first named; {@code country} when not null the country entity the
   * title ties them to.
   */
  static Set<String> named(DepFinder.Context c, int at, Set<String> titles, String country) {
    return named(c, at, m -> !c.skip().contains(m.text())
        && titles.stream().anyMatch(title -> titled(c.text(), m, title))
        && (country == null || ofCountry(c, m, country)));
  }

  /**
   * The persons mentioned before {@code at} that {@code titled} accepts, in the order first named:
   * the one search behind {@link #named(DepFinder.Context, int, Set, String)} and {@link Titles},
   * which ask different things of the words around the name.
   */
  static Set<String> named(DepFinder.Context c, int at, Predicate<Mention> titled) {
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.end() <= at && "PERSON".equals(c.types().get(m.entityId()))
          && !ids.contains(m.entityId()) && titled.test(m)) {
        ids.add(m.entityId());
      }
    }
    return ids;
  }

  /**
   * Whether a title ({@link #titleBefore}'s pattern) stands right before mention {@code m}:
   * "President A", "Prime Minister Karl A", read in the {@code window} characters before it.
   */
  static boolean before(String text, Mention m, Pattern title, int window) {
    return title.matcher(text.substring(Math.max(0, m.start() - window), m.start())).find();
  }

  /** The pattern {@link #before} looks for: {@code title} ending at most two words before. */
  static Pattern titleBefore(String title) {
    return Pattern.compile("(?i)\\b" + title.replace(" ", "[\\s-]+")
        + "\\.?\\s+(?:[A-Z][\\w.'-]*\\s+){0,2}$");
  }

  /** Whether {@code title} stands beside mention {@code m}: before it, or after it in apposition. */
  static boolean titled(String text, Mention m, String title) {
    String t = title.replace(" ", "[\\s-]+");
    if (before(text, m, titleBefore(title), WINDOW)) {
      return true; // "President A", "Prime Minister Karl A"
    }
    String lead = text.substring(Math.max(0, m.start() - WINDOW), m.start());
    // "Presidents A of X and B of Y": a plural title over a list (the title's own case kept)
    if (Pattern.compile("\\b(?i:" + t + ")s\\s+(?:[A-Z][\\w.'-]*\\s+|of\\s+|,\\s*|and\\s+){0,10}$")
        .matcher(lead).find()) {
      return true;
    }
    String tail = text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW));
    // "A, the Velmoran premier," / "A, Velmora's prime minister,": not "A, the premier's aide"
    return Pattern.compile("(?i)^\\s*,\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?" + t
        + "(?:\\s*[,.;]|\\s+of\\b|\\s+(?:said|says|told)\\b)").matcher(tail).find();
  }

  /**
   * Whether every lower-case word of {@code between} may be part of a title: "'s foreign
   * minister", "Prime Minister" (capitalised words are the title's own), never "met" or "told".
   */
  private static boolean titleWords(String between) {
    for (String w : between.replaceFirst("^(?:'s|’s)", "").trim().split("[\\s.]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !TITLE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether mention {@code m} is tied to the country {@code country}: a mention of that country
   * (its name or its people's adjective) shortly before the name in the same stretch of words
   * ("Velmoran Prime Minister A", "Velmora's A"), or "of" it right after ("A of Velmora").
   */
  private static boolean ofCountry(DepFinder.Context c, Mention m, String country) {
    String text = c.text();
    for (Mention x : c.mentions()) {
      if (!country.equals(x.entityId())) {
        continue;
      }
      if (x.end() <= m.start() && m.start() - x.end() <= 40
          && text.substring(x.end(), m.start()).matches("(?:'s|’s)?[\\s\\w.-]*")
          && titleWords(text.substring(x.end(), m.start()))) {
        return true; // nothing but title words between: no clause, no verb ("Velmora met")
      }
      if (x.start() >= m.end() && x.start() - m.end() <= 6
          && text.substring(m.end(), x.start()).matches("\\s+of\\s+")) {
        return true;
      }
      if (x.start() >= m.end() && x.start() - m.end() <= 20
          && text.substring(m.end(), x.start()).matches("\\s*,\\s+(?:the\\s+)?")) {
        return true; // "A, the Velmoran premier"
      }
    }
    return false;
  }
}

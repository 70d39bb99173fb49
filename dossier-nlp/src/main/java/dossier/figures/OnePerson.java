package dossier.figures;

import dossier.figures.FigureFinder.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person something happened to, written with the word "one" ("One soldier was killed", "one
 * man died"): a count of one. "One" is otherwise no number here (a pronoun, "one of"); a
 * breakdown after "and" ("two women and one man died") is part of a count said already.
 */
final class OnePerson {
  private static final Pattern ONE = Pattern.compile("(?i)(?<![\\w-])(?<!\\band\\s)(?<!,\\s)one\\s+"
      + "(person|man|woman|child|boy|girl|teenager|soldier|serviceman|civilian|policeman|"
      + "police officer|officer|guard|worker|student|protester|demonstrator|journalist|"
      + "passenger|resident|villager|prisoner|hostage|fighter|militant|rebel|peacekeeper)\\s+"
      + "(?:(?:was|is|has been|had been)\\s+)?(?:(?:reportedly|also|later|then)\\s+)?"
      + "(killed|died|dead|shot dead|wounded|injured|hurt|arrested|detained|missing)\\b");

  private OnePerson() {}

  /** The counts of one in sentence {@code [start, end)} of {@code text}. */
  static List<Found> find(String text, int start, int end) {
    List<Found> out = new ArrayList<>();
    Matcher m = ONE.matcher(text).region(start, end);
    while (m.find()) {
      String verb = m.group(2).toLowerCase(java.util.Locale.ROOT);
      String kind = switch (verb) {
        case "killed", "died", "dead", "shot dead" -> "KILLED";
        case "wounded", "injured", "hurt" -> "WOUNDED";
        case "missing" -> "MISSING";
        default -> "DETAINED";
      };
      String noun = m.group(1).toLowerCase(java.util.Locale.ROOT);
      out.add(new Found(1, kind, null, m.start(), m.start(1) + noun.length(), m.start(),
          noun.equals("person") ? "people" : noun + "s", null, null, null, null, false,
          m.start() + 3));
    }
    return out;
  }
}

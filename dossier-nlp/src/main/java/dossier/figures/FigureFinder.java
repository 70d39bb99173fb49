package dossier.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers about people and forces in one sentence: a number ("31", "140,000", "nearly 75",
 * "four") followed by a counted noun (people, servicemen, deaths, troops, residents), typed by the
 * noun and the verbs next to it. A number not followed by such a noun (money, percentages, years,
 * distances, ages) is no figure.
 */
final class FigureFinder {
  /** One number in a sentence: value, kind, qualifier and its character range. */
  record Found(double value, String kind, String qualifier, int start, int end, int numberAt) {}

  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
      Map.entry("twenty", 20));
  private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\w$€£.,-])(?:(nearly|almost|some|"
      + "about|around|approximately|roughly|more than|over|at least|up to|fewer than|less than|"
      + "as many as)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+|" + String.join("|", WORDS.keySet())
      + ")(?:\\s+(million|thousand))?(?![\\w%-]|[.,]\\d)");
  private static final String PEOPLE = "people|persons|civilians|servicemen|servicewomen|soldiers|"
      + "troops|fighters|militants|rebels|insurgents|combatants|guerrillas|policemen|police officers|"
      + "officers|residents|inhabitants|refugees|migrants|children|women|men|journalists|prisoners|"
      + "detainees|hostages|protesters|demonstrators|workers|villagers|personnel|peacekeepers|"
      + "marines|sailors|pilots|citizens|students|victims|members|fishermen|miners|passengers";
  private static final String DEATHS = "deaths|dead|fatalities|lives|bodies";
  /** The counted noun: up to two modifiers, then a noun ("military deaths", "of its servicemen"). */
  private static final Pattern NOUN = Pattern.compile("(?i)^\\s+(?:of\\s+(?:its|their|the|his|her)\\s+)?"
      + "(?:[a-z][\\w-]*\\s+){0,2}?(" + PEOPLE + "|" + DEATHS + ")\\b");
  private static final Pattern PERCENT = Pattern.compile("(?i)^\\s*(?:percent|per cent|pc\\b)");
  private static final Pattern FORCES = Pattern.compile("(?i)^(?:troops|soldiers|servicemen|"
      + "peacekeepers|personnel|marines|police officers|policemen|officers|sailors)$");
  private static final Pattern DEPLOY_BEFORE = Pattern.compile(
      "(?i)\\b(?:deployed|deploy|deploying|deploys|sent|send|sending|sends|dispatched|dispatch|"
      + "stationed|station|mobilized|mobilised|mobilize)\\s*$");
  private static final Pattern BEFORE = Pattern.compile("(?i)\\b(killed|kill|kills|killing|"
      + "wounded|injured|injuring|wounding|displaced|displacing|evacuated|detained|arrested|"
      + "captured|claimed|cost|took)\\s*$");
  private static final Pattern SHARE_OF = Pattern.compile(
      "(?i)\\b(?:half|third|quarter|percent|per cent|%|share|part)\\s+of\\s+(?:[\\w’']+\\s+)?$");
  private static final Pattern POPULATION_OF = Pattern.compile("(?i)\\bpopulation\\s+of\\s*$");
  /** A verb after the noun, within a short window of the same clause. */
  private static final Pattern AFTER = Pattern.compile("(?i)^[^;:.?!]{0,90}?\\b(killed|died|dead|"
      + "perished|lost their lives|were slain|wounded|injured|hurt|displaced|fled|forced from|"
      + "forced to flee|evacuated|detained|arrested|captured|taken prisoner|jailed|missing|"
      + "unaccounted for|deployed|sent|stationed|dispatched)\\b");

  private FigureFinder() {}

  /** The figures in sentence {@code [start, end)} of {@code text}. */
  static List<Found> find(String text, int start, int end) {
    List<Found> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text).region(start, end);
    while (m.find()) {
      Matcher noun = NOUN.matcher(text.substring(m.end(), end));
      if (PERCENT.matcher(text.substring(m.end(), Math.min(end, m.end() + 9))).find() || !noun.find()) {
        continue;
      }
      String head = noun.group(1).toLowerCase(Locale.ROOT);
      String numberText = m.group(2).toLowerCase(Locale.ROOT);
      boolean word = WORDS.containsKey(numberText);
      double value = word ? WORDS.get(numberText) : Double.parseDouble(numberText.replace(",", ""));
      if ("million".equalsIgnoreCase(m.group(3))) {
        value *= 1_000_000;
      } else if ("thousand".equalsIgnoreCase(m.group(3))) {
        value *= 1_000;
      }
      String before = text.substring(Math.max(start, m.start() - 60), m.start());
      int nounEnd = m.end() + noun.end();
      String kind = kind(head, before, text.substring(nounEnd, end));
      if (kind == null || (kind.equals("OTHER") && (word || value < 10))) {
        continue; // small or spelled-out numbers only when the text says what happened to them
      }
      String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
      out.add(new Found(value, kind, qualifier, m.start(), nounEnd, m.start(2)));
    }
    return out;
  }

  /** The kind of a figure from its noun and the words around it; null when it is none. */
  static String kind(String head, String before, String after) {
    if (SHARE_OF.matcher(before).find()) {
      // "half of its 140,000 residents": the base of a share, counted by its noun only
      return head.matches("residents|inhabitants") ? "POPULATION" : null;
    }
    if (POPULATION_OF.matcher(before).find()) {
      return "POPULATION";
    }
    if (FORCES.matcher(head).matches() && DEPLOY_BEFORE.matcher(before).find()) {
      return "DEPLOYED";
    }
    Matcher b = BEFORE.matcher(before);
    if (b.find()) {
      String v = b.group(1).toLowerCase(Locale.ROOT);
      if (v.startsWith("kill")) {
        return "KILLED";
      }
      if (v.startsWith("wound") || v.startsWith("injur")) {
        return "WOUNDED";
      }
      if (v.startsWith("displac") || v.equals("evacuated")) {
        return "DISPLACED";
      }
      if (v.equals("detained") || v.equals("arrested") || v.equals("captured")) {
        return "DETAINED";
      }
      if (head.equals("lives")) {
        return "KILLED"; // "claimed / cost / took N lives"
      }
    }
    if (head.matches("deaths|dead|fatalities|bodies")) {
      return "KILLED";
    }
    Matcher a = AFTER.matcher(after);
    if (a.find()) {
      String v = a.group(1).toLowerCase(Locale.ROOT);
      if (v.matches("killed|died|dead|perished|lost their lives|were slain")) {
        return "KILLED";
      }
      if (v.matches("wounded|injured|hurt")) {
        return "WOUNDED";
      }
      if (v.matches("displaced|fled|forced from|forced to flee|evacuated")) {
        return "DISPLACED";
      }
      if (v.matches("detained|arrested|captured|taken prisoner|jailed")) {
        return "DETAINED";
      }
      if (v.matches("missing|unaccounted for")) {
        return "MISSING";
      }
      if (FORCES.matcher(head).matches()) {
        return "DEPLOYED";
      }
    }
    if (head.equals("lives")) {
      return null;
    }
    if (head.matches("residents|inhabitants")) {
      return "POPULATION";
    }
    return "OTHER";
  }
}

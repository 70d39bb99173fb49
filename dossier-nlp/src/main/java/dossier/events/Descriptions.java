package dossier.events;

import dossier.model.Mention;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Definite descriptions of one actor the article named before, for {@link Anaphora}:
 * <ul>
 *   <li>an organisation noun ("the ministry", "the defence ministry", "the group", "the party",
 *       "the rebels"): the one organisation named before whose own name holds the
 *       noun ("the Justice Ministry"), or that the text describes with it ("X, a rebel group", "the
 *       X party", "X rebels"), every modifier of the noun in its name or description;</li>
 *   <li>a title with a nationality ("the Velmoran premier", "the Dastrian foreign minister", "the
 *       Velmoran leader"): the one person named before with that title and tied to that country
 *       ("Velmoran Prime Minister A", "President A of Velmora");</li>
 *   <li>"the government", "the regime": the country, when the article so far names one only.</li>
 * </ul>
 * Two candidates mean no answer.
 */
final class Descriptions {
  /**
   * Organisation nouns and the words their names may show them by. Not "the company", "the firm",
   * "the bank": business news names many firms, often untagged, and their acts are seldom events.
   */
  private static final Map<String, String> BODIES = Map.ofEntries(
      Map.entry("ministry", "ministry"), Map.entry("group", "group"),
      Map.entry("party", "party"), Map.entry("movement", "movement"),
      Map.entry("organization", "organi[sz]ation"), Map.entry("organisation", "organi[sz]ation"),
      Map.entry("agency", "agency"), Map.entry("alliance", "alliance"),
      Map.entry("union", "union"), Map.entry("militia", "militia"),
      Map.entry("council", "council"), Map.entry("committee", "committee"),
      Map.entry("court", "court"), Map.entry("department", "department"),
      Map.entry("rebel", "rebels?"), Map.entry("militant", "militants?"),
      Map.entry("insurgent", "insurgents?"), Map.entry("guerrilla", "guerrillas?"),
      Map.entry("separatist", "separatists?"));
  /** Fighters named as a plural ("the rebels"); the other nouns are singular. */
  private static final Set<String> FIGHTERS = Set.of("rebel", "militant", "insurgent",
      "guerrilla", "separatist");
  private static final Set<String> GOVERNMENT = Set.of("government", "regime");
  /** Titles read with a nationality: "the Velmoran premier". */
  private static final Map<String, Set<String>> TITLES = Map.of(
      "president", Set.of("president"), "premier", Set.of("premier", "prime minister"),
      "chancellor", Set.of("chancellor"), "leader", TitledPeople.LEADERS,
      "king", Set.of("king"), "queen", Set.of("queen"));
  private static final Set<String> OFFICES = Set.of("prime", "foreign", "defence", "defense",
      "interior", "finance");

  private Descriptions() {}

  /** The one named actor the definite description at token {@code a} stands for, or null. */
  static String holder(Parse p, DepFinder.Context c, int a) {
    Parse.Tok t = p.tok(a);
    String lemma = t.lemma().toLowerCase();
    if (!t.noun() || !p.childIn(a, Set.of("the"), "det") || t.tag().startsWith("NNP")) {
      return null;
    }
    for (Parse.Arc x : p.out(a)) {
      String r = x.rel();
      if (r.equals("nmod:poss") || r.equals("appos") || r.equals("flat") || r.equals("dep")
          || r.equals("nummod") || r.startsWith("conj")) {
        return null; // "the group's", "the party, X,": said outright or more than one
      }
    }
    if (p.in(a).stream().anyMatch(x -> x.rel().equals("nmod:poss") || x.rel().equals("compound"))) {
      return null; // "the party's leader": not the party
    }
    boolean plural = t.tag().equals("NNS");
    if (BODIES.containsKey(lemma) && plural == FIGHTERS.contains(lemma)) {
      return body(p, c, a, lemma);
    }
    if (!plural && TITLES.containsKey(lemma) || lemma.equals("minister") && !plural) {
      return titled(p, c, a, lemma);
    }
    if (!plural && GOVERNMENT.contains(lemma) && p.out(a).stream()
        .noneMatch(x -> x.rel().equals("amod") || x.rel().equals("compound")
            || x.rel().startsWith("nmod"))) {
      Set<String> countries = new LinkedHashSet<>();
      for (Mention m : c.mentions()) {
        if (m.entityId() != null && m.end() <= t.start() && !c.skip().contains(m.text())
            && "COUNTRY".equals(c.types().get(m.entityId()))) {
          countries.add(m.entityId());
        }
      }
      return countries.size() == 1 ? countries.iterator().next() : null;
    }
    return null;
  }

  /** The one organisation named before that the noun at {@code a} (with its modifiers) fits. */
  private static String body(Parse p, DepFinder.Context c, int a, String lemma) {
    StringBuilder words = new StringBuilder();
    for (Parse.Arc x : p.out(a)) {
      String r = x.rel();
      if (r.equals("amod") || r.equals("compound") || r.equals("nmod:of")) {
        if (Participants.mentionAt(c, p.tok(x.dep())) != null) {
          return null; // "the Velmoran ministry": the name said outright
        }
        words.append(p.tok(x.dep()).word().toLowerCase()).append(' ');
      }
    }
    String noun = BODIES.get(lemma);
    Pattern inName = Pattern.compile("(?i)\\b(?:" + noun + ")\\b\\.?");
    // "X, a rebel group", "X, the ruling party": the noun describing the name after it
    Pattern after = Pattern.compile("(?i)^(?:\\s*,\\s+(?:the|a|an)\\s+(?:[\\w'-]+\\s+){0,3}?"
        + "|\\s+)(?:" + noun + ")\\b");
    // "the X party", "rebel group X": before the name
    Pattern before = Pattern.compile("(?i)\\b(?:" + noun + ")\\s+(?:group\\s+)?$");
    int at = p.tok(a).start();
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : c.mentions()) {
      if (m.entityId() == null || m.end() > at || c.skip().contains(m.text())
          || !"ORGANIZATION".equals(c.types().get(m.entityId()))) {
        continue;
      }
      String text = c.text();
      String lead = text.substring(Math.max(0, m.start() - 30), m.start());
      String tail = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
      String described = null;
      if (inName.matcher(m.text()).find()) {
        described = m.text();
      } else if (after.matcher(tail).find()) {
        described = tail;
      } else if (before.matcher(lead).find()) {
        described = lead;
      }
      if (described != null && modifiersIn(words.toString(), described + " " + m.text())) {
        ids.add(m.entityId());
      }
    }
    return ids.size() == 1 ? ids.iterator().next() : null;
  }

  /** Whether every modifier word stands in the name or its description (by its first letters). */
  private static boolean modifiersIn(String words, String described) {
    String d = described.toLowerCase();
    for (String w : words.trim().split(" ")) {
      if (!w.isEmpty() && !d.contains(w.substring(0, Math.min(5, w.length())))) {
        return false;
      }
    }
    return true;
  }

  /** The one person named with the title at {@code a} and tied to its nationality, or null. */
  private static String titled(Parse p, DepFinder.Context c, int a, String lemma) {
    String country = null;
    String office = null;
    for (Parse.Arc x : p.out(a)) {
      if (!x.rel().equals("amod") && !x.rel().equals("compound")) {
        continue;
      }
      Mention m = Participants.mentionAt(c, p.tok(x.dep()));
      String w = p.tok(x.dep()).word().toLowerCase();
      if (m != null && "COUNTRY".equals(c.types().get(m.entityId()))) {
        country = m.entityId();
      } else if (OFFICES.contains(w)) {
        office = w;
      } else {
        return null; // "the former premier", "the opposition leader"
      }
    }
    if (country == null) {
      return null; // with no nationality: Titles' reading
    }
    Set<String> titles;
    if (lemma.equals("minister")) {
      if (office == null) {
        return null;
      }
      titles = Set.of(office + " minister");
    } else {
      titles = TITLES.get(lemma);
    }
    Set<String> ids = TitledPeople.named(c, p.tok(a).start(), titles, country);
    return ids.size() == 1 ? ids.iterator().next() : null;
  }
}

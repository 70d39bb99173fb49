package dossier.events;

import dossier.figures.Sentences;
import dossier.model.GenericActor;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actors named by a common noun ("police arrested X", "was shot by gunmen", "Turkish troops
 * shelled"), made participants of an event the entity rules already found, as event datasets code
 * generic actors: a label, a sector code from a small general table, the words as written with their
 * offsets, and the country or organisation the words tie the actor to. Also "the two sides" and
 * "both sides" read as the two named parties of the sentence or of the one before.
 */
final class GenericActors {
  /** A label and its sector code (null when no code fits every use of the noun). */
  record Code(String label, String sector) {}

  private static final Map<String, Code> TABLE = new HashMap<>();

  static {
    code("police", "COP", "police", "policeman", "policemen", "policewoman", "cop", "trooper",
        "sheriff", "deputy", "detective", "investigator", "gendarme", "gendarmerie", "constable");
    code("army", "MIL", "army", "military");
    code("troops", "MIL", "troop", "troops", "soldier", "marine", "commando", "paratrooper",
        "infantry");
    code("navy", "MIL", "navy", "sailor");
    code("air force", "MIL", "airforce");
    code("coast guard", "MIL", "coastguard");
    code("forces", "MIL", "force");
    code("court", "JUD", "court", "judge", "jury", "tribunal");
    code("prosecutors", "JUD", "prosecutor", "prosecution");
    code("government", "GOV", "government", "regime", "authority", "ministry", "cabinet");
    code("protesters", "OPP", "protester", "protestor", "demonstrator", "rioter", "activist");
    code("crowd", "CVL", "crowd", "mob", "youth", "villager", "resident", "civilian");
    code("students", "EDU", "student");
    code("workers", "LAB", "worker", "striker");
    code("gunmen", "UAF", "gunman", "gunmen", "attacker", "assailant", "sniper", "bomber");
    code("militants", "REB", "militant", "rebel", "insurgent", "fighter", "militia",
        "separatist", "jihadist", "extremist", "terrorist", "guerrilla", "guerilla");
    code("criminals", "CRM", "pirate", "kidnapper", "robber", "thief", "gang", "mafia",
        "smuggler", "criminal");
    code("officers", null, "officer");
    code("agents", null, "agent");
    code("guards", null, "guard");
  }

  /** Nouns that take their code from a modifier: "police officers", "rebel forces". */
  private static final Set<String> HOLLOW = Set.of("force", "officer", "agent", "unit", "member",
      "personnel", "guard", "official");
  /** Hollow nouns for armed men, whose modifier may be a code of its own ("security forces"). */
  private static final Set<String> ARMED = Set.of("force", "unit", "personnel", "guard",
      "officer", "agent");
  /** "security forces", "border guards": modifiers that are codes of their own. */
  private static final Map<String, Code> MODIFIERS = Map.of(
      "security", new Code("security forces", "COP"),
      "border", new Code("border guards", "COP"),
      "government", new Code("government forces", "MIL"),
      "pro-government", new Code("government forces", "MIL"),
      "armed", new Code("armed men", "UAF"));
  private static final Set<String> ENTITY_TYPES = Set.of("COUNTRY", "ORGANIZATION",
      "STATE_OR_PROVINCE", "CITY", "LOCATION", "NATIONALITY");
  private static final Set<String> SIDE_ACTORS = Set.of("COUNTRY", "ORGANIZATION", "PERSON");

  private GenericActors() {}

  private static void code(String label, String sector, String... words) {
    for (String w : words) {
      TABLE.put(w, new Code(label, sector));
    }
  }

  /** The label and sector of a noun (lemma or word), or null when it names no generic actor. */
  static Code codeOf(String lemma, String word) {
    String l = lemma.toLowerCase();
    String w = word.toLowerCase();
    Code c = TABLE.getOrDefault(l, TABLE.get(w));
    c = c != null ? c : GenericMakers.code(l, w); // public roles and organised groups
    if (c == null && (Lexicon.GROUP_ACTORS.contains(l) || Lexicon.GROUP_ACTORS.contains(w))) {
      c = new Code(w, null); // a group actor the table has no code for
    }
    return c;
  }

  /**
   * Adds the generic actors among the arguments of an event's trigger (a verb, or an event noun and
   * the verb it hangs from) to {@code parts}, after the named participants. Called once the event
   * is known to stand, so generic actors never make an event nor change its type.
   */
  static void add(Parse p, DepFinder.Context c, int trigger, int predicate, String type,
      Map<String, Participant> parts) {
    Map<Integer, String> args = new LinkedHashMap<>();
    if (p.tok(trigger).verb()) {
      verbArguments(p, trigger, type, args);
    } else {
      for (String rel : new String[] {"nmod:by", "nmod:poss", "nmod:between", "nmod:among",
          "compound", "amod"}) {
        p.children(trigger, rel).forEach(x -> args.putIfAbsent(x, "SOURCE"));
      }
      for (String rel : new String[] {"nmod:against", "nmod:on"}) {
        p.children(trigger, rel).forEach(x -> args.putIfAbsent(x, "TARGET"));
      }
      if (predicate != trigger && p.tok(predicate).verb()) {
        for (int s : p.children(predicate, "nsubj")) {
          if (s != trigger) {
            args.putIfAbsent(s, "SOURCE"); // "protesters staged a rally"
          }
        }
      }
    }
    for (Map.Entry<Integer, String> a : args.entrySet()) {
      List<Integer> heads = new ArrayList<>();
      heads.add(a.getKey());
      heads.addAll(p.children(a.getKey(), "conj"));
      for (int h : heads) {
        GenericActor g = actor(p, c, h);
        if (g == null) {
          for (int x : p.children(h, "nmod:of")) {
            g = g != null ? g : actor(p, c, x); // "hundreds of protesters", "a group of gunmen"
          }
        }
        if (g != null) {
          parts.putIfAbsent(g.key(), Participant.generic(g, a.getValue()));
        }
      }
    }
  }

  /** A verb's arguments with their roles: doers are sources, those done to are targets. */
  private static void verbArguments(Parse p, int v, String type, Map<Integer, String> args) {
    boolean passive = !p.children(v, "nsubj:pass").isEmpty()
        || !p.children(v, "aux:pass").isEmpty();
    List<Integer> subjects = p.children(v, "nsubj");
    for (int s : subjects) {
      // "the gunmen who stormed": the relative pronoun stands for the noun the clause modifies
      int head = p.tok(s).tag().startsWith("W") ? p.governor(v, "acl:relcl") : s;
      if (head >= 0) {
        args.putIfAbsent(head, passive ? Roles.undergoer(p, v, type, head) : Roles.subject(p, v, type));
      }
    }
    if (subjects.isEmpty()) {
      int up = p.governor(v, "xcomp", "conj");
      if (up >= 0) {
        p.children(up, "nsubj").forEach(s -> args.putIfAbsent(s, "SOURCE")); // "police tried to"
      }
    }
    p.children(v, "obl:agent").forEach(x -> args.putIfAbsent(x, "SOURCE"));
    if (passive) {
      p.children(v, "obl:by").forEach(x -> args.putIfAbsent(x, "SOURCE"));
    }
    for (String rel : new String[] {"obj", "iobj", "obl:with", "obl:against", "obl:on",
        "obl:between"}) {
      p.children(v, rel).forEach(x -> args.putIfAbsent(x,
          rel.equals("obj") ? Roles.undergoer(p, v, type, x) : "TARGET"));
    }
  }

  /** The generic actor token {@code h} heads, or null (a name, or a noun not in the table). */
  static GenericActor actor(Parse p, DepFinder.Context c, int h) {
    Parse.Tok t = p.tok(h);
    if (!t.noun() || t.start() < c.from() || mentionAt(c, t.start(), t.end()) != null) {
      return null;
    }
    Code code = codeOf(t.lemma(), t.word());
    String lemma = t.lemma().toLowerCase();
    if (code == null && !HOLLOW.contains(lemma)) {
      return null;
    }
    int start = t.start();
    String affiliation = null;
    for (Parse.Arc a : p.out(h)) {
      if (a.dep() > h || !(a.rel().equals("compound") || a.rel().equals("amod")
          || a.rel().equals("nmod:poss"))) {
        continue;
      }
      Parse.Tok m = p.tok(a.dep());
      start = Math.min(start, leftmost(p, a.dep()));
      Mention named = mentionAt(c, m.start(), m.end());
      if (named != null && affiliation == null && ENTITY_TYPES.contains(typeOf(c, named))) {
        affiliation = named.entityId(); // "Turkish police", "Iraq's army", "Hamas militants"
      }
      if (named == null && affiliation == null && a.rel().equals("nmod:poss")) {
        affiliation = Roles.possessor(p, c, a.dep()); // "its forces", "the country's army"
      }
      String mw = m.word().toLowerCase();
      if (HOLLOW.contains(lemma) && named == null) {
        Code own = ARMED.contains(lemma) && MODIFIERS.containsKey(mw) ? MODIFIERS.get(mw)
            : codeOf(m.lemma(), m.word());
        code = own != null ? own : code; // "riot police" keeps police; "police officers" → police
      }
    }
    affiliation = affiliation != null ? affiliation : GenericMakers.tie(p, c, h); // "officials of X"
    if (code == null) {
      return null; // "members", "units" of nothing the table knows
    }
    String text = c.text().substring(start, t.end());
    return new GenericActor(text, code.label(), code.sector(), affiliation, null, null, start,
        t.end());
  }

  /**
   * "The two sides", "both sides" as an argument: the two named parties of the sentence, else of
   * the sentence before, when there are exactly two (countries first, then countries and
   * organisations, then people where no country or organisation is named). Adds them and says
   * whether it did.
   */
  static boolean twoSides(Parse p, DepFinder.Context c, int a, String role,
      Map<String, Participant> parts) {
    Parse.Tok t = p.tok(a);
    if (!t.lemma().equalsIgnoreCase("side") || !t.word().toLowerCase().endsWith("s")
        || mentionAt(c, t.start(), t.end()) != null) {
      return false;
    }
    boolean two = false;
    for (Parse.Arc x : p.out(a)) {
      String w = p.tok(x.dep()).word().toLowerCase();
      two |= x.dep() < a && (w.equals("two") || w.equals("both"));
    }
    if (!two) {
      return false;
    }
    List<String> sides = sides(c, c.from(), c.end());
    if (sides.size() != 2) {
      Span before = null;
      for (Span s : Sentences.split(c.text())) {
        if (s.end() <= c.start()) {
          before = s;
        }
      }
      // (a dateline's place is no party; its credited agency is in skip)
      sides = before == null ? List.of() : sides(c, before.start(), before.end());
    }
    if (sides.size() != 2) {
      return false;
    }
    sides.forEach(id -> parts.putIfAbsent(id, new Participant(id, role)));
    return true;
  }

  /** The distinct parties named in {@code [from, to)}, narrowed to the first tier that has two. */
  private static List<String> sides(DepFinder.Context c, int from, int to) {
    List<String> countries = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (Mention m : c.mentions()) {
      String type = m.entityId() == null ? null : c.types().get(m.entityId());
      if (m.start() < from || m.end() > to || type == null
          || !SIDE_ACTORS.contains(type) || c.skip().contains(m.text())) {
        continue;
      }
      if (type.equals("COUNTRY") && !countries.contains(m.entityId())) {
        countries.add(m.entityId());
      }
      if (!type.equals("PERSON") && !bodies.contains(m.entityId())) {
        bodies.add(m.entityId());
      }
      if (type.equals("PERSON") && !people.contains(m.entityId())) {
        people.add(m.entityId());
      }
    }
    for (List<String> tier : List.of(countries, bodies)) {
      if (tier.size() == 2) {
        return tier;
      }
    }
    // two people are the sides only where no country or body is named: a person and a country
    // are no two sides (the person may speak for it), nor two leaders beside a named country
    return people.size() == 2 && bodies.isEmpty() ? people : List.of();
  }

  static String typeOf(DepFinder.Context c, Mention m) {
    return "NATIONALITY".equals(m.type()) ? "NATIONALITY" : c.types().get(m.entityId());
  }

  private static Mention mentionAt(DepFinder.Context c, int start, int end) {
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() <= start && end <= m.end()) {
        return m;
      }
    }
    return null;
  }

  private static int leftmost(Parse p, int i) {
    int left = p.tok(i).start();
    for (Parse.Arc a : p.out(i)) {
      if (a.dep() < i && !a.rel().equals("punct") && !a.rel().startsWith("det")
          && !a.rel().startsWith("case")) {
        left = Math.min(left, leftmost(p, a.dep()));
      }
    }
    return left;
  }
}

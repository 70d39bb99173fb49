package dossier.events;

import dossier.figures.Sentences;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which role an argument plays beyond its slot in the parse, and whom a possessive ties an actor to:
 * <ul>
 *   <li>armed men moved, sent or pulled back are the mover's own force, not a side acted on
 *       ("Velorian troops were deployed": Veloria deploys, so its troops are the source);</li>
 *   <li>a town or region in an "of" or "on" phrase is where something happened ("accused X of
 *       shelling the town", "fired on a village"), not a side;</li>
 *   <li>"its forces", "their police", "the country's army", "the group's fighters": the one
 *       country or organisation named before the words in the sentence (else in the sentence
 *       before), when there is exactly one.</li>
 * </ul>
 */
final class Roles {
  /** Types whose armed undergoer belongs to the doer: a force moved is the mover's. */
  private static final Set<String> MOVING = Set.of("MOBILIZE", "RETREAT");
  /** Verb slots where a place is where the act happened, never a side. */
  private static final Set<String> PLACE_SLOTS = Set.of("obl:of", "obl:on");
  /** Possessor nouns that stand for a country named before ("the country's army"). */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state",
      "government", "regime", "administration", "republic", "kingdom");
  /** Possessor nouns that stand for an organisation named before ("the group's fighters"). */
  private static final Set<String> BODY_NOUNS = Set.of("group", "organisation", "organization",
      "movement", "militia", "party", "alliance", "faction");
  private static final Set<String> PRONOUNS = Set.of("its", "their");
  /** Nouns and modifiers for those who oppose or fight a state. */
  private static final Set<String> OPPOSED = Set.of("opposition", "rebel", "insurgent",
      "dissident", "separatist", "anti-government", "antigovernment", "insurgency", "exile");

  /**
   * Key prefix of a participant a pronoun stands for, until the event stands without it: "he",
   * "she" add who they name to an event, never make one ("a strange reality ambushed her").
   */
  static final String PRONOUN = "pronoun:";

  private Roles() {}

  /** The participants named outright, not through a pronoun. */
  static int named(Map<String, Participant> parts) {
    return (int) parts.keySet().stream().filter(k -> !k.startsWith(PRONOUN)).count();
  }

  /** Once the event stands: the pronouns' participants under their own ids. */
  static void settle(Map<String, Participant> parts) {
    for (String k : List.copyOf(parts.keySet())) {
      if (k.startsWith(PRONOUN)) {
        Participant x = parts.remove(k);
        parts.putIfAbsent(x.entityId(), x);
      }
    }
  }

  /**
   * The role of an undergoer of {@code type} (an object, or a passive's subject): the source when
   * armed men are moved ("deployed troops", "troops were pulled back"), else the target.
   */
  static String undergoer(Parse p, int v, String type, int arg) {
    if (MOVING.contains(type) && armed(p, arg) || Warnings.bound(p, v)) {
      return "SOURCE"; // "troops were sent"; "X is committed to a strike against B"
    }
    if (type.equals("AID") && AidVerbs.helpers(p, arg)) {
      return "SOURCE"; // "dispatched FBI agents to B": the agents are the sender's, not helped
    }
    // "the Velorian investigation was shelved", "dropped its probe": proceedings opened or
    // dropped are their owner's, who is the one acting
    return proceedings(p, v, type, arg) ? "SOURCE" : "TARGET";
  }

  /**
   * The role of an active verb's subject: the source, except where the subject undergoes the act
   * ("X faces charges": X is the one accused).
   */
  static String subject(Parse p, int v, String type) {
    return type.equals("ACCUSE") && (p.tok(v).lemma().equalsIgnoreCase("face")
        || CriticismIdioms.undergoes(p, v) || ClausalAccusations.blamed(p, v)) ? "TARGET"
        : "SOURCE"; // "X came under fire", "X drew criticism", "X is to blame"
  }

  /**
   * Those proceedings or a ruling are against: "dropped an investigation into claims made against
   * X" (an "against" phrase under the proceedings, up to three arcs down), "ruled that X should
   * remain in custody" (the ruling's clause's subject).
   */
  static List<Integer> accused(Parse p, int v, String type) {
    List<Integer> out = new ArrayList<>();
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int x : p.children(v, rel)) {
        if (proceedings(p, v, type, x)) {
          against(p, x, 0, out);
        }
      }
    }
    if (type.equals("COERCE") && p.tok(v).lemma().equalsIgnoreCase("rule")) {
      for (int x : p.children(v, "ccomp")) {
        out.addAll(p.children(x, "nsubj").stream()
            .filter(s -> !p.tok(s).tag().startsWith("PRP")).toList());
      }
    }
    return out;
  }

  private static boolean proceedings(Parse p, int v, String type, int arg) {
    return (type.equals("CONCEDE") || type.equals("ACCUSE")) && p.tok(v).verb()
        && LegalActs.PROCEEDINGS.contains(p.tok(arg).word().toLowerCase())
        && LegalActs.type(p, v) != null;
  }

  private static void against(Parse p, int x, int depth, List<Integer> out) {
    for (Parse.Arc a : p.out(x)) {
      if (a.rel().equals("nmod:against") || a.rel().equals("obl:against")) {
        out.add(a.dep());
      } else if (depth < 2 && (a.rel().startsWith("nmod") || a.rel().startsWith("acl")
          || a.rel().startsWith("obl"))) {
        against(p, a.dep(), depth + 1, out);
      }
    }
  }

  /** Acts of violence told as nouns beyond the lexicon's, whose "of" phrase names the victims. */
  private static final Set<String> VIOLENCE = Set.of("killing", "killings", "murder", "murders",
      "massacre", "slaying", "slayings", "kidnapping", "abduction", "execution", "occupation",
      "bombings", "attacks", "assassination");
  /** Where a noun of violence names its doer. */
  private static final Set<String> ATTACKER_RELS = Set.of("nmod:poss", "nmod:by", "nmod:agent",
      "amod");

  /** Whether {@code n} is a noun of violence ("the bombing of X", "the attack on X"). */
  static boolean violence(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    return t.tag().startsWith("NN") && ("ASSAULT".equals(Lexicon.type(t))
        || VIOLENCE.contains(t.word().toLowerCase()) || VIOLENCE.contains(t.lemma()));
  }

  /** Who a noun of violence says did it: "X's invasion", "the Velmoran raid", "attacks by X". */
  static List<Parse.Arc> attackers(Parse p, int n) {
    return p.out(n).stream().filter(a -> ATTACKER_RELS.contains(a.rel())).toList();
  }


  /** Whether {@code x} is a noun for armed men or their units ("troops", "police", "forces"). */
  static boolean armed(Parse p, int x) {
    Parse.Tok t = p.tok(x);
    String l = t.lemma().toLowerCase();
    String w = t.word().toLowerCase();
    if (Lexicon.FORCES.contains(l) || Lexicon.FORCES.contains(w)) {
      return true;
    }
    GenericActors.Code c = GenericActors.codeOf(l, w);
    return c != null && ("MIL".equals(c.sector()) || "COP".equals(c.sector()));
  }

  /**
   * Whether a noun names those who fight or oppose a state ("rebels", "opposition forces",
   * "anti-government protesters"): a country's adjective on it is where they are from, not a side.
   */
  static boolean opposed(Parse p, int x) {
    if (OPPOSED.contains(p.tok(x).lemma().toLowerCase())) {
      return true;
    }
    for (Parse.Arc a : p.out(x)) {
      if ((a.rel().equals("amod") || a.rel().equals("compound"))
          && OPPOSED.contains(p.tok(a.dep()).lemma().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who "was present at" the meeting {@code n} names: the subject of "present" over it (the
   * adjective hides the event from the verb patterns), so that they take part with those the
   * meeting names.
   */
  static List<Integer> presentAt(Parse p, int n) {
    List<Integer> out = new ArrayList<>();
    for (Parse.Arc a : p.in(n)) {
      if (a.gov() >= 0 && a.rel().startsWith("obl") && p.tok(a.gov()).tag().startsWith("JJ")
          && p.tok(a.gov()).lemma().equalsIgnoreCase("present")
          && !p.negated(a.gov())) {
        out.addAll(p.children(a.gov(), "nsubj"));
      }
    }
    return out;
  }

  /** Whether a place in verb slot {@code rel} is only where the act happened. */
  static boolean placeSlot(String rel) {
    return PLACE_SLOTS.contains(rel);
  }

  /**
   * The entity a possessor of an actor noun stands for, or null: "its", "their" (a country or an
   * organisation), "the country's" (a country), "the group's" (an organisation), "the Velorian
   * government's" (the name on the possessor itself).
   */
  static String possessor(Parse p, DepFinder.Context c, int poss) {
    Parse.Tok t = p.tok(poss);
    String w = t.word().toLowerCase();
    String l = t.lemma().toLowerCase();
    if (PRONOUNS.contains(w)) {
      return antecedent(c, t.start(), Set.of("COUNTRY", "ORGANIZATION"));
    }
    if (!t.noun() || !(COUNTRY_NOUNS.contains(l) || BODY_NOUNS.contains(l))) {
      return null;
    }
    for (Parse.Arc a : p.out(poss)) {
      if (a.dep() < poss && (a.rel().equals("amod") || a.rel().equals("compound"))) {
        Mention m = mention(c, p.tok(a.dep()));
        if (m != null) {
          return m.entityId(); // "the Velorian government's troops"
        }
      }
    }
    boolean definite = p.children(poss, "det").stream()
        .anyMatch(d -> p.tok(d).lemma().equalsIgnoreCase("the"));
    if (!definite) {
      return null; // "a country's army" names none
    }
    return antecedent(c, t.start(), COUNTRY_NOUNS.contains(l) ? Set.of("COUNTRY")
        : Set.of("ORGANIZATION"));
  }

  /**
   * The actor a personal pronoun stands for ("X waved after he was arrested", "she" for the woman
   * named before, "we" in a quote for its speaker), else null: see {@link Pronouns#of}.
   */
  static String person(DepFinder.Context c, Parse.Tok t) {
    return Pronouns.of(c, t);
  }

  /**
   * The one entity of {@code types} named in the sentence before {@code at}, else in the sentence
   * before this one; null when there is none or more than one (the words could mean either).
   */
  static String antecedent(DepFinder.Context c, int at, Set<String> types) {
    List<String> here = named(c, c.from(), at, types);
    if (!here.isEmpty()) {
      return here.size() == 1 ? here.get(0) : null;
    }
    Span before = null;
    for (Span s : Sentences.split(c.text())) {
      if (s.end() <= c.start()) {
        before = s;
      }
    }
    List<String> prior = before == null ? List.of() : named(c, before.start(), before.end(), types);
    return prior.size() == 1 ? prior.get(0) : null;
  }

  private static List<String> named(DepFinder.Context c, int from, int to, Set<String> types) {
    List<String> out = new ArrayList<>();
    for (Mention m : c.mentions()) {
      if (m.entityId() == null || m.start() < from || m.end() > to
          || c.skip().contains(m.text())) {
        continue; // a dateline's credited agency is no antecedent
      }
      String type = c.types().get(m.entityId());
      if (type != null && types.contains(type) && !out.contains(m.entityId())) {
        out.add(m.entityId());
      }
    }
    return out;
  }

  private static Mention mention(DepFinder.Context c, Parse.Tok t) {
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() <= t.start() && t.end() <= m.end()) {
        return m;
      }
    }
    return null;
  }
}

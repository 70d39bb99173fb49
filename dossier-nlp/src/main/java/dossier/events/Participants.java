package dossier.events;

import dossier.model.Mention;
import dossier.model.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Participant assembly: the actors an argument names (itself, its conjuncts, "the leaders of A
 * and B", "A's President X"), an event noun's own modifiers ("A-B talks"), and the subjects a
 * clause borrows from the clause above it ("A agreed to meet B", "at which they agreed").
 */
final class Participants {
  /** Pronouns that may stand for a named subject of the clause above ("X said they would"). */
  private static final java.util.Set<String> ANAPHORIC = java.util.Set.of("he", "she", "it",
      "they", "we");
  /** Who acts for someone named in their "for" phrase: "a spokesman for X", "lawyers for X". */
  private static final Set<String> SPEAKS_FOR = Set.of("spokesman", "spokeswoman",
      "spokesperson", "representative", "negotiator", "envoy", "ambassador", "lawyer", "attorney",
      "counsel", "advocate");

  /** Kin, whose town named before them is where they live, not a side they act for. */
  private static final Set<String> KIN = Set.of("relative", "family", "families", "kin",
      "parent", "mother", "father", "brother", "sister", "son", "daughter", "cousin", "uncle",
      "aunt", "wife", "husband", "grandmother", "grandfather");

  private Participants() {}

  /**
   * The actors an argument names: its own mention, else (for "the leaders of A and B", "A's
   * envoy", "Armenian officials") the names in its modifiers, and the same for its conjuncts.
   */
  static void addActors(Parse p, DepFinder.Context c, int arg, String role,
      Map<String, Participant> parts) {
    List<Integer> args = new ArrayList<>();
    args.add(arg);
    args.addAll(p.children(arg, "conj"));
    for (int a : args) {
      collect(p, c, a, role, parts, 0);
    }
  }

  /** The doers a noun of violence names ({@code Roles.attackers}), a nationality as a modifier. */
  static void addAttackers(Parse p, DepFinder.Context c, int noun, String role,
      Map<String, Participant> parts) {
    for (Parse.Arc a : Roles.attackers(p, noun)) {
      collect(p, c, a.dep(), role, parts, a.rel().equals("amod") ? 1 : 0);
    }
  }

  private static void collect(Parse p, DepFinder.Context c, int a, String role,
      Map<String, Participant> parts, int depth) {
    if (depth <= 1 && GenericActors.twoSides(p, c, a, role, parts)) {
      return; // "the two sides", "envoys of both sides": the two parties the text names
    }
    Mention m = mentionAt(c, p.tok(a));
    if (m != null && (actor(c, m, depth > 0) || isPlace(c, m) && usable(c, m))) {
      // a place in an argument slot acts for its government ("Ruvena rejects", "accused Tavrin")
      parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), role));
      if (depth < 3) {
        for (int x : p.children(a, "nmod:of")) {
          collect(p, c, x, role, parts, depth + 1); // "the General Staff of A and B"
        }
      }
      return;
    }
    if (depth > 2 || m != null) {
      return;
    }
    if (depth == 0 && Titles.add(p, c, a, role, parts)) {
      return; // "the president": the one person the article named with that title (Titles)
    }
    if (depth == 0 && Anaphora.add(p, c, a, role, parts)) {
      return; // "the two leaders", "the ministry": the actors named before (Anaphora)
    }
    // the pronoun itself, not one a noun hangs from ("her husband was sentenced": not her)
    String who = depth == 0 ? Roles.person(c, p.tok(a)) : null;
    if (who != null) {
      // "after he was arrested": kept apart until the event stands, so a pronoun never makes one
      parts.putIfAbsent(Roles.PRONOUN + who, new Participant(who, role));
      return;
    }
    boolean role2 = Lexicon.ROLE.contains(p.tok(a).lemma()) || depth == 0 && m == null;
    if (role2 && namedHolder(p, c, a, role, parts)) {
      return; // "A's President X meets": the person acts, not the country that owns the title
    }
    boolean opposed = Roles.opposed(p, a);
    boolean speaksFor = SPEAKS_FOR.contains(p.tok(a).lemma().toLowerCase());
    for (Parse.Arc x : p.out(a)) {
      String r = x.rel();
      int side = r.equals("nmod:for") && speaksFor ? spokenFor(p, c, x.dep()) : -1;
      if (side >= 0) {
        collect(p, c, side, role, parts, depth + 1); // "a spokesman for X"
      } else if (r.equals("compound") || r.equals("flat") || r.equals("appos")
          || r.equals("nmod:poss")
          || (role2 && (r.equals("amod") || r.equals("nmod:of") || r.equals("nmod:from")
          || r.startsWith("conj")))) {
        if (opposed && country(c, mentionAt(c, p.tok(x.dep())))) {
          continue; // "Syrian rebels", "the Velorian opposition": against that country's state
        }
        Mention place = mentionAt(c, p.tok(x.dep()));
        if (KIN.contains(p.tok(a).lemma().toLowerCase()) && place != null && isPlace(c, place)) {
          continue; // "the Brenn relatives": a family living there, not the town's government
        }
        collect(p, c, x.dep(), role, parts, depth + 1);
      }
    }
    if (speaksFor && a + 1 < p.tokens().size()
        && p.tok(a + 1).word().equalsIgnoreCase("for")) {
      // "warned lawyers for X": the parser hangs the "for" phrase on the verb
      for (Parse.Arc in : p.in(a)) {
        for (int x : in.gov() >= 0 && in.rel().equals("obj") ? p.children(in.gov(), "obl:for")
            : List.<Integer>of()) {
          if (x > a && spokenFor(p, c, x) >= 0) {
            collect(p, c, spokenFor(p, c, x), role, parts, depth + 1);
          }
        }
      }
    }
  }

  /**
   * The side a spokesman or lawyer speaks for, -1 for none: {@code x} when named ("lawyers for
   * Velmora"), else its named owner ("lawyers for Ivo Brenk's family": Brenk's side, not the
   * city of "his Ostrig family").
   */
  private static int spokenFor(Parse p, DepFinder.Context c, int x) {
    if (mentionAt(c, p.tok(x)) != null) {
      return x;
    }
    for (int o : p.children(x, "nmod:poss")) {
      if (mentionAt(c, p.tok(o)) != null) {
        return o;
      }
    }
    return -1;
  }

  /**
   * The person a title names ("President X", "A's President X", the parser often hanging the name
   * off the title as dep, appos, flat or compound): adds them and says whether there was one.
   */
  private static boolean namedHolder(Parse p, DepFinder.Context c, int title, String role,
      Map<String, Participant> parts) {
    boolean found = false;
    for (Parse.Arc x : p.out(title)) {
      String r = x.rel();
      if (r.equals("dep") || r.equals("appos") || r.equals("flat") || r.equals("compound")) {
        Mention m = mentionAt(c, p.tok(x.dep()));
        if (m != null && "PERSON".equals(c.types().get(m.entityId())) && actor(c, m, false)) {
          parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), role));
          found = true;
        }
      }
    }
    return found;
  }

  /** Whether a mention names a country, by name or by its people's adjective. */
  private static boolean country(DepFinder.Context c, Mention m) {
    return m != null && ("NATIONALITY".equals(m.type())
        || "COUNTRY".equals(c.types().get(m.entityId())));
  }

  /** The entity mention covering token {@code t}, or null. */
  static Mention mentionAt(DepFinder.Context c, Parse.Tok t) {
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() <= t.start() && t.end() <= m.end()) {
        return m;
      }
    }
    return null;
  }

  /** Whether a mention may be an actor: a person, organisation or country (a nationality only as a modifier). */
  static boolean actor(DepFinder.Context c, Mention m, boolean modifier) {
    String type = c.types().get(m.entityId());
    if (type == null || m.start() < c.from() || c.skip().contains(m.text())) {
      return false;
    }
    if ("NATIONALITY".equals(m.type()) && !modifier) {
      return false;
    }
    return DepFinder.ACTORS.contains(type);
  }

  private static boolean usable(DepFinder.Context c, Mention m) {
    return m.start() >= c.from() && !c.skip().contains(m.text());
  }

  static boolean isPlace(DepFinder.Context c, Mention m) {
    String type = c.types().get(m.entityId());
    return type != null && DepFinder.PLACES.contains(type) && !"NATIONALITY".equals(m.type());
  }

  /** Participants named in an event noun's own modifiers. */
  static void nounModifiers(Parse p, DepFinder.Context c, int n, Map<String, Participant> parts) {
    for (String rel : new String[] {"nmod:between", "nmod:with", "nmod:among", "nmod:poss",
        "nmod:by", "nmod:against", "nmod:of", "compound", "amod"}) {
      for (int m : p.children(n, rel)) {
        addActors(p, c, m, rel.equals("nmod:against") || rel.equals("nmod:with") ? "TARGET"
            : "SOURCE", parts);
      }
    }
    // "A-B talks": the names before the noun, however the hyphen was parsed
    int left = p.tok(n).start();
    for (Parse.Arc a : p.out(n)) {
      if (a.dep() < n && !a.rel().startsWith("det") && !a.rel().startsWith("case")) {
        left = Math.min(left, leftmost(p, a.dep()));
      }
    }
    for (Mention m : c.mentions()) {
      if (m.start() >= left && m.end() <= p.tok(n).start()
          && (actor(c, m, true) || isPlace(c, m) && usable(c, m))) {
        parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), "SOURCE"));
      }
    }
  }

  static int leftmost(Parse p, int i) {
    int left = p.tok(i).start();
    for (Parse.Arc a : p.out(i)) {
      if (a.dep() < i && !a.rel().equals("punct")) {
        left = Math.min(left, leftmost(p, a.dep()));
      }
    }
    return left;
  }

  /**
   * "They" as the subject of a clause inside another ("held a meeting, at which they agreed"):
   * the actors are the subject of the clause it hangs from. Returns that clause's verb, or -1.
   */
  static int pronounSubject(Parse p, DepFinder.Context c, int v, Map<String, Participant> parts) {
    List<Integer> subjects = p.children(v, "nsubj");
    // "I" or "you" outside a quote are the writer and the reader ("X replied that I was
    // threatening them"), never the subject of the clause above; inside one, its speaker
    if (subjects.isEmpty() || !subjects.stream().allMatch(s -> p.tok(s).tag().startsWith("PRP")
        && (ANAPHORIC.contains(p.tok(s).word().toLowerCase())
            || Pronouns.quoted(c, p.tok(s).start())))) {
      return -1;
    }
    int x = v;
    for (int i = 0; i < 4; i++) {
      int up = p.governor(x, "acl:relcl", "advcl", "conj", "ccomp", "parataxis", "dep");
      if (up < 0) {
        return -1;
      }
      if (p.tok(up).noun()) {
        up = LexiconNouns.governingVerb(p, up);
        if (up < 0) {
          return -1;
        }
      }
      List<Integer> named = p.children(up, "nsubj").stream()
          .filter(s -> !p.tok(s).tag().startsWith("PRP")).toList();
      if (!named.isEmpty()) {
        if (p.children(v, "aux:pass").isEmpty() && p.children(v, "nsubj:pass").isEmpty()) {
          // not for a passive: in "X decided ... after he was detained" he is no doer, nor X
          named.forEach(s -> addActors(p, c, s, "SOURCE", parts));
        }
        return up;
      }
      x = up;
    }
    return -1;
  }

  /** A controlled clause's subject: "A agreed to meet B", "A and B are set to meet". */
  static void subjectFromControl(Parse p, DepFinder.Context c, int v,
      Map<String, Participant> parts) {
    if (!p.children(v, "nsubj").isEmpty()) {
      return;
    }
    int up = p.governor(v, "xcomp", "ccomp", "conj");
    up = up >= 0 ? up : Adverbials.controller(p, v); // "sought calm by promising to withdraw"
    if (up >= 0) {
      for (int s : p.children(up, "nsubj")) {
        addActors(p, c, s, "SOURCE", parts);
      }
    }
  }
}

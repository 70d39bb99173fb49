package dossier.events;

import dossier.model.Participant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Diplomacy and cooperation told in wordings the lexicons lack, each an event only with the
 * arguments that make it one (PLOVER codebook): "discussed X with B" (CONSULT, not "discussed the
 * plan"), "welcomed the visiting president" (CONSULT, not "welcomed the decision", a SUPPORT
 * read by {@link SpeechActs}), "bolstered its military presence", "reinforced its troops", "the
 * military buildup" (MOBILIZE, not "boosted exports"), "stand united with B" (SUPPORT), "A and B
 * will stand together" (COOPERATE), "thousands gathered for a rally" (PROTEST). Also what makes
 * no event: a required act ("must be agreed"), an opinion shared ("agreed that the law was
 * unfair"), showing something ("by demonstrating his support").
 */
final class Diplomacy {
  /** The raw-text test, beside {@link Lexicon#CANDIDATE}. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:discuss|welcom|bolster|reinforc"
      + "|red\\s+carpet|boost|beef|strengthen|build-?ups?\\b|stand(?:s|ing)?\\b|stood\\b|gather|assembl"
      + "|converg)");
  private static final Set<String> TRIGGERS = Set.of("discuss", "welcome", "bolster", "carpet",
      "reinforce", "boost", "beef", "strengthen", "buildup", "build-up", "stand", "stood",
      "gather", "assemble", "converge");
  /** Verbs that make more forces or presence a mobilisation ("bolstered its forces"). */
  private static final Set<String> BOLSTER = Set.of("bolster", "reinforce", "boost", "beef",
      "strengthen", "increase", "expand", "double", "triple", "build");
  /** What is bolstered in a mobilisation: forces, or a presence told as military. */
  private static final Set<String> FORCES = Set.of("troop", "troops", "force", "forces",
      "soldier", "soldiers", "presence", "garrison", "deployment", "contingent", "fleet",
      "navy", "army", "military", "defence", "defense", "defences", "defenses", "warship",
      "warships", "armada", "buildup", "build-up");
  /** Modifiers that make a presence, a buildup or defences military. */
  private static final Set<String> MILITARY = Set.of("military", "naval", "troop", "armed",
      "air", "army", "navy", "force", "forces", "security", "defense", "defence");
  /** Nouns of a mobilisation told as a noun. */
  private static final Set<String> BUILDUP = Set.of("buildup", "build-up");
  /** Spans an event under way is counted in ("the second day of talks"). */
  private static final Set<String> PERIODS = Set.of("day", "week", "month", "round", "night",
      "hour", "session");
  /** Ordinals that place the span inside an event going on. */
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final", "last", "latest",
      "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th");
  /** Verbs under which a mobilisation noun is going on ("the buildup continues"). */
  private static final Set<String> GOING_ON = Set.of("continue", "go", "gather", "intensify",
      "accelerate", "begin", "start", "proceed", "mount", "grow", "expand");
  /** Words that make standing a stand of solidarity ("stand together", "stand united"). */
  private static final Set<String> TOGETHER = Set.of("together", "united", "firm",
      "shoulder", "side");
  /** Verbs of promising, under which a stand of solidarity is the promise's content. */
  private static final Set<String> PROMISING = Set.of("pledge", "promise", "vow", "swear");
  /** Verbs of gathering a crowd, a protest when it gathers for one ("gathered for a rally"). */
  private static final Set<String> GATHER = Set.of("gather", "assemble", "converge");
  /** Modals of obligation: "must be agreed" is required, not done. */
  private static final Set<String> OBLIGATION = Set.of("must", "ought");
  /** Modals that make an agreed clause a plan, not an opinion ("agreed that X would go"). */
  private static final Set<String> PLAN_AUX = Set.of("will", "would", "shall", "should",
      "must", "could", "can", "may", "might", "'ll", "wo");

  /** What one agrees with when sharing a view ("agreed with X's assessment"). */
  private static final Set<String> VIEWS = Set.of("view", "views", "assessment", "analysis",
      "opinion", "conclusion", "conclusions", "argument", "arguments", "point", "position",
      "criticism", "sentiment", "remarks", "comments", "statement", "assertion", "claim",
      "finding", "findings", "interpretation", "characterization", "description", "verdict");
  /** Modals of what ought to be: "agreed with X that Y should go" is an opinion. */
  private static final Set<String> OBLIGATION_VIEW = Set.of("should", "must", "ought", "need");

  private Diplomacy() {}

  static boolean trigger(String lemma) {
    return TRIGGERS.contains(lemma);
  }

  /** The type verb {@code v} makes with its arguments, or null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (lemma.equals("discuss") && !partners(p, v).isEmpty()
        || lemma.equals("discuss") && !p.children(v, "obl:with").isEmpty()) {
      return "CONSULT"; // "discussed the crisis with B": a meeting or a call
    }
    if (lemma.equals("roll") && carpet(p, v) || lemma.equals("give") && warmWelcome(p, v)) {
      return "CONSULT"; // "rolled out the red carpet for B", "gave B a warm welcome"
    }
    if (lemma.equals("welcome") && guest(p, v)) {
      return "CONSULT"; // "welcomed the visiting president": hosting a visit
    }
    if (BOLSTER.contains(lemma) && mobilised(p, v)) {
      return "MOBILIZE";
    }
    if (lemma.equals("stand") && p.governor(v, "xcomp") >= 0
        && PROMISING.contains(p.tok(p.governor(v, "xcomp")).lemma().toLowerCase())) {
      return null; // the promise carries it: see override
    }
    if (lemma.equals("stand")) {
      return stand(p, v);
    }
    if (GATHER.contains(lemma) && protestFor(p, v)) {
      return "PROTEST"; // "thousands gathered in the square for a rally"
    }
    return null;
  }

  /**
   * Whom a matter is discussed with when the parser hangs "with B" on the matter ("discussed
   * grain exports with B"): the partners the verb's own arguments miss.
   */
  static java.util.List<Integer> partners(Parse p, int v) {
    java.util.List<Integer> out = new java.util.ArrayList<>();
    if (p.tok(v).verb() && p.tok(v).lemma().equalsIgnoreCase("roll") && carpet(p, v)) {
      out.addAll(p.children(v, "obl:for")); // the guest of "rolled out the red carpet for B"
    }
    if (p.tok(v).verb() && p.tok(v).lemma().equalsIgnoreCase("discuss")) {
      for (int o : p.children(v, "obj")) {
        out.addAll(p.children(o, "nmod:with"));
      }
    }
    if (p.tok(v).verb() && PROMISING.contains(p.tok(v).lemma().toLowerCase())) {
      for (int x : p.children(v, "xcomp")) { // "pledged to stand (united) with B": B is backed
        if (p.tok(x).lemma().equalsIgnoreCase("stand")) {
          java.util.List<Integer> heads = new java.util.ArrayList<>(java.util.List.of(x));
          p.out(x).stream().filter(a -> TOGETHER.contains(p.tok(a.dep()).word().toLowerCase()))
              .forEach(a -> heads.add(a.dep()));
          for (int h : heads) {
            for (String rel : new String[] {"obl:with", "obl:by", "obl:behind", "obl:alongside"}) {
              out.addAll(p.children(h, rel));
            }
          }
        }
      }
    }
    return out;
  }

  /** A promise read by what is promised: "pledged to stand united with B" is support. */
  static String override(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb() || !PROMISING.contains(t.lemma().toLowerCase())) {
      return null;
    }
    for (int x : p.children(v, "xcomp")) {
      if (p.tok(x).lemma().equalsIgnoreCase("stand")) {
        return stand(p, x);
      }
    }
    return null;
  }

  /**
   * "stand with B", "stand by B", "stand behind B" (B a name): SUPPORT; "A and B stand
   * together", "stand united", "stand shoulder to shoulder": COOPERATE, or SUPPORT with B named.
   */
  private static String stand(Parse p, int v) {
    boolean together = false;
    boolean with = p.nameIn(v, "obl:with", "obl:by", "obl:behind", "obl:alongside")
        || allied(p, v);
    for (Parse.Arc a : p.out(v)) {
      if (TOGETHER.contains(p.tok(a.dep()).word().toLowerCase())) {
        together = true; // "united with B": the ally may hang from the adjective
        with |= p.nameIn(a.dep(), "obl:with", "obl:behind", "obl:alongside")
            || allied(p, a.dep());
      }
    }
    if (with) {
      return "SUPPORT";
    }
    return together && pair(p, v) ? "COOPERATE" : null;
  }

  /** "stand with the president", "with its allies": an ally by title, not a thing. */
  private static boolean allied(Parse p, int v) {
    return p.childIn(v, Set.of("president", "ally", "allies", "government", "people",
        "leader", "partner", "partners", "counterpart", "friend", "friends"), "obl:with",
        "obl:by", "obl:behind", "obl:alongside");
  }

  /** Two or more standing together: a conjoined subject ("he and B"). */
  private static boolean pair(Parse p, int v) {
    for (int s : p.children(v, "nsubj")) {
      if (!p.children(s, "conj").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** "rolled out the red carpet for B": hosting B (B a name or a title). */
  private static boolean carpet(Parse p, int v) {
    boolean red = p.children(v, "obj").stream().anyMatch(o -> p.tok(o).lemma()
        .equalsIgnoreCase("carpet") && p.childIn(o, Set.of("red"), "amod", "compound"));
    return red && !p.children(v, "obl:for").isEmpty();
  }

  /** "gave B a warm welcome", "gave B a red-carpet welcome". */
  private static boolean warmWelcome(Parse p, int v) {
    return !p.children(v, "iobj").isEmpty() && p.children(v, "obj").stream()
        .anyMatch(o -> p.tok(o).lemma().equalsIgnoreCase("welcome")
            && !p.children(o, "amod").isEmpty());
  }

  /** "welcomed the visiting president", "welcomed B to the capital", "welcoming him". */
  private static boolean guest(Parse p, int v) {
    for (int o : p.children(v, "obj")) {
      Parse.Tok t = p.tok(o);
      String l = t.lemma().toLowerCase();
      if (Lexicon.GUESTS.contains(l) || t.tag().equals("NNP") && p.children(o, "det").isEmpty()
          || t.tag().equals("PRP") && Set.of("him", "her", "them").contains(l)) {
        return true;
      }
    }
    return false;
  }

  /** "bolstered its military presence", "reinforced its troops", "beefed up its navy". */
  private static boolean mobilised(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if ((lemma.equals("beef") || lemma.equals("build"))
        && !p.childIn(v, Set.of("up"), "compound:prt")) {
      return false;
    }
    for (int o : p.children(v, "obj")) {
      String l = p.tok(o).lemma().toLowerCase();
      if (!FORCES.contains(l) && !FORCES.contains(p.tok(o).word().toLowerCase())) {
        continue;
      }
      boolean plain = Set.of("troop", "troops", "soldier", "soldiers", "warship", "warships",
          "garrison", "contingent", "fleet", "armada", "navy", "army", "military").contains(l);
      if (plain || p.childIn(o, MILITARY, "amod", "compound")) {
        return true;
      }
    }
    return false;
  }

  /** "gathered for a rally", "assembled to protest" (the protest verb tells that itself). */
  private static boolean protestFor(Parse p, int v) {
    for (Parse.Arc a : p.out(v)) {
      if ((a.rel().equals("obl:for") || a.rel().equals("obl:to"))
          && Lexicon.PROTEST_NOUNS.contains(p.tok(a.dep()).lemma().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The period noun over event noun {@code n} in "the third day of an assault", "a third
   * round of talks", "on the final day of protests" (an ordinal says the event is under way), or
   * -1.
   */
  static int period(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    if (!t.noun() || Lexicon.type(t) == null) {
      return -1;
    }
    int head = p.governor(n, "nmod:of");
    if (head < 0 || !PERIODS.contains(p.tok(head).lemma().toLowerCase())
        || !p.childIn(head, ORDINALS, "amod")) {
      return -1;
    }
    boolean told = p.in(head).stream().anyMatch(a -> a.rel().equals("root")
        || a.rel().startsWith("nsubj") || a.rel().equals("obj") || a.rel().startsWith("obl"));
    return told ? head : -1;
  }

  /** "The third day of an assault by B on C": the event, under way, with its sides. */
  private static DepFinder.Found periodEvent(Parse p, DepFinder.Context c, int n, int head) {
    String type = Lexicon.type(p.tok(n));
    if (p.childIn(n, Set.of("no", "any"), "det")) {
      return null;
    }
    Map<String, Participant> parts = new LinkedHashMap<>();
    Participants.addActors(p, c, n, "SOURCE", parts);
    for (String rel : new String[] {"nmod:by", "nmod:between", "nmod:among"}) {
      for (int x : p.children(n, rel)) {
        Participants.addActors(p, c, x, "SOURCE", parts);
      }
    }
    for (String rel : new String[] {"nmod:with", "nmod:against", "nmod:on"}) {
      for (int x : p.children(n, rel)) {
        Participants.addActors(p, c, x, "TARGET", parts);
      }
    }
    int gov = LexiconNouns.governingVerb(p, head);
    String status = ClauseStatus.status(p, gov >= 0 ? gov : head, type);
    if (status == null) {
      return null;
    }
    String location = Places.place(p, c, n);
    location = location != null || gov < 0 ? location : Places.place(p, c, gov);
    boolean strong = type.equals("ASSAULT") || type.equals("PROTEST"); // news without a name
    return DepFinder.found(p, c, n, gov >= 0 ? gov : head, type, status, null, location, parts,
        strong);
  }

  /** Whether token {@code n} is a noun this class reads ("the military buildup"). */
  static boolean noun(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    return period(p, n) >= 0 || t.noun() && BUILDUP.contains(t.word().toLowerCase().replaceAll("s$", ""))
        && (p.childIn(n, MILITARY, "amod", "compound") || !p.children(n, "nmod:of").isEmpty()
            && p.children(n, "nmod:of").stream().anyMatch(x -> FORCES.contains(
                p.tok(x).lemma().toLowerCase())));
  }

  /**
   * "The A military buildup continues", "A's buildup of troops on the border": a mobilisation by
   * the actor named in its modifiers, going on or under way.
   */
  static DepFinder.Found event(Parse p, DepFinder.Context c, int n) {
    int head = period(p, n);
    if (head >= 0) {
      return periodEvent(p, c, n, head);
    }
    if (p.childIn(n, Set.of("no", "any"), "det")) {
      return null;
    }
    int gov = LexiconNouns.governingVerb(p, n);
    boolean subject = gov >= 0 && p.in(n).stream()
        .anyMatch(a -> a.gov() == gov && a.rel().startsWith("nsubj"));
    boolean root = p.in(n).stream().anyMatch(a -> a.rel().equals("root"));
    if (!root && !(subject && GOING_ON.contains(p.tok(gov).lemma().toLowerCase()))) {
      return null; // "fears of a buildup", "warned against a buildup": told of, not going on
    }
    Map<String, Participant> parts = new LinkedHashMap<>();
    Participants.addActors(p, c, n, "SOURCE", parts); // its modifiers: "the A buildup", "Velmoran"
    for (int x : p.children(n, "nmod:by")) {
      Participants.addActors(p, c, x, "SOURCE", parts);
    }
    String status = ClauseStatus.status(p, gov >= 0 ? gov : n, "MOBILIZE");
    if (status == null) {
      return null;
    }
    String location = Places.place(p, c, n);
    if (location == null && gov >= 0) {
      location = Places.place(p, c, gov);
    }
    return DepFinder.found(p, c, n, gov >= 0 ? gov : n, "MOBILIZE", status, null, location,
        parts, false);
  }

  /** Whether verb {@code v} is only required ("must be agreed", "must withdraw"), not done. */
  static boolean required(Parse p, int v) {
    return p.childIn(v, OBLIGATION, "aux");
  }

  /** False alarms of these families, for {@link Idioms#drop}. */
  static boolean drop(Parse p, int v, String type) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (type.equals("AGREE") && lemma.equals("agree") && opinion(p, v)) {
      return true; // "the judges agreed that the law was unfair": a view shared, no deal
    }
    // "held on by demonstrating his backing": showing something, not a protest
    return type.equals("PROTEST") && lemma.startsWith("demonstrat")
        && (p.childIn(v, Set.of("by"), "mark", "case") || !p.children(v, "obj").isEmpty()
            || p.childIn(v, Set.of("his", "her", "their", "its"), "nmod:poss"));
  }

  /** "agreed that the law amounted to discrimination": a clause of fact, no plan or deal. */
  private static boolean opinion(Parse p, int v) {
    for (int w : p.children(v, "obl:with")) {
      if (VIEWS.contains(p.tok(w).lemma().toLowerCase()) || !p.children(w, "ccomp").isEmpty()) {
        return true; // "agreed with X's assessment (that ...)": a view shared
      }
    }
    if (!p.children(v, "xcomp").isEmpty() || !p.children(v, "obj").isEmpty()
        || !p.children(v, "obl:on").isEmpty() || !p.children(v, "obl:to").isEmpty()) {
      return false; // "agreed to meet", "agreed a ceasefire", "agreed on a plan"
    }
    for (int x : p.children(v, "ccomp")) {
      if (!p.childIn(x, PLAN_AUX, "aux") && !p.childIn(x, Set.of("to"), "mark")) {
        return true;
      }
      if (!p.children(v, "obl:with").isEmpty() && p.childIn(x, OBLIGATION_VIEW, "aux")) {
        return true; // "agreed with X that the talks should go on": a view of what ought to be
      }
    }
    return false;
  }
}

package dossier.events;

import dossier.model.GenericActor;
import dossier.model.Mention;
import dossier.model.Participant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Generic actors that make an event on their own, as a PLOVER coder codes them: people in a public
 * role or an organised group ("officials criticised the plan", "lawmakers demanded a delay", "the
 * union rejected the offer", "doctors have offered to vaccinate detainees", "critics slammed the
 * decision"), the maker of a statement, offer, request or accusation whose only name, if any, is
 * the one it is made to or about. Generic people carry nothing ("people", "experts say", "fans",
 * "analysts", "sources"): they are not in the table. A bare profession or group counted loosely
 * ("many doctors", "some critics") speaks of a kind, not of a body, unless the words tie it to a
 * country, organisation or place ("some members of the Assembly", "U.S. officials").
 */
final class GenericMakers {
  /** Statement and offer types a generic maker may carry (violence and the law have their own). */
  private static final Set<String> TYPES = Set.of("ACCUSE", "REQUEST", "REJECT", "SUPPORT",
      "THREATEN", "CONCEDE", "AGREE", "AID");
  /** Quantifiers that make a plural a kind ("many doctors"), not a body that acted. */
  private static final Set<String> LOOSE = Set.of("many", "some", "most", "few", "several",
      "other", "others", "various", "numerous", "countless", "all");
  /** The public a request may go to: an advisory to them ("urged residents to stay indoors"). */
  private static final Set<String> PUBLIC = Set.of("resident", "people", "public", "driver",
      "motorist", "citizen", "traveller", "traveler", "visitor", "tourist", "commuter",
      "passenger", "parent", "consumer", "customer", "user", "everyone", "anyone", "household",
      "homeowner", "shopper", "student", "patient", "pedestrian", "villager", "local");
  /** Makers that carry an event only when tied to a named place ("residents of Brenn"). */
  private static final Set<String> TIED_ONLY = Set.of("resident", "villager");
  /** Verbs of offering or promising: one side's, so one maker is enough (PLOVER's AGREE). */
  private static final Set<String> OFFERING = Set.of("offer", "volunteer", "promise", "pledge",
      "assure", "reassure", "ratify"); // a ratification is one party's act on a signed treaty

  /** Nouns for a public role or an organised group, with a label and sector code (none for a
   * spokesperson: a government's or a company's). */
  private static final Map<String, GenericActors.Code> CODES = new HashMap<>();
  /** Labels of {@link GenericActors}' own table that may also make a statement alone. */
  private static final Set<String> CARRIERS = new java.util.HashSet<>(Set.of("police",
      "army", "troops", "navy", "forces", "court", "prosecutors", "government", "protesters",
      "students", "workers", "militants"));

  static {
    code("officials", "GOV", "official", "officialdom");
    code("lawmakers", "LEG", "lawmaker", "legislator", "senator", "congressman",
        "congresswoman", "parliamentarian", "mp", "mps", "msp", "msps", "mep", "meps",
        "councillor", "councilor", "councilman", "councilwoman", "councilmember", "alderman",
        "assemblyman", "assemblywoman", "assemblymember");
    code("ministers", "GOV", "minister");
    code("diplomats", "GOV", "diplomat", "ambassador", "envoy");
    code("spokesperson", null, "spokesman", "spokeswoman", "spokesperson");
    code("union", "LAB", "union", "unions");
    code("workers", "LAB", "employee", "staffer");
    code("doctors", "MED", "doctor", "physician", "nurse", "medic");
    code("lawyers", "JUD", "lawyer", "attorney");
    code("teachers", "EDU", "teacher");
    code("farmers", "AGR", "farmer");
    code("activists", "NGO", "campaigner");
    code("critics", null, "critic");
    code("residents", "CVL", "resident", "villager");
    code("opposition", "OPP", "opposition");
    code("regulators", "GOV", "regulator", "watchdog");
    code("group", null, "group", "coalition", "alliance", "association", "organisation",
        "organization", "federation");
    code("committee", "GOV", "committee", "commission", "council", "panel");
    code("parties", "PTY", "parties"); // "the party" is one named before (Descriptions)
    code("parliament", "LEG", "parliament", "legislature", "senate", "congress");
  }

  private GenericMakers() {}

  private static void code(String label, String sector, String... words) {
    for (String w : words) {
      CODES.put(w, new GenericActors.Code(label, sector));
    }
    CARRIERS.add(label);
  }

  /** The label and sector of a public role or group noun GenericActors' table lacks, or null. */
  static GenericActors.Code code(String lemma, String word) {
    GenericActors.Code c = CODES.get(lemma);
    return c != null ? c : CODES.get(word);
  }

  /**
   * Whether the noun at {@code s} names people who may make a statement (for the statements'
   * speaker test): one of this table's makers, as "doctors", "residents", "the union".
   */
  static boolean speaks(Parse p, int s) {
    Parse.Tok t = p.tok(s);
    return t.noun() && code(t.lemma().toLowerCase(), t.word().toLowerCase()) != null;
  }

  /**
   * How many named participants an event needs, given the usual {@code need}: an offer of help
   * or of an act ("offered to mediate", "offered aid") is one side's, so one is enough.
   */
  static int need(Parse p, int trigger, String type, int need) {
    return type.equals("AGREE") && need > 1 && p.tok(trigger).verb()
        && (OFFERING.contains(p.tok(trigger).lemma().toLowerCase())
        || Invitations.membership(p, trigger)) ? 1 : need; // an offer of membership too
  }

  /**
   * 1 when the event's maker (its source) is a generic actor that carries it alone, else 0: a
   * public role or organised group of the table, read where {@link GenericActors} reads an
   * event's generic actors, not counted loosely unless tied to a name. Only for what was done or
   * said: "officials did not criticise" or a hope of theirs is news of nobody named.
   */
  static int carriers(Parse p, DepFinder.Context c, int trigger, int predicate, String type,
      String status, Map<String, Participant> parts) {
    if (!TYPES.contains(type) || "denied".equals(status) || "hoped".equals(status)) {
      return 0;
    }
    GenericActor speaker = advisory(p, trigger, type) ? null : quoted(p, c, trigger);
    if (speaker != null) {
      parts.putIfAbsent(speaker.key(), Participant.generic(speaker, "SOURCE"));
      return 1; // "'We implore you to ...,' the nurses wrote": the quote's speakers
    }
    Map<String, Participant> found = new LinkedHashMap<>();
    GenericActors.add(p, c, trigger, predicate, type, found);
    for (Participant x : found.values()) {
      GenericActor g = x.actor();
      int head = g == null ? -1 : headAt(p, g.end());
      if (head < 0 || !x.role().equals("SOURCE") || advisory(p, trigger, type)) {
        continue;
      }
      if (carries(p, g, head)) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * A request to the public ("urged residents to stay indoors", "asked drivers to avoid the
   * area", "pleaded with patients to rest"): an advisory, no request of one actor to another.
   */
  static boolean advisory(Parse p, int v, String type) {
    if (!type.equals("REQUEST") || !p.tok(v).verb()) {
      return false;
    }
    for (Parse.Arc a : p.out(v)) {
      if ((a.rel().equals("obj") || a.rel().equals("iobj") || a.rel().equals("obl:to")
          || a.rel().equals("obl:with"))
          && PUBLIC.contains(p.tok(a.dep()).lemma().toLowerCase())) {
        return true;
      }
      if ((a.rel().equals("xcomp") || a.rel().startsWith("advcl")) && p.children(a.dep(), "nsubj")
          .stream().anyMatch(x -> PUBLIC.contains(p.tok(x).lemma().toLowerCase()))) {
        return true; // "pleaded with patients to rest", parsed as the clause's own subject
      }
    }
    return false;
  }

  /** Verbs that tell a quote. */
  private static final Set<String> QUOTING = Set.of("say", "state", "write", "tell", "add",
      "declare", "insist", "chant", "shout", "tweet", "post");

  /**
   * The maker a quote's "we" stands for: the speaker of the verb of saying the quote hangs from,
   * when it is one of these makers ("'We will not accept this,' the union said").
   */
  private static GenericActor quoted(Parse p, DepFinder.Context c, int v) {
    if (!p.tok(v).verb() || p.children(v, "nsubj").stream()
        .noneMatch(s -> p.tok(s).word().equalsIgnoreCase("we"))) {
      return null;
    }
    int x = v;
    for (int i = 0; i < 3 && x >= 0; i++) {
      for (int q : p.children(x, "parataxis")) {
        if (QUOTING.contains(p.tok(q).lemma().toLowerCase())) {
          return speaker(p, c, q); // the quote parsed as the head: "'We ...,' X said"
        }
      }
      int up = p.governor(x, "ccomp", "parataxis");
      if (up >= 0 && QUOTING.contains(p.tok(up).lemma().toLowerCase())) {
        return speaker(p, c, up);
      }
      x = up;
    }
    return null;
  }

  /** The subject of a verb of saying when it is one of these makers, or null. */
  private static GenericActor speaker(Parse p, DepFinder.Context c, int say) {
    for (int s : p.children(say, "nsubj")) {
      GenericActor g = GenericActors.actor(p, c, s);
      int head = g == null ? -1 : headAt(p, g.end());
      if (head >= 0 && carries(p, g, head)) {
        return g;
      }
    }
    return null;
  }

  /** Event nouns of statements whose maker may be one of these ("criticism from rights groups"). */
  private static final Set<String> SAID = Set.of("accusation", "allegation", "criticism",
      "condemnation", "denunciation", "rebuke", "call", "demand", "appeal", "request", "plea",
      "threat", "ultimatum", "warning", "rejection", "refusal", "praise", "endorsement");

  /**
   * Adds to {@code parts} the maker of a statement told as a noun when it is one of these: the
   * noun's possessor, "by" or "from" phrase ("the union's demands", "criticism from rights
   * groups"), or the subject of the verb {@code gov} when it is a light verb that makes it
   * ("lawmakers renewed their calls"). Says whether it added one.
   */
  static boolean nounMakers(Parse p, DepFinder.Context c, int n, int gov, boolean light,
      String lemma, String type, Map<String, Participant> parts) {
    if (!SAID.contains(lemma) || !TYPES.contains(type)) {
      return false;
    }
    java.util.List<Integer> makers = new java.util.ArrayList<>();
    for (String rel : new String[] {"nmod:poss", "nmod:by", "nmod:from"}) {
      makers.addAll(p.children(n, rel));
    }
    if (gov >= 0 && light) {
      makers.addAll(p.children(gov, "nsubj"));
    }
    if (gov >= 0 && p.children(gov, "obj").contains(n)) {
      makers.addAll(p.children(gov, "obl:from")); // "drew criticism from X", hung on the verb
    }
    for (int x : makers) {
      GenericActor g = GenericActors.actor(p, c, x);
      for (int y : p.children(x, "nmod:of")) {
        g = g != null ? g : GenericActors.actor(p, c, y); // "a group of doctors"
      }
      int head = g == null ? -1 : headAt(p, g.end());
      if (head >= 0 && carries(p, g, head)) {
        parts.putIfAbsent(g.key(), Participant.generic(g, "SOURCE"));
        return true;
      }
    }
    return false;
  }

  /** Whether generic actor {@code g}, headed by {@code head}, carries an event alone. */
  private static boolean carries(Parse p, GenericActor g, int head) {
    boolean tiedOnly = TIED_ONLY.contains(p.tok(head).lemma().toLowerCase());
    boolean carrier = tiedOnly ? g.affiliationId() != null : CARRIERS.contains(g.label());
    return carrier && (g.affiliationId() != null || !loose(p, head));
  }

  /** The token ending at {@code end} (a generic actor's head noun), or -1. */
  private static int headAt(Parse p, int end) {
    for (int i = 0; i < p.tokens().size(); i++) {
      if (p.tok(i).end() == end) {
        return i;
      }
    }
    return -1;
  }

  /** "many doctors", "some critics", "other officials": a kind, not a body that acted. */
  private static boolean loose(Parse p, int h) {
    for (Parse.Arc a : p.out(h)) {
      if ((a.rel().startsWith("det") || a.rel().equals("amod") || a.rel().equals("advmod"))
          && LOOSE.contains(p.tok(a.dep()).lemma().toLowerCase())) {
        return true;
      }
    }
    return LOOSE.contains(p.tok(h).lemma().toLowerCase());
  }

  /** Relations by which a maker's noun names whom it belongs to: "officials of X", "staff at X". */
  private static final Set<String> TIES = Set.of("nmod:of", "nmod:in", "nmod:at", "nmod:from",
      "nmod:for");
  /** What a maker may belong to: a country, organisation or place, not a person. */
  private static final Set<String> TIED_TO = Set.of("COUNTRY", "ORGANIZATION",
      "STATE_OR_PROVINCE", "CITY", "NATIONALITY");

  /**
   * The country, organisation or place a maker of this table belongs to by a phrase after its
   * noun ("lawmakers in the Assembly", "residents of Brenn", "workers at Corvane"), or null; not
   * for diplomats "in" a country (often another country's) nor for the table's other actors
   * ("troops in X" are as often foreign). "The group", "the union" alone stand for the one
   * organisation named before them (in the sentence, else the one before), as "its" does.
   */
  static String tie(Parse p, DepFinder.Context c, int h) {
    Parse.Tok t = p.tok(h);
    GenericActors.Code code = code(t.lemma().toLowerCase(), t.word().toLowerCase());
    if (code == null) {
      return null;
    }
    for (Parse.Arc a : p.out(h)) {
      if (!TIES.contains(a.rel()) || a.rel().equals("nmod:in") && code.label().equals("diplomats")) {
        continue;
      }
      Mention m = Participants.mentionAt(c, p.tok(a.dep()));
      if (m != null && m.start() >= c.from() && !c.skip().contains(m.text())
          && TIED_TO.contains(GenericActors.typeOf(c, m))) {
        return m.entityId();
      }
    }
    return BODIES.contains(code.label()) && bare(p, h)
        ? Roles.antecedent(c, t.start(), Set.of("ORGANIZATION")) : null;
  }

  /** Makers that stand for an organisation named before: "the group", "the union". */
  private static final Set<String> BODIES = Set.of("group", "union", "committee");

  /** "the group" alone: no modifier that would make it another body ("a rival group"). */
  private static boolean bare(Parse p, int h) {
    boolean the = false;
    for (Parse.Arc a : p.out(h)) {
      if (a.rel().equals("det")) {
        the = p.tok(a.dep()).lemma().equalsIgnoreCase("the");
      } else if (a.dep() < h && !a.rel().equals("punct") && !a.rel().startsWith("case")) {
        return false;
      }
    }
    return the && p.tok(h).tag().equals("NN");
  }
}

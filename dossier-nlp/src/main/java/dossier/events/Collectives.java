package dossier.events;

import dossier.model.GenericActor;
import dossier.model.Mention;
import dossier.model.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plural body of parties as the makers of an agreement or meeting: "foreign ministers of the
 * member states agreed to set up a panel", "northern countries and the Bank agreed to lend": the
 * plural is several parties, so it is two sides alone, or the second beside a name. Not "the two
 * leaders" or "both countries" (those stand for two named parties: another class resolves them),
 * nor a kind counted loosely ("some countries").
 */
final class Collectives {
  /** Nouns whose plural is several parties of diplomacy, with their sector code. */
  private static final Map<String, String> PARTIES = Map.ofEntries(Map.entry("minister", "GOV"),
      Map.entry("leader", "GOV"), Map.entry("country", "GOV"), Map.entry("nation", "GOV"),
      Map.entry("state", "GOV"), Map.entry("government", "GOV"), Map.entry("delegate", "GOV"),
      Map.entry("delegation", "GOV"), Map.entry("ally", "GOV"), Map.entry("member-state", "GOV"),
      Map.entry("negotiator", "GOV"), Map.entry("signatory", "GOV"));
  /** Words that make the plural a kind or a count of two (resolved elsewhere), not a body. */
  private static final Set<String> NOT_A_BODY = Set.of("two", "both", "many", "some", "most",
      "few", "several", "other", "various", "numerous", "these", "those");
  private static final Set<String> TIED_TO = Set.of("COUNTRY", "ORGANIZATION");
  /** Modifiers that say whose the body is: "the bloc's ministers", "ministers of the Union". */
  private static final Set<String> TIES = Set.of("nmod:of", "nmod:poss", "compound", "amod");

  private Collectives() {}

  /** Sides a body of parties adds to an AGREE or CONSULT event with {@code named} names. */
  static int count(Parse p, DepFinder.Context c, int trigger, int predicate, String type,
      int named, Map<String, Participant> parts) {
    if (!type.equals("AGREE") && !type.equals("CONSULT")) {
      return 0;
    }
    int verb = p.tok(trigger).verb() ? trigger : predicate;
    if (verb < 0 || !p.tok(verb).verb()) {
      return 0;
    }
    for (int s : subjects(p, verb)) {
      GenericActor g = body(p, c, s);
      if (g != null) {
        parts.putIfAbsent(g.key(), Participant.generic(g, "SOURCE"));
        return named > 0 ? 1 : 2;
      }
    }
    return 0;
  }

  private static List<Integer> subjects(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (int s : p.children(v, "nsubj")) {
      out.add(s);
      out.addAll(p.children(s, "conj"));
    }
    return out;
  }

  /** The body of parties noun {@code h} heads, or null. */
  static GenericActor body(Parse p, DepFinder.Context c, int h) {
    Parse.Tok t = p.tok(h);
    String lemma = t.lemma().toLowerCase();
    if (!t.tag().equals("NNS") || !PARTIES.containsKey(lemma)
        || Participants.mentionAt(c, t) != null) {
      return null;
    }
    int start = t.start();
    String tie = null;
    for (Parse.Arc a : p.out(h)) {
      Parse.Tok m = p.tok(a.dep());
      if (NOT_A_BODY.contains(m.word().toLowerCase())) {
        return null;
      }
      if (!TIES.contains(a.rel())) {
        continue; // "countries and the Bank": a conjunct is a side of its own
      }
      if (a.dep() < h) {
        start = Math.min(start, m.start());
      }
      Mention named = Participants.mentionAt(c, m);
      if (tie == null && named != null && TIED_TO.contains(c.types().get(named.entityId()))) {
        tie = named.entityId(); // "the bloc's ministers", "ministers of the Union"
      }
    }
    String label = t.word().toLowerCase();
    return new GenericActor(c.text().substring(start, t.end()), label, PARTIES.get(lemma), tie,
        null, null, start, t.end());
  }
}

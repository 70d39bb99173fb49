package dossier.events;

import dossier.model.GenericActor;
import dossier.model.Participant;
import java.util.Map;
import java.util.Set;

/**
 * Someone close to an office holder the text names only by the office, as one side of a meeting,
 * agreement or statement: "the president's son met with X", "an aide to the prime minister
 * signed". A name in that place is already a side (the owner of "X's aide" is collected with the
 * arguments); a relative or aide of nobody ("her mum", "a spokesman") stays no side: a family
 * visit is no diplomacy.
 */
final class Proxies {
  /** Relatives and aides, with the label they are coded by. */
  private static final Map<String, String> CLOSE = Map.ofEntries(Map.entry("son", "relative"),
      Map.entry("daughter", "relative"), Map.entry("wife", "relative"),
      Map.entry("husband", "relative"), Map.entry("brother", "relative"),
      Map.entry("sister", "relative"), Map.entry("father", "relative"),
      Map.entry("mother", "relative"), Map.entry("nephew", "relative"),
      Map.entry("niece", "relative"), Map.entry("cousin", "relative"),
      Map.entry("widow", "relative"), Map.entry("son-in-law", "relative"),
      Map.entry("aide", "aide"), Map.entry("adviser", "aide"), Map.entry("advisor", "aide"),
      Map.entry("envoy", "envoy"), Map.entry("emissary", "envoy"),
      Map.entry("spokesman", "spokesperson"), Map.entry("spokeswoman", "spokesperson"),
      Map.entry("spokesperson", "spokesperson"), Map.entry("representative", "envoy"),
      Map.entry("deputy", "aide"), Map.entry("negotiator", "envoy"));
  /** Offices a text may name its holder by ("the president", "the king"). */
  private static final Set<String> OFFICES = Set.of("president", "king", "queen", "prince",
      "minister", "premier", "chancellor", "governor", "mayor", "leader", "chairman", "senator",
      "emir", "sultan", "shah", "monarch", "pope", "ruler", "commander", "general", "secretary");
  /** Slots of an event's verb that hold a side. */
  private static final String[] SLOTS = {"nsubj", "obj", "iobj", "obl:with", "obl:agent"};
  private static final Set<String> TYPES = Set.of("CONSULT", "AGREE", "ACCUSE", "REQUEST",
      "REJECT", "SUPPORT", "THREATEN", "CONCEDE");

  private Proxies() {}

  /** 1 when a side of verb {@code v}'s {@code type} act is someone close to an office holder. */
  static int count(Parse p, DepFinder.Context c, int v, String type,
      Map<String, Participant> parts) {
    if (!TYPES.contains(type) || !p.tok(v).verb()) {
      return 0;
    }
    for (String rel : SLOTS) {
      for (int x : p.children(v, rel)) {
        GenericActor g = proxy(p, c, x);
        if (g != null) {
          parts.putIfAbsent(g.key(), Participant.generic(g, rel.startsWith("nsubj")
              || rel.equals("obl:agent") ? "SOURCE" : "TARGET"));
          return 1;
        }
      }
    }
    return 0;
  }

  /** The relative or aide of an office holder noun {@code h} heads, or null. */
  static GenericActor proxy(Parse p, DepFinder.Context c, int h) {
    Parse.Tok t = p.tok(h);
    String label = CLOSE.get(t.lemma().toLowerCase());
    if (label == null || !t.noun() || Participants.mentionAt(c, t) != null) {
      return null;
    }
    for (Parse.Arc a : p.out(h)) {
      if (!a.rel().equals("nmod:poss") && !a.rel().equals("nmod:of")
          && !a.rel().equals("nmod:to")) {
        continue;
      }
      Parse.Tok o = p.tok(a.dep());
      boolean definite = p.children(a.dep(), "det").stream()
          .anyMatch(d -> p.tok(d).lemma().equalsIgnoreCase("the"));
      if (OFFICES.contains(o.lemma().toLowerCase()) && definite
          && Participants.mentionAt(c, o) == null) {
        int start = Math.min(o.start(), t.start());
        for (int d : p.children(a.dep(), "det")) {
          start = Math.min(start, p.tok(d).start());
        }
        int end = Math.max(o.end(), t.end());
        return new GenericActor(c.text().substring(start, end), label, null, null, null, null,
            start, end);
      }
    }
    return null;
  }
}

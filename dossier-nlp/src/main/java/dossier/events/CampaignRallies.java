package dossier.events;

import dossier.model.Participant;
import java.util.List;
import java.util.Set;

/**
 * A rally one person holds ("Trump held a raucous rally in Hialeah", "the senator is holding a
 * rally tonight") is a campaign stop, no PLOVER PROTEST: the golds give a candidate's or a
 * president's rally no line. A protest rally is held by a crowd, a union, a party or a government
 * (those stay), or says what it is against ("held a rally against the decree", an opposition
 * leader's rally), which keeps it too.
 */
final class CampaignRallies {
  /** Words that make a rally a protest whoever holds it. */
  private static final Set<String> PROTEST = Set.of("against", "protest", "protester",
      "demonstration", "demonstrator", "demand", "opposition", "oppose", "denounce", "condemn",
      "march", "strike", "boycott", "outrage", "anger", "anti");

  private CampaignRallies() {}

  /** Whether the PROTEST {@code f} read at noun {@code t} is a rally held by one person. */
  static boolean drop(Parse p, DepFinder.Context c, int t, DepFinder.Found f) {
    if (!f.type().equals("PROTEST") || !p.tok(t).noun()
        || !p.tok(t).lemma().equalsIgnoreCase("rally")) {
      return false;
    }
    int people = 0;
    for (Participant x : f.participants()) {
      if (!x.role().equals("SOURCE")) {
        continue;
      }
      if (x.isGeneric() || !"PERSON".equals(c.types().get(x.entityId()))) {
        return false; // "protesters staged a rally", "the government held rallies"
      }
      people++;
    }
    return people == 1 && namedHolder(p, t) && p.tokens().stream().noneMatch(
        x -> PROTEST.contains(x.lemma().toLowerCase())
            || x.word().toLowerCase().startsWith("anti-"));
  }

  /**
   * Whether the rally's holder is written as a name ("Trump held a rally", "X skipped the debate
   * and held a rally"), not a group tied to one ("the general's supporters began a rally").
   */
  private static boolean namedHolder(Parse p, int t) {
    int verb = p.governor(t, "obj");
    if (verb < 0) {
      return false;
    }
    List<Integer> subjects = p.children(verb, "nsubj");
    int up = p.governor(verb, "conj");
    if (subjects.isEmpty() && up >= 0) {
      subjects = p.children(up, "nsubj");
    }
    return !subjects.isEmpty()
        && subjects.stream().allMatch(s -> p.tok(s).tag().startsWith("NNP"));
  }
}

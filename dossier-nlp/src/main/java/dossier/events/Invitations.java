package dossier.events;

import dossier.model.Participant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An invitation to come, visit or take part in talks: PLOVER AGREE, as the codebook codes
 * invitations for visits and references to future meetings ("invited B to visit the capital",
 * "invited B to rejoin the negotiations", "invited B for talks"), and an invitation to join an
 * alliance or a body of states ("invited three countries to join", "invited B to join the
 * alliance"): an offer of membership, one side's AGREE. Not an invitation to anything else
 * ("invited bids", "invited B to join the board", "invited criticism").
 */
final class Invitations {
  /** The raw-text test, beside {@link Lexicon#CANDIDATE}. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\binvit");
  /** Verbs whose doing is a visit or a meeting by themselves. */
  private static final Set<String> COMING = Set.of("come", "visit", "attend", "meet", "talk",
      "negotiate", "confer", "rejoin", "travel", "fly");
  /** Verbs that are a meeting only with a meeting noun ("return to the negotiating table"). */
  private static final Set<String> JOINING = Set.of("join", "return", "take", "resume", "go");

  /** Bodies one joins as a member state: "join the alliance", "join the union". */
  private static final Set<String> BODIES = Set.of("alliance", "bloc", "union", "organization",
      "organisation", "coalition", "federation", "community", "pact", "treaty", "grouping");
  /** Guests that are states: "invited three countries to join". */
  private static final Set<String> STATES = Set.of("country", "countries", "state", "states",
      "nation", "nations", "republic", "republics");

  private Invitations() {}

  static boolean trigger(String lemma) {
    return lemma.equals("invite") || lemma.equals("invited") || lemma.equals("invites")
        || lemma.equals("inviting");
  }

  /** AGREE for an invitation with a guest and a coming or a meeting, else null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb() || !t.lemma().equalsIgnoreCase("invite") || p.children(v, "obj").isEmpty()
        && p.children(v, "nsubj:pass").isEmpty()) {
      return null; // a guest is needed: "invited comment" is none
    }
    for (int x : p.children(v, "xcomp")) {
      String l = p.tok(x).lemma().toLowerCase();
      if (COMING.contains(l) || JOINING.contains(l) && meetingArgument(p, x)) {
        return "AGREE";
      }
    }
    if (membership(p, v)) {
      return "AGREE"; // "invited three countries to join", "invited B to join the alliance"
    }
    return meetingArgument(p, v) ? "AGREE" : null; // "invited B to talks", "for a visit"
  }

  /**
   * A meeting or agreement in the complement of "invite" ("invited the three countries to join
   * the talks") is the invitation, the inviter's act (the codebook's AGREE): its source becomes
   * the inviter, its targets the invitees, other sides stay. Returns the invite verb, or -1 when
   * clause {@code v} is no invitation's complement.
   */
  static int fold(Parse p, DepFinder.Context c, int v, Map<String, Participant> parts) {
    int invite = p.governor(v, "xcomp");
    if (invite < 0 || !p.tok(invite).verb() || !p.tok(invite).lemma().equalsIgnoreCase("invite")) {
      return -1;
    }
    Map<String, Participant> own = new LinkedHashMap<>();
    for (String rel : new String[] {"nsubj", "obl:agent"}) {
      for (int s : p.children(invite, rel)) {
        Participants.addActors(p, c, s, "SOURCE", own);
      }
    }
    for (String rel : new String[] {"obj", "iobj", "nsubj:pass"}) {
      for (int o : p.children(invite, rel)) {
        Participants.addActors(p, c, o, "TARGET", own);
      }
    }
    parts.values().forEach(x -> own.putIfAbsent(x.key(), x)); // the invitees' doing is theirs no more
    parts.clear();
    parts.putAll(own);
    return invite;
  }

  /**
   * Whether "invite" at {@code v} offers membership: its guests are states and they are asked to
   * join ("invited three countries to join"), or what they are to join is an alliance or a body
   * ("invited B to join the alliance"); not "invited B to join the board".
   */
  static boolean membership(Parse p, int v) {
    if (!p.tok(v).verb() || !p.tok(v).lemma().equalsIgnoreCase("invite") || p.negated(v)) {
      return false;
    }
    boolean states = p.childIn(v, STATES, "obj", "nsubj:pass");
    for (int x : p.children(v, "xcomp")) {
      if (!p.tok(x).lemma().equalsIgnoreCase("join")) {
        continue;
      }
      List<Integer> joined = p.children(x, "obj");
      if (joined.isEmpty() ? states
          : joined.stream().anyMatch(o -> BODIES.contains(p.tok(o).lemma().toLowerCase()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word under {@code v} (object or to/for/in phrase) names a meeting or visit. */
  private static boolean meetingArgument(Parse p, int v) {
    for (Parse.Arc a : p.out(v)) {
      String rel = a.rel();
      if (rel.equals("obj") && !p.tok(v).lemma().equalsIgnoreCase("invite")
          || rel.equals("obl:to") || rel.equals("obl:for") || rel.equals("obl:in")) {
        if (meeting(p, a.dep())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean meeting(Parse p, int n) {
    if (!p.tok(n).verb() && "CONSULT".equals(Lexicon.type(p.tok(n)))) {
      return true;
    }
    // "the negotiating table": the head's modifier names the talks
    return p.tok(n).lemma().equalsIgnoreCase("table") && p.out(n).stream()
        .anyMatch(a -> p.tok(a.dep()).word().toLowerCase().startsWith("negotiat"));
  }
}

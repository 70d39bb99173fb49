package dossier.events;

import static dossier.events.StatementMakers.*;
import static dossier.events.StatementFrames.*;
import static dossier.events.StatementClauses.*;

import dossier.events.StatementVerbs.Verb;
import java.util.Set;

/**
 * Political and legal statements told by verbs the lexicon lacks, each read in its frame with the
 * arguments that make it an event: criticism ("rebuked the minister", "lashed out at X", "was
 * slammed by X"), requests ("called on X to", "pushed for", "said X should"), rejections
 * ("dismissed the report as", "ruled out talks", "pushed back on"), praise and backing, warnings,
 * calls by phone, summoned ambassadors, suits, and accusations in a reported clause ("said X had
 * violated", "claimed that X pressured"). A speaker must make the statement: a name, a pronoun or
 * an office ("officials", "the ministry"); the event still needs a named participant to stand.
 * Negated verbs ("did not criticise"), questions, and sport's or markets' register make none.
 */
final class Statements {
  /** Objects that make "attack" a verbal attack: what is said or decided, not a place. */
  private static final Set<String> ATTACKED = Set.of("decision", "policy", "policies", "plan",
      "handling", "remarks", "comments", "record", "approach", "response", "stance", "rhetoric",
      "proposal", "bill", "law", "budget", "reform", "reforms", "strategy", "statement",
      "claims", "report", "leadership", "credibility", "integrity", "character", "motives");

  private static final Set<String> COURTS = Set.of("court", "courts", "tribunal");

  private Statements() {}

  /**
   * Whether {@code text[start, end)} may hold one of these statements: their raw-text test reads
   * each verb in its frame ("declined to attend", not "declined to comment"), so it is enough on
   * its own to parse a sentence; a word test on "took" or "raised" alone would parse far more.
   */
  static boolean candidate(String text, int start, int end) {
    return StatementVerbs.CANDIDATE.matcher(text).region(start, end).find();
  }

  /**
   * A verbal use of a verb the lexicon reads as violence: "hit out at", "hit back at",
   * "attacked the decision". Asked before the lexicon; null when the verb is not used so.
   */
  static String override(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb() || p.negated(v) || question(p)) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (lemma.equals("hit") && particle(p, v, "out", "back")
        && !p.children(v, "obl:at").isEmpty()) {
      return "ACCUSE";
    }
    if (lemma.equals("attack") && speaker(p, v)
        && argIn(p, v, ATTACKED, "obj", "nsubj:pass") && !register(p)) {
      return "ACCUSE";
    }
    return null;
  }

  /**
   * "will challenge the move by legal means", "challenged the ruling in court": a decision
   * contested at law is rejected (PLOVER REJECT), not criticised.
   */
  private static boolean legalChallenge(Parse p, int v, String lemma) {
    return lemma.equals("challenge") && speaker(p, v) && !register(p)
        && argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass")
        && (argIn(p, v, COURTS, "obl:in", "obl:before") || p.children(v, "obj").stream()
            .anyMatch(o -> p.childIn(o, COURTS, "nmod:in")) // "the decision in court"
            || p.children(v, "obl:by").stream().anyMatch(m -> p.childIn(m,
                Set.of("legal", "judicial"), "amod")));
  }

  /** The PLOVER type verb {@code v} makes as a statement with its arguments, or null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    Verb verb = StatementVerbs.of(lemma);
    if (verb == null || p.negated(v) || question(p) || modifierOnly(p, v)) {
      return null;
    }
    return switch (verb.frame()) {
      case CRITIC -> (speaker(p, v) || agent(p, v)) && (proper(p, v, "obj", "nsubj:pass")
          && !argIn(p, v, Set.of("me", "us", "you"), "obj", "nsubj:pass")
          || argIn(p, v, StatementVerbs.SPEAKERS, "obj", "nsubj:pass")
          || argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass")
          || !p.children(v, "obl:for").isEmpty() || !p.children(v, "obl:over").isEmpty())
          ? verb.type() : null; // "rebuked the minister", not "scolded me"
      case CRITIC_LOOSE -> legalChallenge(p, v, lemma) ? "REJECT" // "will challenge it in court"
          : critic(p, v, lemma) ? verb.type() : null;
      case REJECT_OBJ -> rejected(p, v, lemma) ? verb.type() : null;
      case PRAISE -> praise(p, v, lemma);
      case PUSH -> push(p, v, lemma);
      case SUGGEST -> suggested(p, v, lemma) ? verb.type() : null;
      case CALL -> call(p, v);
      case REPORT -> reported(p, v);
      case EXPRESS -> expressed(p, v, lemma);
      case COMPLAIN -> !speaker(p, v) ? null : lemma.equals("object")
          ? StatementFrames.objection(p, v)
          : !p.children(v, "obl:about").isEmpty() || !p.children(v, "obl:of").isEmpty()
              || !p.children(v, "obl:to").isEmpty() || !p.children(v, "ccomp").isEmpty()
          ? verb.type() : null;
      case PHRASAL -> phrasal(p, v, lemma) ? verb.type() : null;
      case CONCEDE -> speaker(p, v) && (!lemma.equals("climb") || particle(p, v, "down"))
          ? verb.type() : null;
      case PHONE -> speaker(p, v) && (proper(p, v, "obj")
          || argIn(p, v, StatementVerbs.SPEAKERS, "obj")) ? verb.type() : null;
      case SUMMON -> argIn(p, v, StatementVerbs.DIPLOMATS, "obj", "nsubj:pass")
          ? verb.type() : null;
      case SUE -> speaker(p, v) && (proper(p, v, "obj")
          || argIn(p, v, StatementVerbs.SPEAKERS, "obj")) ? verb.type() : null;
      case WARN -> warned(p, v);
      case DECLINE -> declined(p, v) ? verb.type() : null;
    };
  }

  /** The PLOVER mode of a statement where its verb makes it clear, or null. */
  static String mode(Parse p, int v, String type) {
    Verb verb = StatementVerbs.of(p.tok(v).lemma().toLowerCase());
    if (!type.equals("ACCUSE") && !type.equals("CONSULT")) {
      return null;
    }
    if (verb == null) {
      return p.tok(v).lemma().equalsIgnoreCase("hit")
          || p.tok(v).lemma().equalsIgnoreCase("attack") ? "disapprove" : null;
    }
    return switch (verb.frame()) {
      case CRITIC, CRITIC_LOOSE, PHRASAL, COMPLAIN, EXPRESS, SUMMON, CALL ->
          type.equals("ACCUSE") ? "disapprove" : null;
      case REPORT, SUE -> type.equals("ACCUSE") ? "allege" : null;
      case PHONE -> "phone";
      default -> null;
    };
  }

  /** Verbal types a question only asks about ("Will X condemn Y?", "Did X reject it?"). */
  private static final Set<String> SAID = Set.of("ACCUSE", "REQUEST", "REJECT", "SUPPORT",
      "THREATEN");

  /**
   * Whether verb {@code v}, a statement of {@code type}, is asked about in a yes/no question: its
   * auxiliary stands before its subject and the sentence ends its clause with "?".
   */
  static boolean asked(Parse p, int v, String type) {
    if (!SAID.contains(type) || !p.tok(v).verb() || !question(p)) {
      return false;
    }
    for (int a : p.children(v, "aux")) {
      for (int s : p.children(v, "nsubj")) {
        if (a < s) {
          return true;
        }
      }
    }
    return false;
  }

  /** A question is no statement of its own ("Will the minister criticise X?"). */
  static boolean question(Parse p) {
    return p.tokens().stream().anyMatch(t -> t.word().equals("?"));
  }

  /** "the disputed region", "a backed loan": a participle that only modifies a noun. */
  private static boolean modifierOnly(Parse p, int v) {
    return p.in(v).stream().anyMatch(a -> a.rel().equals("amod"))
        && p.children(v, "nsubj").isEmpty() && p.children(v, "obj").isEmpty();
  }
}

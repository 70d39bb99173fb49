package dossier.events;

import static dossier.events.CoverageArgs.*;
import static dossier.events.ForceVerbs.*;
import static dossier.events.SanctionVerbs.*;
import static dossier.events.AidVerbs.*;
import static dossier.events.StanceVerbs.*;
import static dossier.events.ContactVerbs.*;

import java.util.HashSet;
import java.util.Set;

/**
 * The one table of {@link CoverageVerbs}: each verb to the type it makes with the arguments that
 * make it one, the tests being the type families' ({@link ForceVerbs}, {@link SanctionVerbs},
 * {@link AidVerbs}, {@link StanceVerbs}, {@link ContactVerbs}) over the shared matcher
 * {@link CoverageArgs}.
 */
final class CoverageRead {
  private CoverageRead() {}

  static String read(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    Set<String> prt = new HashSet<>();
    for (int x : p.children(v, "compound:prt")) {
      prt.add(p.tok(x).lemma().toLowerCase());
    }
    return switch (lemma) {
      // ASSAULT: harm done by a hand to people, places or ships
      case "wound", "injure", "maim" -> hand(p, v, false) && people(p, v) ? "ASSAULT" : null;
      case "beat" -> beaten(p, v, prt) ? "ASSAULT" : null;
      case "blow" -> prt.contains("up") && hasObject(p, v) && hand(p, v, false)
          ? "ASSAULT" : null;
      case "pound", "pummel", "strafe", "overrun" -> hand(p, v, false)
          && (objectIn(p, v, Lexicon.TARGETS) || properObject(p, v)) ? "ASSAULT" : null;
      case "sink" -> hand(p, v, false) && objectIn(p, v, VESSELS) ? "ASSAULT" : null;
      case "target" -> (objectIn(p, v, Lexicon.TARGETS) || properObject(p, v))
          && (p.childIn(v, WEAPONS, "obl:with", "nsubj", "obl:by", "obl:agent"))
          ? "ASSAULT" : null;
      case "hold", "take" -> hostage(p, v) && people(p, v) ? "ASSAULT"
          : lemma.equals("take") && p.childIn(v, Set.of("custody"), "obl:into")
              && (people(p, v) || properObject(p, v)) ? "COERCE"
          : heldCulpable(p, v) ? "ACCUSE" : protestManner(p, v, lemma);
      case "assault", "lynch", "strangle", "bludgeon", "slaughter", "butcher" ->
          hand(p, v, true) && people(p, v) ? "ASSAULT" : null;
      case "ransack", "vandalize", "vandalise", "firebomb" -> hand(p, v, true)
          && (objectIn(p, v, PROPERTY) || properObject(p, v)) ? "ASSAULT" : null;
      // COERCE: repression short of violence
      case "crack" -> prt.contains("down") && !p.children(v, "obl:on").isEmpty()
          ? "COERCE" : null;
      case "round" -> prt.contains("up") && hand(p, v, true) && people(p, v) ? "COERCE" : null;
      case "ban", "outlaw", "prohibit" -> hand(p, v, true)
          ? objectIn(p, v, CIVIC) ? "COERCE" : objectIn(p, v, FLOWS) ? "SANCTION" : null : null;
      case "shut", "close" -> (lemma.equals("close") || prt.contains("down"))
          && hand(p, v, true) && objectIn(p, v, CIVIC) ? "COERCE" : null;
      case "censor" -> hand(p, v, true) && hasObject(p, v) ? "COERCE" : null;
      case "impose", "declare", "introduce", "enforce", "slap", "levy" -> imposed(p, v) != null
          ? imposed(p, v) : lemma.equals("declare") && nonGrata(p, v) ? "SANCTION" : null;
      case "put", "place" -> placed(p, v);
      case "disperse" -> hand(p, v, true) && (people(p, v) || objectIn(p, v, Lexicon.CROWDS)
          || objectIn(p, v, Lexicon.PROTEST_NOUNS)) ? "COERCE" : null;
      // SANCTION: relations reduced, penalties
      case "fine", "punish", "penalize", "penalise", "blacklist" -> hand(p, v, false)
          && (people(p, v) || properObject(p, v)) ? "SANCTION" : null;
      case "suspend" -> hand(p, v, true) && (objectIn(p, v, FLOWS) || objectIn(p, v, TIES)
          || properObject(p, v)) ? "SANCTION" : null;
      case "halt", "freeze", "cut", "withhold", "stop", "curtail" -> hand(p, v, true)
          && (objectIn(p, v, FLOWS) && !ownFlow(p, v) || objectIn(p, v, TIES)) ? "SANCTION"
          : null;
      case "sever", "break", "downgrade" -> objectIn(p, v, TIES) ? "SANCTION"
          : lemma.equals("break") && prt.contains("up") && hand(p, v, false)
              && (objectIn(p, v, Lexicon.PROTEST_NOUNS) || objectIn(p, v, Lexicon.CROWDS))
              ? "COERCE" : null;
      case "recall" -> objectIn(p, v, StatementVerbs.DIPLOMATS) ? "SANCTION" : null;
      case "revoke" -> objectIn(p, v, PAPERS) ? "SANCTION" : null;
      case "boycott" -> objectIn(p, v, MEETINGS) ? "REJECT"
          : hand(p, v, true) && properObject(p, v) ? "SANCTION" : null;
      // RETREAT and CONCEDE
      case "free" -> hand(p, v, true) && (people(p, v) || properObject(p, v)) ? "RETREAT" : null;
      case "resign", "quit" -> office(p, v) ? "RETREAT" : null;
      case "step" -> (prt.contains("down") || prt.contains("aside") || p.childIn(v,
          Set.of("down", "aside"), "advmod", "obl")) && office(p, v) ? "RETREAT" : null;
      case "surrender" -> hand(p, v, true) && (!hasObject(p, v) || objectIn(p, v, TERRITORY))
          && !p.childIn(v, Set.of("police", "authorities", "court"), "obl:to") ? "RETREAT" : null;
      case "hand" -> handed(p, v, prt);
      case "lift", "ease", "relax" -> objectIn(p, v, SANCTIONS) ? null // EventNouns reads those
          : objectIn(p, v, RESTRICTIONS)
          ? (objectIn(p, v, Set.of("siege")) ? "RETREAT" : "CONCEDE")
          : objectIn(p, v, Set.of("siege")) ? "RETREAT" : null;
      case "admit" -> admitted(p, v) ? "CONCEDE" : null;
      case "give", "cave" -> prt.contains("in") && (lemma.equals("cave") || !hasObject(p, v))
          ? "CONCEDE" : lemma.equals("give") ? given(p, v) : null;
      case "yield", "bow", "bend" -> p.childIn(v, PRESSURE, "obl:to") ? "CONCEDE" : null;
      case "acquit", "pardon" -> people(p, v) || properObject(p, v) ? "CONCEDE" : null;
      // AID
      case "donate", "supply", "deliver", "send", "grant", "ship", "airlift", "contribute",
          "pledge", "extend", "allocate", "dispatch" -> aid(p, v) || sent(p, v) ? "AID" : null;
      case "provide" -> aid(p, v) || properObject(p, v) && p.childIn(v, AID_GOODS, "obl:with")
          ? "AID" : null;
      // COOPERATE
      case "team" -> prt.contains("up") && !p.children(v, "obl:with").isEmpty()
          ? "COOPERATE" : null;
      case "join" -> objectIn(p, v, Set.of("force", "forces", "hands")) || alliance(p, v)
          ? "COOPERATE" : null;
      case "share" -> objectIn(p, v, INTELLIGENCE) && !p.children(v, "obl:with").isEmpty()
          ? "COOPERATE" : null;
      case "ally" -> !p.children(v, "obl:with").isEmpty() ? "COOPERATE" : null;
      case "conduct", "stage" -> drills(p, v);
      // MOBILIZE
      case "station", "redeploy", "position", "reposition" -> objectIn(p, v, ARMS)
          ? "MOBILIZE" : null;
      // REJECT
      case "oppose" -> hand(p, v, true) && objectIn(p, v, STANCES) ? "REJECT" : null;
      case "snub" -> hand(p, v, true) && (properObject(p, v) || objectIn(p, v, STANCES)
          || objectIn(p, v, MEETINGS)) ? "REJECT" : null;
      case "resist" -> objectIn(p, v, PRESSURE) ? "REJECT" : null;
      case "block", "thwart" -> hand(p, v, true) && objectIn(p, v, MOTIONS) ? "REJECT" : null;
      case "turn" -> turnedDown(p, v, prt) ? "REJECT" : null;
      // THREATEN
      case "vow", "swear" -> objectIn(p, v, union(StatementVerbs.REPRISALS,
          Set.of("revenge", "vengeance"))) ? "THREATEN" : null;
      case "warn" -> warnedOfOwnAct(p, v) ? "THREATEN" : null;
      // SUPPORT
      case "support" -> (hand(p, v, true) || StatementMakers.speaker(p, v)) // "the parties"
          && (objectIn(p, v, STANCES) || properObject(p, v))
          ? "SUPPORT" : null;
      case "recognize", "recognise" -> objectIn(p, v, STATEHOOD) || properObject(p, v)
          && (!p.children(v, "obl:as").isEmpty() || !p.children(v, "xcomp").isEmpty())
          ? "SUPPORT" : null;
      case "thank" -> hand(p, v, false) && properObject(p, v) ? "SUPPORT" : null;
      case "stand" -> p.children(v, "obj").isEmpty() && p.nameIn(v, "obl:by", "obl:with",
          "obl:behind") ? "SUPPORT" : null;
      case "restore", "establish", "normalize", "normalise", "upgrade", "resume" ->
          objectIn(p, v, TIES) ? "SUPPORT" : null;
      // AGREE
      case "ratify" -> objectIn(p, v, Lexicon.SIGNED) ? "AGREE" : null;
      case "settle" -> objectIn(p, v, Set.of("dispute", "disputes", "conflict", "differences",
          "row", "feud", "quarrel")) ? "AGREE" : null;
      // ACCUSE
      case "investigate", "probe" -> investigated(p, v) ? "ACCUSE" : null;
      case "impeach" -> people(p, v) || properObject(p, v) ? "ACCUSE" : null;
      // CONSULT
      case "call" -> prt.contains("off") && objectIn(p, v, union(MEETINGS, Set.of("visit",
          "trip"))) ? "REJECT" : branded(p, v) ? "ACCUSE" : called(p, v, prt) ? "CONSULT" : null;
      case "receive" -> objectIn(p, v, Lexicon.GUESTS) || objectIn(p, v, Set.of("call"))
          && p.childIn(firstObject(p, v), Set.of("phone", "telephone"), "compound", "amod")
          ? "CONSULT" : null;
      case "travel", "fly", "arrive", "head", "go" -> forTalks(p, v) ? "CONSULT"
          : protestManner(p, v, lemma);
      // PROTEST
      case "walk" -> p.childIn(v, MEETINGS, "obl:out_of") || prt.contains("out")
          && p.childIn(v, MEETINGS, "obl:of") ? "REJECT" : prt.contains("out")
          && p.childIn(v, Lexicon.CROWDS, "nsubj") ? "PROTEST" : null;
      case "picket" -> hasObject(p, v) || p.childIn(v, Lexicon.CROWDS, "nsubj") ? "PROTEST"
          : null;
      case "brand", "label", "dub", "term", "describe", "portray", "paint" -> branded(p, v)
          ? "ACCUSE" : null;
      case "point" -> objectIn(p, v, Set.of("finger")) && !p.children(v, "obl:at").isEmpty()
          ? "ACCUSE" : null;
      case "say", "claim", "insist", "argue", "assert", "maintain", "state", "add", "tell" ->
          saidCulpable(p, v) ? "ACCUSE" : saidConditional(p, v) ? "THREATEN" : null;
      case "bar" -> hand(p, v, true) && (people(p, v) || properObject(p, v))
          && (!p.children(v, "obl:from").isEmpty() || !p.children(v, "xcomp").isEmpty()
              || !p.children(v, "advcl").isEmpty())
          // PLOVER COERCE restrict: people kept from a place or act; shut out of talks, REJECT
          ? (p.childIn(v, MEETINGS, "obl:from") ? "REJECT" : "COERCE") : null;
      case "kick" -> p.childIn(v, Set.of("out"), "compound:prt", "advmod")
          && properObject(p, v) && hand(p, v, false) ? "SANCTION" : null;
      case "throw" -> objectIn(p, v, Set.of("weight")) && !p.children(v, "obl:behind").isEmpty()
          ? "SUPPORT" : null;
      case "vote" -> p.childIn(v, union(MOTIONS, STANCES), "obl:against") ? "REJECT" : null;
      case "disown", "disavow" -> objectIn(p, v, union(STANCES, StatementVerbs.CLAIMS))
          || properObject(p, v) ? "REJECT" : null;
      case "use" -> hand(p, v, false) && objectIn(p, v, CROWD_WEAPONS) ? "ASSAULT" : null;
      case "search" -> authority(p, v) && objectIn(p, v, HOMES) ? "COERCE" : null;
      case "handcuff" -> people(p, v) || properObject(p, v) ? "COERCE" : null;
      case "occupy" -> p.childIn(v, Lexicon.CROWDS, "nsubj") ? "PROTEST"
          : p.childIn(v, BEATERS, "nsubj") && (objectIn(p, v, Lexicon.TARGETS)
              || objectIn(p, v, TERRITORY) || properObject(p, v)) ? "ASSAULT" : null;
      case "blockade" -> p.childIn(v, Lexicon.CROWDS, "nsubj") && hasObject(p, v)
          ? "PROTEST" : null;
      case "cancel", "scrap", "abandon" -> objectIn(p, v, union(MEETINGS, Set.of("visit",
          "trip", "tour"))) && hand(p, v, true) ? "REJECT" : null;
      default -> protestManner(p, v, lemma);
    };
  }
}

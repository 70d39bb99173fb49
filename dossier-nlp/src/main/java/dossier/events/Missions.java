package dossier.events;

import dossier.model.Participant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An envoy or a delegation sent, travelling or arriving (PLOVER CONSULT, a visit): "X sent an
 * envoy to B", "dispatched a delegation to the capital", "an X delegation was en route to B",
 * "X's envoy arrived in B". The sender (or the envoy's country) alone is side enough, as for a
 * visit: where it goes may be a place. Not troops or aid sent ({@link ArgumentVerbs}), nor an envoy
 * recalled or expelled (other doors), nor an envoy who only speaks. "X's state visit" is one too.
 */
final class Missions {
  /** The raw-text test: an envoy word near a word of sending or travel, in either order. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:envoys?|emissar(?:y|ies)"
      + "|delegations?|mediators?|negotiators?)\\b[^.;]{0,80}?\\b(?:en route|arriv|travel|fl[eo]w"
      + "|flying|head(?:ed|ing|s)?\\b)|\\b(?:sen[dt]|sending|dispatch)\\w*\\b[^.;]{0,40}?\\b"
      + "(?:envoys?|emissar(?:y|ies)|delegations?|mediators?|negotiators?|ministers?"
      + "|ambassadors?|diplomats?)\\b");
  /** Who goes on a mission to talk. */
  static final Set<String> ENVOYS = Set.of("envoy", "envoys", "emissary", "emissaries",
      "delegation", "delegations", "mediator", "mediators", "negotiator", "negotiators");
  /** Officials whose sending abroad is a visit, beside the envoys: "will send its foreign minister to B". */
  private static final Set<String> SENT = Set.of("minister", "ministers", "ambassador",
      "diplomat", "diplomats");
  private static final Set<String> SENDING = Set.of("send", "dispatch");
  private static final Set<String> GOING = Set.of("arrive", "travel", "fly", "head");
  /** What makes a visit one of state. */
  private static final Set<String> STATE = Set.of("state", "official");
  /** Visits not (yet) made. */
  private static final Set<String> NOT_YET = Set.of("planned", "upcoming", "proposed",
      "forthcoming", "expected", "postponed", "cancelled", "canceled", "scheduled", "possible",
      "future", "next", "aborted", "delayed");


  private Missions() {}

  static boolean trigger(String lemma) {
    return ENVOYS.contains(lemma) || lemma.equals("route");
  }

  /** CONSULT for a mission sent, going or arriving, else null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    String lemma = t.lemma().toLowerCase();
    if (p.negated(v)) {
      return null;
    }
    if (t.verb() && SENDING.contains(lemma) && (p.childIn(v, ENVOYS, "obj", "nsubj:pass")
        || p.childIn(v, SENT, "obj", "nsubj:pass")) && destination(p, v)) {
      return "CONSULT"; // "sent an envoy to B", "a delegation was dispatched to B"
    }
    if (t.verb() && GOING.contains(lemma) && p.childIn(v, ENVOYS, "nsubj") && destination(p, v)) {
      return "CONSULT"; // "the envoy arrived in B", "a delegation flew to B"
    }
    if (stateVisit(p, v)) {
      return "CONSULT"; // "X's four-day state visit": a leader's visit abroad
    }
    if (lemma.equals("route") && p.childIn(v, Set.of("en"), "case")
        && p.childIn(v, ENVOYS, "nsubj") && !p.children(v, "nmod:to").isEmpty()) {
      return "CONSULT"; // "a delegation was en route to B"
    }
    return null;
  }

  /**
   * "X's state visit", "the president's official visit": a visit of state made by the one the
   * possessive names; not a visit only planned or called off ("his planned state visit").
   */
  static boolean stateVisit(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    return t.noun() && t.lemma().equalsIgnoreCase("visit") && !p.children(n, "nmod:poss").isEmpty()
        && p.childIn(n, STATE, "compound", "amod") && !p.childIn(n, NOT_YET, "amod", "compound")
        && !p.negated(n);
  }

  /** Whether {@code n} is "en route" of an envoy: told by {@link #event}, not the noun finder. */
  static boolean enRoute(Parse p, int n) {
    return p.tok(n).lemma().equalsIgnoreCase("route") && "CONSULT".equals(type(p, n));
  }

  /** "An X delegation was en route to B": the delegation's side the source, B its host or place. */
  static DepFinder.Found event(Parse p, DepFinder.Context c, int n) {
    Map<String, Participant> parts = new LinkedHashMap<>();
    for (int s : p.children(n, "nsubj")) {
      Participants.addActors(p, c, s, "SOURCE", parts);
    }
    String location = null;
    for (int o : p.children(n, "nmod:to")) {
      String place = Places.placeOf(p, c, o);
      if (place != null) {
        location = location != null ? location : place;
      } else {
        Participants.addActors(p, c, o, "TARGET", parts);
      }
    }
    String status = ClauseStatus.status(p, n, "CONSULT");
    return status == null ? null
        : DepFinder.found(p, c, n, n, "CONSULT", status, null, location, parts, false);
  }

  /** Whether a mission's trigger is one: its maker alone is side enough. */
  static boolean mission(Parse p, int trigger, String type) {
    return type.equals("CONSULT") && type(p, trigger) != null;
  }

  /** "to B", "in B", or "to the region": where the mission goes. */
  private static boolean destination(Parse p, int v) {
    return !p.children(v, "obl:to").isEmpty() || !p.children(v, "obl:in").isEmpty()
        || !p.children(v, "advcl:to").isEmpty() && p.tok(v).lemma().equalsIgnoreCase("send")
        && p.children(v, "advcl:to").stream().anyMatch(x -> "CONSULT".equals(
            Lexicon.type(p.tok(x))) || Set.of("discuss", "negotiate", "mediate", "deliver")
            .contains(p.tok(x).lemma().toLowerCase()));
  }
}

package dossier.events;

import dossier.model.Participant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event told by a verb: its senses that are no event ("shot a film", "seized power") turned
 * away, then its subject (or passive agent) the source, its object or "with"/"against" phrase
 * the target, its "in"/"at" phrase the place, the clause's status and mode.
 */
final class VerbEvents {
  private VerbEvents() {}

  /** An accident is no attack: "shot his father in a hunting accident". */
  static final java.util.regex.Pattern ACCIDENT = java.util.regex.Pattern.compile(
      "(?i)\\baccident(?:s|al|ally)?\\b");

  /** The event verb {@code v} tells as {@code type}, or null when its arguments say otherwise. */
  static DepFinder.Found verbEvent(Parse p, DepFinder.Context c, int v, String type) {
    String lemma = p.tok(v).lemma();
    if (lemma.equals("charge") && p.children(v, "obl:with").isEmpty()
        && !Arguments.argumentIn(p, v, Lexicon.PERSON_NOUNS, "obj") && !CrimeActs.charged(p, v)
        && !Arguments.named(p, c, v) && !ClausalAccusations.clausal(p, v)) {
      return null; // "charged with murder", "charged him", "X was charged"; not "charged $35"
    }
    // an arrest, charge or sentence of an unnamed person, a protest by an unnamed crowd, a
    // shooting or a stone thrown by one person or crowd at another
    if ((lemma.equals("capture") || lemma.equals("apprehend")) && !Arguments.named(p, c, v)
        && !Arguments.argumentIn(p, v, Lexicon.CAPTURED, "obj", "nsubj:pass")) {
      return null; // "captured 23 pirates"; not "captured the imagination"
    }
    if (lemma.equals("hijack") && !Arguments.argumentIn(p, v, Lexicon.HIJACKED, "obj", "nsubj:pass")) {
      return null;
    }
    if ((lemma.equals("hit") || lemma.equals("strike")) && type.equals("ASSAULT")
        && (Arguments.argumentIn(p, v, Lexicon.DISASTERS,
        "nsubj") || !Arguments.hasMention(p, c, v, "obj", "nsubj:pass")
        && !Arguments.argumentIn(p, v, Lexicon.TARGETS, "obj", "nsubj:pass"))) {
      return null; // "a quake hit the town", "hit 30 homers", "hit a record"
    }
    if (lemma.equals("shoot") && (Arguments.argumentIn(p, v, Lexicon.MEDIA, "obj", "nsubj:pass")
        || p.children(v, "obj").isEmpty() && p.children(v, "nsubj:pass").isEmpty()
        && p.children(v, "obl:at").isEmpty() && p.children(v, "obl:on").isEmpty())) {
      return null; // "shot a film", "began shooting in August"
    }
    if (lemma.equals("host") && !Arguments.hasMention(p, c, v, "obj") && !Arguments.argumentIn(p, v, Lexicon.GUESTS,
        "obj") && p.children(v, "obj").stream().noneMatch(o -> Lexicon.type(p.tok(o)) != null)) {
      return null; // "hosted talks", "hosted the president"; not "hosted the awards"
    }
    if (lemma.equals("sign") && (!Arguments.argumentIn(p, v, Lexicon.SIGNED, "obj", "nsubj:pass")
        || !p.children(v, "compound:prt").isEmpty())) {
      return null; // "signed a truce"; not "signed a pitcher", "signed on to appear"
    }
    if (lemma.equals("release") && !Arguments.named(p, c, v) && !Arguments.argumentIn(p, v, Lexicon.CAPTIVES,
        "obj", "nsubj:pass") && !Arguments.argumentIn(p, v, Lexicon.CAPTURED, "obj", "nsubj:pass")) {
      return null; // "released two hostages"; not "released a video", "the laptop was released"
    }
    if (type.equals("ASSAULT") && ACCIDENT.matcher(c.text().substring(c.start(), c.end())).find()) {
      return null; // "shot his father in a hunting accident"
    }
    if (lemma.equals("kill") && (Arguments.argumentIn(p, v, Lexicon.DISASTERS, "nsubj", "obl:by")
        || !Arguments.hand(p, c, v) || p.children(v, "obj").isEmpty() && p.children(v, "aux:pass").isEmpty())) {
      // "gunmen killed two", "was killed by police"; not "the quake killed 40", nor a headline's
      // "nine soldiers killed in fighting" (no object: the soldiers are the dead)
      return null;
    }
    if ((lemma.equals("execute") || lemma.equals("torture")) && type.equals("ASSAULT")
        && !Arguments.named(p, c, v)
        && !Arguments.argumentIn(p, v, Lexicon.PERSON_NOUNS, "obj", "nsubj:pass")
        && !Arguments.argumentIn(p, v, Lexicon.CAPTURED, "obj", "nsubj:pass")) {
      return null; // "executed two prisoners"; not "executed a plan", "a tortured argument"
    }
    if ((lemma.equals("seize") || lemma.equals("confiscate"))
        && (Arguments.argumentIn(p, v, Lexicon.ABSTRACT, "obj", "nsubj:pass") || !Arguments.hand(p, c, v)
            && !Arguments.named(p, c, v) && !Arguments.argumentIn(p, v, Lexicon.CAPTURED, "obj", "nsubj:pass"))) {
      return null; // "police seized drugs", "seized a boat"; not "seized power", "seized the day"
    }
    if (lemma.equals("intercept") && !Arguments.named(p, c, v) && !Arguments.argumentIn(p, v, Lexicon.CAPTURED,
        "obj", "nsubj:pass") && !Arguments.argumentIn(p, v, Lexicon.HIJACKED, "obj", "nsubj:pass")) {
      return null; // "intercepted three boats"; not "intercepted a pass", "a missile"
    }
    if (lemma.equals("refuse") && Arguments.argumentIn(p, v, Lexicon.SAYING, "xcomp")) {
      return null; // "refused to comment", "refused to believe"
    }
    if (type.equals("PROTEST") && !p.children(v, "obj").isEmpty()
        && (lemma.equals("demonstrate") || lemma.equals("rally"))) {
      return null; // "demonstrated their skills", "rallied support"
    }
    boolean unnamed = groupActor(p, v, type) && !GenericMakers.advisory(p, v, type)
        || Lexicon.JUSTICE.contains(lemma)
        && (Arguments.argumentIn(p, v, Lexicon.PERSON_NOUNS, "nsubj", "obj") || Arguments.someone(p, c, v))
        || type.equals("PROTEST") && (Arguments.argumentIn(p, v, Lexicon.CROWDS, "nsubj")
            || ControlVerbs.counted(p, v))
        // "threatening to kill her parents": a threat of violence is news without a name
        || type.equals("THREATEN") && ControlVerbs.violentComplement(p, v)
        // the victim a person: "shot him", "was gunned down"; not "shot a film"
        || type.equals("ASSAULT") && Lexicon.HUMAN_VIOLENCE.contains(lemma)
            && Arguments.argumentIn(p, v, Lexicon.PERSON_NOUNS, "obj", "nsubj:pass")
        || type.equals("ASSAULT") && Lexicon.THROWING.contains(lemma)
            && (Arguments.argumentIn(p, v, Lexicon.PERSON_NOUNS, "nsubj")
                || Arguments.argumentIn(p, v, Lexicon.CROWDS, "nsubj"))
        || LegalActs.unnamed(p, c, v) // "the 52-year-old Velmoran was expelled"
        || CrimeActs.unnamed(p, v) // "a man was questioned on suspicion of", "accused of stabbing"
        || SpeechActs.unnamed(p, v); // "the nurses pleaded with the ministry to ..."
    if (p.tok(v).tag().equals("VBG") && type.equals("ASSAULT") && p.in(v).stream().anyMatch(
        a -> a.rel().startsWith("nsubj") || a.rel().equals("obj") || a.rel().startsWith("obl"))) {
      return LexiconNouns.nounEvent(p, c, v, type); // "Shelling continued": a gerund used as a noun
    }
    if ((lemma.equals("call") || lemma.equals("appeal")) && type.equals("REQUEST")
        && p.children(v, "obl").isEmpty() && p.children(v, "compound:prt").stream()
            .noneMatch(x -> p.tok(x).lemma().equals("on") || p.tok(x).lemma().equals("for"))) {
      return null;
    }
    if (modifierOnly(p, v)) {
      return null; // "the disputed region", "a Russian-mediated truce": a modifier, not a clause
    }
    Map<String, Participant> parts = new LinkedHashMap<>();
    List<Integer> handedOver = new ArrayList<>();
    boolean passive = !p.children(v, "nsubj:pass").isEmpty() || !p.children(v, "aux:pass").isEmpty();
    for (int s : p.children(v, "nsubj")) {
      Participants.addActors(p, c, s, passive ? Roles.undergoer(p, v, type, s) : Roles.subject(p, v, type),
          parts);
    }
    Participants.subjectFromControl(p, c, v, parts);
    Controllers.add(p, c, v, parts); // "by promising to withdraw", "was willing to withdraw"
    int antecedent = Participants.pronounSubject(p, c, v, parts);
    for (int a : p.children(v, "obl:agent")) {
      Participants.addActors(p, c, a, "SOURCE", parts);
    }
    if (passive) {
      for (int a : p.children(v, "obl:by")) {
        Participants.addActors(p, c, a, "SOURCE", parts);
      }
    }
    // "under fire from B": the constructions' own argument slots
    Acts.arguments(p, v, type).forEach((o, role) -> Participants.addActors(p, c, o, role, parts));
    // "after meeting with B": the parser may hang the phrase as a noun's (nmod) on the -ing form
    for (String rel : new String[] {"obj", "iobj", "obl:with", "obl:against", "obl:of",
        "obl:on", "obl:between", "nmod:with"}) {
      for (int o : p.children(v, rel)) {
        if (Roles.placeSlot(rel) && Places.placeOf(p, c, o) != null) {
          continue; // "accused X of shelling the town", "fired on a village": where, not whom
        }
        List<Integer> holders = Demands.holders(p, o);
        if (rel.equals("obj") && type.equals("REQUEST") && holders != null) {
          holders.forEach(h -> Participants.addActors(p, c, h, "TARGET", parts));
          handedOver.add(o);
          continue; // "demanded the return of the pilot": asked of the holder, not the pilot
        }
        if (rel.equals("obj") && type.equals("ACCUSE") && Roles.violence(p, o)
            && Roles.named(parts) > 0) {
          // "A condemned the bombing of X's embassies": X was hit, not accused; "Y's invasion": Y
          // is. With no named accuser the victim stays, so the condemnation is still told.
          Participants.addAttackers(p, c, o, "TARGET", parts);
          continue;
        }
        Participants.addActors(p, c, o, rel.equals("obj") ? Roles.undergoer(p, v, type, o) : "TARGET", parts);
      }
    }
    for (int o : Roles.accused(p, v, type)) {
      Participants.addActors(p, c, o, "TARGET", parts); // "dropped its investigation into claims against X"
    }
    for (int o : p.children(v, SpeechActs.recipient(lemma))) {
      Participants.addActors(p, c, o, "TARGET", parts); // "offered aid to B", "appealed to B"
    }
    StatementTargets.targets(p, v).forEach(o -> Participants.addActors(p, c, o, "TARGET", parts)); // "lashed out at B"
    if (type.equals("REQUEST")) {
      Demands.targets(p, v).forEach(o -> Participants.addActors(p, c, o, "TARGET", parts)); // "demanded that B"
      Demands.pronounRecipient(p, c, v, parts); // "X ..., or gave them five months to"
    }
    CoverageVerbs.recipients(p, v).forEach(o -> Participants.addActors(p, c, o, "TARGET", parts)); // "aid to B"
    Speakers.previous(p, c, v, type, parts); // "He also rejected the plan": the person named before
    // "agreed to meet", "accused X of shelling": an xcomp or advcl shares the arguments
    String location = Places.place(p, c, v);
    if (location == null && (type.equals("ASSAULT") || lemma.equals("visit"))) {
      for (int o : p.children(v, "obj")) {
        location = Places.placeOf(p, c, o);
        if (location != null) {
          break;
        }
      }
    }
    if (location == null && antecedent >= 0) {
      location = Places.place(p, c, antecedent);
      for (int o : p.children(antecedent, "obj")) {
        location = location != null ? location : Places.place(p, c, o); // "held a meeting in X, at which"
      }
    }
    if (lemma.equals("host")) {
      for (int s : p.children(v, "nsubj")) {
        String place = Places.placeOf(p, c, s);
        location = location != null ? location : place;
      }
      // "A hosted talks between B and C": the object's own modifiers are participants too
      for (int o : p.children(v, "obj")) {
        if (Lexicon.type(p.tok(o)) != null) {
          Participants.nounModifiers(p, c, o, parts);
        }
      }
    }
    if (lemma.equals("visit")) {
      location = Places.homeVisit(c, parts, location);
      for (int o : location == null ? List.<Integer>of() : p.children(v, "obj")) {
        Visits.host(p, c, o, parts); // "visited Brenn, Velmora": Velmora hosts
      }
    }
    String status = SpeechActs.status(p, v, type, ClauseStatus.status(p, v, type));
    if (status == null) {
      return null;
    }
    if (Roles.named(parts) == 0) {
      // "the family demanded the release of X": with no one else named, X stays the target, or
      // the demand would not be told at all
      handedOver.forEach(o -> Participants.addActors(p, c, o, "TARGET", parts));
    }
    String mode = Modes.of(p, v, type, lemma, Roles.named(parts));
    mode = mode != null ? mode : Statements.mode(p, v, type);
    return DepFinder.found(p, c, v, v, type, status, mode, location, parts, unnamed);
  }

  /**
   * Whether {@code v} only modifies a noun ("the disputed region"): hung as amod or acl with no
   * subject or object of its own. A relative clause or participle clause has one (enhanced++
   * gives "a man who was charged" its subject; {@link ParseRepair} gives "the suspect, arrested
   * on Sunday" and "X, accused of fraud" theirs), so it is a clause with an event.
   */
  private static boolean modifierOnly(Parse p, int v) {
    boolean modifier = p.in(v).stream()
        .anyMatch(a -> a.rel().equals("amod") || a.rel().startsWith("acl"));
    return modifier && p.children(v, "nsubj").isEmpty() && p.children(v, "obj").isEmpty();
  }

  /**
   * Whether the doer is an actor named by its noun ("police arrested", "gunmen stormed", "was
   * detained by soldiers"): news without a name, for the one-sided types.
   */
  private static boolean groupActor(Parse p, int v, String type) {
    if (type.equals("CONSULT") || type.equals("AGREE") || type.equals("COOPERATE")) {
      return false; // two sides must be known
    }
    boolean passive = !p.children(v, "nsubj:pass").isEmpty()
        || !p.children(v, "aux:pass").isEmpty();
    return !passive && Arguments.argumentIn(p, v, Lexicon.GROUP_ACTORS, "nsubj")
        || Arguments.argumentIn(p, v, Lexicon.GROUP_ACTORS, "obl:agent")
        || passive && Arguments.argumentIn(p, v, Lexicon.GROUP_ACTORS, "obl:by");
  }
}

package dossier.events;

import dossier.figures.Claimants;
import dossier.model.DateRange;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events in one parsed sentence, read from the dependency parse with general patterns: a trigger
 * verb's subject (or passive agent) is the source, its object or "with"/"against" phrase the
 * target, an "in"/"at" phrase the place, an attached time expression the date. An event noun takes
 * its participants from its own modifiers ("talks between A and B", "A-B talks", "A's meeting")
 * and from the verb that makes it an event ("A and B held talks"). The status comes from the
 * clause: auxiliaries, negation, and the verb the clause hangs under ("set to", "hope", "said").
 * Here are the sentence loop ({@link #find}) and the making of an event once its participants are
 * in ({@link #found}); a verb is read by {@link VerbEvents}, a lexicon noun by {@link LexiconNouns},
 * participants by {@link Participants}, place by {@link Places}, status by {@link ClauseStatus}.
 */
final class DepFinder {
  /** What the finder needs besides the parse: the sentence's text and the article's annotations. */
  /** One sentence to read; {@code title} when it is the headline, which dates its events itself. */
  record Context(String text, int start, int end, List<Mention> mentions,
      List<TimeExpression> times, Map<String, String> types, DateRange published, int from,
      Set<String> skip, boolean title) {
    Context(String text, int start, int end, List<Mention> mentions, List<TimeExpression> times,
        Map<String, String> types, DateRange published, int from, Set<String> skip) {
      this(text, start, end, mentions, times, types, published, from, skip, false);
    }
  }

  static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
  static final Set<String> ACTORS = Set.of("PERSON", "ORGANIZATION", "COUNTRY");
  /** Words only sport's news uses: its meetings and signings are no political events. */
  static final java.util.regex.Pattern SPORT = java.util.regex.Pattern.compile(
      // case-sensitive: "the league", not the Arab League; "the club", not the Paris Club
      "\\b(?:[Ff]ootballers?|[Ss]trikers?|[Mm]idfielders?|[Gg]oalkeepers?|[Qq]uarterbacks?"
      + "|[Pp]itchers?|[Pp]layoffs?|transfer window|free agents?|head coach|league|tournament"
      + "|championship|the club|football club|[Ss]occer|[Bb]aseball|[Bb]asketball|[Cc]ricket"
      + "|[Rr]ugby|[Hh]ockey|[Tt]ennis|NBA|NFL|MLB|NHL|FIFA|UEFA|Premier League|Olympics?)\\b");

  /**
   * An event read from one sentence, before merging; {@code start}/{@code end} is the sentence;
   * {@code claim} says whose word it is when the sentence attributes it ("X said"), else null.
   */
  record Found(String type, String mode, String status, DateRange date, String locationId,
      List<Participant> participants, int start, int end, double confidence,
      Claimants.Claim claim) {
    Found(String type, String mode, String status, DateRange date, String locationId,
        List<Participant> participants, int start, int end, double confidence) {
      this(type, mode, status, date, locationId, participants, start, end, confidence, null);
    }
  }

  private DepFinder() {}

  /** The events of the parsed sentence. */
  static List<Found> find(Parse parsed, Context c) {
    Parse p = ParseRepair.of(parsed);
    List<Found> out = new ArrayList<>();
    Pairs pairs = new Pairs(p, c); // two acts of one type kept apart
    for (int i = 0; i < p.tokens().size(); i++) {
      Parse.Tok t = p.tok(i);
      if (CrimeActs.noun(p, i) && t.start() >= c.from()) { // "two men are under arrest"
        Found f = CrimeActs.nounEvent(p, c, i);
        if (f != null && out.stream().noneMatch(o -> o.type().equals(f.type()))) {
          out.add(f);
        }
        continue;
      }
      String type = Acts.lexicon(p, i); // the lexicon's, or a statement's ("hit out at")
      if (type == null) {
        type = ArgumentVerbs.argumentType(p, i);
      }
      if (type == null) {
        type = Acts.type(p, i); // speech and legal acts with their arguments (SpeechActs, LegalActs)
      }
      if (type == null && LegalActs.noun(p, i) && t.start() >= c.from()) {
        Found f = LegalActs.nounEvent(p, c, i);
        if (f != null && out.stream().noneMatch(o -> o.type().equals(f.type()))) {
          out.add(f);
        }
        continue;
      }
      if (type == null && EventNouns.march(p, i)) {
        type = "PROTEST"; // "marches converged on the square", in lower case: not the month
      }
      if (type == null && EventNouns.noun(p, i) && t.start() >= c.from()) {
        Found f = EventNouns.event(p, c, i); // "accusations against", "imposed sanctions on"
        if (f != null && out.stream().noneMatch(o -> o.type().equals(f.type()))) {
          out.add(f);
        }
        continue;
      }
      if (type == null || t.start() < c.from()) {
        continue;
      }
      Found read = Missions.enRoute(p, i) ? Missions.event(p, c, i) // "a delegation en route to B"
          : t.verb() ? VerbEvents.verbEvent(p, c, i, type) : LexiconNouns.nounEvent(p, c, i, type);
      Found f = read == null ? null : VerbalAttacks.retype(p, c, i, read); // "attacked Ms. X"
      if (f == null || sport(c, f.type()) || Idioms.drop(p, i, f.type())
          || CrimeActs.drop(p, i, f.type()) || CampaignRallies.drop(p, c, i, f)) {
        continue;
      }
      List<Conjuncts.Part> acts = t.verb() ? Conjuncts.split(p, c, i, f) : List.of(); // "met A on
      f = acts.isEmpty() ? f : acts.get(0).found(); // Monday and B on Tuesday": an act per object
      // one event of a type per sentence: "met ... at talks" is one meeting, told twice
      Found old = pairs.into(out, f, i); // unless they are clearly two (Pairs)
      if (old == null) {
        out.add(f);
      } else {
        Map<String, Participant> all = new LinkedHashMap<>();
        old.participants().forEach(x -> all.put(x.key(), x));
        f.participants().forEach(x -> all.putIfAbsent(x.key(), x));
        String loc = old.locationId() != null ? old.locationId() : f.locationId();
        all.remove(loc);
        out.set(out.indexOf(old), new Found(old.type(), old.mode() != null ? old.mode() : f.mode(),
            old.status(), old.date(), loc, List.copyOf(all.values()), old.start(), old.end(),
            Math.max(old.confidence(), f.confidence()), old.claim() != null ? old.claim() : f.claim()));
      }
      for (Conjuncts.Part x : acts.subList(Math.min(1, acts.size()), acts.size())) {
        pairs.keep(out, x.found(), x.trigger()); // the later objects' acts, never merged back
      }
    }
    return out;
  }

  /**
   * Whether a meeting or agreement is sport's ("the club met the striker's agent", "signed a
   * three-year contract before the season"): clubs and players meet, but that is no PLOVER event.
   */
  private static boolean sport(Context c, String type) {
    return (type.equals("CONSULT") || type.equals("AGREE"))
        && SPORT.matcher(c.text().substring(c.start(), c.end())).find();
  }

  /**
   * A name that holds the trigger is the event's own name ("at the Tarsen Climate Summit", "the
   * Dayton Accords"), no side of it.
   */
  private static void dropOwnName(Parse p, Context c, int trigger, Map<String, Participant> parts) {
    Parse.Tok t = p.tok(trigger);
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() <= t.start() && m.end() >= t.end()) {
        parts.remove(m.entityId());
      }
    }
  }

  /** Whether an act told as happened is dated after its report: it is still to come. */
  static boolean toCome(String status, DateRange date, LocalDate reported) {
    return "happened".equals(status) && date.earliest() != null && reported != null
        && date.earliest().isAfter(reported);
  }

  /**
   * The event of {@code trigger} (its clause's verb {@code predicate}), or null when fewer sides
   * are named than its type needs: generic makers may carry it, its date and confidence are set.
   */
  static Found found(Parse p, Context c, int trigger, int predicate,
      String type, String status, String mode, String location,
      Map<String, Participant> parts, boolean strong) {
    int invite = type.equals("CONSULT") || type.equals("AGREE")
        ? Invitations.fold(p, c, predicate, parts) : -1;
    if (invite >= 0) { // "invited B to join the talks": the inviter's AGREE, told as the inviting is
      type = "AGREE";
      trigger = invite; // its makers, date and status are the inviting clause's
      predicate = invite;
      status = ClauseStatus.status(p, invite, type);
      if (status == null) {
        return null;
      }
    }
    if (location != null) {
      parts.remove(location);
    }
    dropOwnName(p, c, trigger, parts);
    boolean twoSided = type.equals("CONSULT") || type.equals("AGREE");
    int need = GenericMakers.need(p, trigger, type, twoSided ? 2 : strong ? 0 : 1);
    need = Missions.mission(p, trigger, type) ? Math.min(need, 1) : need; // a visit: the sender
    need = Visits.alone(p, c, trigger, type, location, parts) ? Math.min(need, 1) : need; // "visited Brenn"
    int named = Roles.named(parts) + Pronouns.accused(type, parts); // "charges him with"
    if (named < need) {
      named += GenericMakers.carriers(p, c, trigger, predicate, type, status, parts); // "officials criticised"
    }
    if (named < need) {
      named += Sides.count(p, c, trigger, predicate, type, status, named, parts); // unnamed sides
    }
    if (named < need) {
      return null;
    }
    Roles.settle(parts);
    Claimants.Claim claim = EventClaims.of(p, c, trigger, status);
    if ("denied".equals(status) && claim == null) {
      // "did not attack", "refused to withdraw", "has not visited": told as not done, by no one
      // who denies it; PLOVER codes no event for a negated act (the refusal is its own REJECT)
      return null;
    }
    if ("claimed".equals(status) && EventClaims.ownWord(type, claim, parts.values())) {
      status = "happened"; // "X said it rejects the plan": the saying is X's rejection
      claim = null;
    }
    DateRange date = Dates.of(p, c, trigger, predicate);
    LocalDate reported = c.published().latest();
    if (toCome(status, date, reported)
        || "happened".equals(status) && Dates.future(p, c, trigger, predicate)) {
      status = "planned"; // dated after its report: "a summit later this month"
    }
    if (type.equals("CONSULT") && "planned".equals(status)) {
      type = "AGREE"; // PLOVER: references to future meetings are AGREE
    }
    double confidence = 0.55 + Math.min(0.25, 0.08 * named) + (location != null ? 0.1 : 0)
        + (date != c.published() ? 0.05 : 0);
    if (date == c.published() && !c.title()) { // a title's week is Headlines'
      date = Dates.untimed(p, predicate, status, date);
    }
    GenericActors.add(p, c, trigger, predicate, type, parts); // after the event stands: never makes one
    return new Found(type, mode, status, date, location, List.copyOf(parts.values()),
        c.start(), c.end(), Math.min(0.95, confidence), claim);
  }
}

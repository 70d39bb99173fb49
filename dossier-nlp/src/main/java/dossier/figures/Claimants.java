package dossier.figures;

import dossier.model.Mention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who says so: the subject of a reporting verb ("X said", "the X side has acknowledged",
 * "according to X") in a sentence, as an entity id with the words naming it; null when the
 * sentence states it as fact or cites unnamed reports (kept as the words "unattributed reports").
 */
public final class Claimants {
  /** Reporting verbs; "claimed" only when not directly followed by a number ("claimed 400 lives"). */
  static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|reported|"
      + "reports|acknowledged|acknowledges|admitted|admits|claimed|claims|announced|announces|"
      + "stated|states|confirmed|confirms|estimated|estimates|alleged|alleges|according to)\\b");
  /** A verb whose object is who was told, not who speaks. */
  private static final Pattern TOLD = Pattern.compile("(?i)(?:told|tells)\\b");
  private static final Pattern NOT_REPORTING_AFTER = Pattern.compile(
      "(?i)^\\s+(?:(?:some|about|over|more than|nearly|around|at least|almost|roughly|an estimated)"
      + "\\s+)?(?:\\d|a million|a thousand|hundreds|thousands|tens of|millions|responsibility|"
      + "the lives|lives)");
  // words that may stand between a subject and its verb: "the Armenian side has acknowledged"
  private static final Pattern GAP = Pattern.compile(
      "(?i)^(?:\\s*(?:'s|’s|,|side|sides|government|officials|official|ministry|military|army|"
      + "defence|defense|foreign|interior|health|emergency|spokesman|spokeswoman|spokesperson|"
      + "office|minister|president|presidency|command|police|municipal|council|city|regional|"
      + "local|provincial|state|"
      + "authorities|forces|has|have|had|also|previously|earlier|later|repeatedly|on|this|week|"
      + "\\w+day|then|officially))*\\s*$");

  /** The press as a speaker: "national newspapers", "state television", "the official media". */
  private static final Pattern MEDIA = Pattern.compile("(?:^|\\s)(\\p{Lu}[\\p{L}.-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}.-]*)*)['’]s\\s+(?:[\\w-]+\\s+){0,2}(?i:newspapers?|media|press|"
      + "dailies|daily|television|radio|broadcasters?|tabloids?|weeklies|news agency|outlets)$");

  /** What makes "reports", "claims" a noun: "comment on reports that", "the claims that". */
  private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:on|of|about|amid|despite|"
      + "over|following|after|denied|dismissed|rejected|the|these|those|such)\\s+$");

  /** Reports with no named source: kept as such, never turned into a claimant. */
  private static final Pattern UNATTRIBUTED = Pattern.compile("(?i)^(?:(?:unconfirmed|unverified|"
      + "local|media|news|press|some|other|several|initial|earlier|first)\\s+)*reports\\b|"
      + "^reportedly$");
  /** Statements that are not verbs: "X's claim that", "X gave a figure of", "put the toll at". */
  private static final Pattern NOMINAL = Pattern.compile("(?i)\\b(?:claim|estimate|assertion)"
      + "(?=\\s+that\\b)|\\b(?:gave|gives|put|puts)(?=\\s+(?:a|the|its|their)\\s+(?:[\\w-]+\\s+)?"
      + "(?:figure|toll|number|estimate|count)\\b)|\\breportedly\\b");
  /** A participle reporting verb ("..., saying at least 45 had died"): the clause's subject claims. */
  private static final Pattern PARTICIPLE = Pattern.compile("(?i),\\s+(?:saying|adding|estimating)\\b");
  private static final Pattern CLAUSE_START = Pattern.compile("(?i)(?:^|[,;:—–]\\s*|\\bthat\\s+|"
      + "\\bwhile\\s+|\\band\\s+|\\bbut\\s+|\\bwhereas\\s+)(?=[^,;:—–]*$)");

  /** A negation right before a reporting verb: "did not say", "declined to confirm". */
  private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)(?:n['’]t|\\bnot|\\bnever|"
      + "\\bdeclined to|\\brefused to)\\s+$");

  /** The words after the last copula: "the telling part was his (claim that)". */
  private static final Pattern AFTER_COPULA = Pattern.compile(
      "(?i)(?:^|.*\\s)(?:was|is|were|are|be|been)\\s+(.+)$");

  /** What may stand before a sentence's subject: a dateline's dash, an article. */
  private static final Pattern LEAD = Pattern.compile("(?s)(?:.*[—–]\\s*)?(?:the\\s+)?");

  /** Who claims a figure: an entity id (or null) and the claimant in the report's words. */
  public record Claim(String entityId, String text) {}

  private Claimants() {}

  /**
   * The claimant of a statement at {@code pos} in sentence {@code [start, end)}, with the words
   * naming it ("Dastria's defence ministry", "Emergency services", "unattributed reports"); both
   * null when the sentence states it as fact.
   */
  public static Claim claim(String text, int start, int end, int pos, List<Mention> mentions) {
    Matcher p = PARTICIPLE.matcher(text).region(start, end);
    if (p.find() && p.end() <= pos && !REPORTING.matcher(text).region(start, p.start()).find()) {
      Mention first = firstAfter(text, start, p.start(), mentions, true);
      if (first != null) {
        return new Claim(first.entityId(), phrase(text, start, first.end()));
      }
    }
    Matcher n = NOMINAL.matcher(text).region(start, end);
    while (n.find()) {
      if (n.group().equalsIgnoreCase("reportedly")) {
        return new Claim(null, "unattributed reports");
      }
      if (n.end() <= pos) {
        // phrase gives null, never "", when nothing stands before the statement
        String subject = owner(phrase(text, start, n.start()));
        String id = subjectOf(text, start, n.start(), mentions);
        if (id == null && subject != null && subject.matches("(?i)his|her")) {
          Mention person = Pronouns.speaker(text, n.start(), mentions); // "his claim that"
          id = person == null ? null : person.entityId();
        }
        return new Claim(id, subject);
      }
    }
    Matcher m = REPORTING.matcher(text).region(start, end);
    int before = -1;
    int beforeEnd = -1;
    int after = -1;
    boolean nounReports = false;
    while (m.find()) {
      if (NOUN_BEFORE.matcher(text.substring(Math.max(start, m.start() - 12), m.start())).find()
          && m.group().toLowerCase().matches("reports|claims|estimates")) {
        nounReports |= m.end() <= pos; // "declined to comment on reports that": no one says it
        continue;
      }
      if (NOT_REPORTING_AFTER.matcher(text.substring(m.end(), Math.min(end, m.end() + 30))).find()
          && m.group().toLowerCase().matches("claim.*|admit.*")) {
        continue; // "claimed 400 lives", "admitted 1.3 million refugees": no statement
      }
      if (m.group().toLowerCase().startsWith("report") && beforeEnd >= 0
          && text.substring(before, beforeEnd).toLowerCase().startsWith("accord")
          && m.start() - beforeEnd < 30) {
        continue; // "according to unconfirmed reports": the noun, not the verb
      }
      if (NEGATED_BEFORE.matcher(text.substring(Math.max(start, m.start() - 20), m.start()))
          .find()) {
        continue; // "investigators did not say why": no one says anything
      }
      if (m.group().equalsIgnoreCase("estimated")
          && text.substring(Math.max(start, m.start() - 7), m.start())
              .matches("(?i).*\\b(?:the|an|is|are|was|were|be|been)\\s+")) {
        continue; // "the estimated 12,000 people", "is estimated at": no one named claims it
      }
      if (m.end() <= pos) {
        before = m.start();
        beforeEnd = m.end();
      } else if (after < 0) {
        after = m.start();
      }
    }
    // "a study by X found that 40 people died": the study's finding is its claim
    int[] found = null;
    int[] foundAfter = null;
    for (int[] v : Findings.verbs(text, start, end)) {
      if (v[1] <= pos) {
        found = v; // the last one before the figure
      } else if (v[0] > pos && foundAfter == null) {
        foundAfter = v; // the first one after it: "..., the survey showed"
      }
    }
    if (found != null && found[0] > before) {
      before = found[0];
      beforeEnd = found[1];
    }
    if (foundAfter != null && (after < 0 || foundAfter[0] < after)) {
      after = foundAfter[0];
    }
    if (before >= 0) {
      if (text.substring(before, beforeEnd).toLowerCase().startsWith("accord")) {
        int stop = clauseEnd(text, beforeEnd, end);
        if (stop < pos && after >= 0 && text.regionMatches(true, after, "according to", 0, 12)) {
          // "X, according to A, and Y, according to B": Y is B's
          return accordingTo(text, after, end, mentions);
        }
        String words = text.substring(beforeEnd, stop).trim();
        Mention x = firstAfter(text, beforeEnd, Math.min(stop, beforeEnd + 40), mentions, false);
        return claimOf(speaker(x, words, mentions), words);
      }
      Claim named = apposed(text, start, before, mentions);
      return named != null ? named : resolve(text, start, before,
          subjectOf(text, start, before, mentions), phrase(text, start, before), mentions);
    }
    if (after >= 0 && text.regionMatches(true, after, "according to", 0, 12)) {
      return accordingTo(text, after, end, mentions);
    }
    if (after >= 0) {
      // "31 soldiers were killed, the ministry said": only a clause of its own after a comma
      int comma = text.lastIndexOf(", ", after);
      for (String quoted : new String[] {",\" ", ",” ", ",' ", ",’ "}) {
        int q = text.lastIndexOf(quoted, after);
        comma = q > comma ? q + 1 : comma; // "...inside," a police lieutenant said: past the quote
      }
      if (comma >= pos && after - comma < 70) {
        if (text.substring(comma + 1, after).isBlank()) {
          if (TOLD.matcher(text).region(after, end).lookingAt()) {
            return toldAfter(text, start, pos, comma, mentions); // "..., X, told the agency"
          }
          return inverted(text, after, end, mentions); // "..., said Chief Inspector X"
        }
        return resolve(text, start, after, subjectOf(text, comma, after, mentions),
            phrase(text, comma + 1, after), mentions);
      }
    }
    if (nounReports) {
      return new Claim(null, "unattributed reports");
    }
    return Accusers.claim(text, start, end, pos, mentions); // "A accused B of killing three"
  }

  /** "... killed 57, according to the region's ombudsman": the words after "according to". */
  private static Claim accordingTo(String text, int at, int end, List<Mention> mentions) {
    int from = at + 12;
    int stop = clauseEnd(text, from, end);
    Mention x = firstAfter(text, from, Math.min(stop, from + 40), mentions, false);
    String words = text.substring(from, stop).trim();
    return claimOf(speaker(x, words, mentions), words);
  }

  /** The entity of {@code x} as a speaker, but not a place of a person ("the mayor of X"). */
  private static String speaker(Mention x, String words, List<Mention> mentions) {
    String id = x == null ? null : x.entityId();
    return Locatives.personOf(words, id, mentions) ? null : id;
  }

  /**
   * "X, a journalist who knew Y's father, said": the name that opens the sentence, before the
   * appositive that ends at the verb, says it (not the last name inside the appositive).
   */
  private static Claim apposed(String text, int start, int verb, List<Mention> mentions) {
    if (!text.substring(start, verb).stripTrailing().endsWith(",")) {
      return null;
    }
    Mention first = firstAfter(text, start, verb, mentions, true);
    if (first == null || !LEAD.matcher(text.substring(start, first.start())).matches()
        || !text.startsWith(",", first.end()) || first.end() + 1 >= verb - 1) {
      return null;
    }
    return claimOf(first.entityId(), first.text());
  }

  /**
   * "..., the governor of X, Tomas Marlo, told the agency": "told" is never inverted (what follows
   * it is who was told), so the speaker is the appositive that ends at the comma before it.
   */
  private static Claim toldAfter(String text, int start, int pos, int comma,
      List<Mention> mentions) {
    int prev = text.lastIndexOf(", ", comma - 1);
    if (prev < pos || prev < start) {
      return new Claim(null, null);
    }
    return resolve(text, start, comma, subjectOf(text, prev, comma, mentions),
        phrase(text, prev + 1, comma), mentions);
  }

  /** "..., said Chief Inspector X of the city police": the words after the verb say it. */
  private static Claim inverted(String text, int verb, int end, List<Mention> mentions) {
    Matcher m = REPORTING.matcher(text).region(verb, end);
    if (!m.lookingAt()) {
      return new Claim(null, null);
    }
    int from = m.end();
    int stop = clauseEnd(text, from, end);
    String words = text.substring(from, stop).trim()
        .replaceAll("(?i)^(?:on\\s+)?(?:\\w+day|today|yesterday|tonight)\\b\\s*|"
            + "\\s+(?:on\\s+)?(?:\\w+day|today|yesterday|tonight)$", "");
    Mention x = firstAfter(text, from, stop, mentions, false);
    return claimOf(x == null ? null : x.entityId(), words);
  }

  /**
   * The owner of a nominal statement, out of the clause before it: "the most telling part was
   * his claim that" is his; "Velmora's estimate that" Velmora's.
   */
  private static String owner(String words) {
    if (words == null) {
      return null;
    }
    Matcher m = AFTER_COPULA.matcher(words);
    String out = m.matches() ? m.group(1) : words;
    return out.replaceFirst("(?i)^(?:the|a|an)\\s+", "").isEmpty() ? null : out;
  }

  /** The claim of the words before a reporting verb, resolving what they leave implicit. */
  private static Claim resolve(String text, int start, int verb, String id, String words,
      List<Mention> mentions) {
    if (id == null && (words == null || words.matches("(?i)(?:its|their)\\b.*"))) {
      // "Velmora has not published a toll but says ...", "..., its ministry said": the
      // sentence's subject says it
      Mention first = firstAfter(text, start, verb, mentions, true);
      if (first != null && LEAD.matcher(text.substring(start, first.start())).matches()) {
        return new Claim(first.entityId(), words == null ? first.text() : words);
      }
    }
    if (id == null && words != null && words.matches("(?i)he|she")) {
      Mention person = Pronouns.speaker(text, start, mentions);
      if (person != null) {
        return new Claim(person.entityId(), words);
      }
    }
    if (id == null && words != null) {
      id = named(words, mentions); // a name the recogniser missed here but found elsewhere
    }
    if (Locatives.police(words, id, mentions) || Locatives.personOf(words, id, mentions)) {
      id = null; // "Harbour County police said", "the governor of X told": not the place
    }
    if (id != null && words == null) {
      // "The ombudsman, Nada Petrin, said": the clause before the verb is the appositive's end
      String who = id;
      words = mentions.stream().filter(m -> who.equals(m.entityId()) && m.end() <= verb)
          .reduce((x, y) -> y).map(Mention::text).orElse(null);
    }
    return claimOf(id, words);
  }

  /** The entity of the longest name, mentioned elsewhere in the article, that the words hold. */
  private static String named(String words, List<Mention> mentions) {
    Matcher owner = MEDIA.matcher(words);
    String media = owner.find() ? owner.group(1) : null; // "Velmora" of "Velmora's newspapers"
    Mention best = null;
    for (Mention m : mentions) {
      if ("NATIONALITY".equals(m.type()) || placedIn(words, m, mentions)
          || media != null && (media.equals(m.text()) || media.endsWith(" " + m.text()))) {
        // "Velmoran media said", "Velmora's national newspapers reported": the media, not the
        // state, unless the subject test saw one
        continue;
      }
      if (m.entityId() != null && m.text().length() >= 3
          && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(m.text()) + "(?![\\p{L}])")
              .matcher(words).find()
          && (best == null || m.text().length() > best.text().length())) {
        best = m;
      }
    }
    return best == null ? null : best.entityId();
  }

  /** Whether {@code m} is named in {@code words} after "in", "at" or "near", behind another name. */
  private static boolean placedIn(String words, Mention m, List<Mention> mentions) {
    int at = words.indexOf(m.text());
    if (at <= 0 || !Locatives.placed(words, 0, at)) {
      return false;
    }
    String lead = words.substring(0, at);
    return mentions.stream().anyMatch(x -> x.entityId() != null && x.text().length() >= 3
        && !"NATIONALITY".equals(x.type()) && !x.entityId().equals(m.entityId())
        && lead.contains(x.text()));
  }

  private static Claim claimOf(String id, String words) {
    if (words == null || words.isBlank()) {
      return new Claim(id, null);
    }
    if (id == null && UNATTRIBUTED.matcher(words).find()) {
      return new Claim(null, "unattributed reports");
    }
    return new Claim(id, words.length() > 80 ? null : words);
  }

  /** The words of the clause that ends at {@code verb}: the subject of a reporting verb. */
  static String phrase(String text, int from, int verb) {
    String s = text.substring(from, verb);
    Matcher c = CLAUSE_START.matcher(s);
    int at = 0;
    while (c.find()) {
      at = Math.max(at, c.end());
    }
    String out = s.substring(at);
    out = out.replaceAll("(?i)\\s+(?:has|have|had|also|on \\w+day|\\w+day|previously|earlier|"
        + "repeatedly|then|officially|later)(?=\\s|$)", " ").trim();
    out = out.replaceAll("[\"“”«»]", "").replaceAll("^[,\\s]+|[,\\s]+$", "");
    // "the administration immediately (said)": an adverb, not a noun in -ly ("the family")
    out = out.replaceAll("(?:\\s+(?!(?:family|assembly|ally|daily|weekly|monthly|rally|supply|"
        + "monopoly|anomaly)\\b)[a-z]{2,}ly)+$", "");
    return out.isEmpty() ? null : out;
  }

  private static int clauseEnd(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (",;:.".indexOf(text.charAt(i)) >= 0 && i > from + 1) {
        return i;
      }
    }
    return end;
  }

  /**
   * The claimant of a statement at {@code pos} in sentence {@code [start, end)} of {@code text}, or
   * null. {@code mentions} are the article's resolved mentions.
   */
  public static String find(String text, int start, int end, int pos, List<Mention> mentions) {
    return claim(text, start, end, pos, mentions).entityId();
  }

  /** Whether the sentence reports a statement (for an event's "claimed" status). */
  public static boolean reports(String text, int start, int end) {
    return REPORTING.matcher(text).region(start, end).find();
  }

  static String subjectOf(String text, int from, int verb, List<Mention> mentions) {
    Mention best = null;
    for (Mention x : mentions) {
      if (x.entityId() != null && x.start() >= from && x.end() <= verb
          && GAP.matcher(text.substring(x.end(), verb)).matches()) {
        best = best == null || x.end() > best.end() ? x : best;
      }
    }
    if (best == null) {
      return null;
    }
    Mention head = Locatives.head(text, from, best, mentions); // "X sources in Y said": X
    best = head != null ? head : best;
    // "A and B said": no single claimant
    String lead = text.substring(Math.max(from, best.start() - 5), best.start()).toLowerCase();
    return lead.matches(".*\\band\\s+(?:the\\s+)?$") ? null : best.entityId();
  }

  private static Mention firstAfter(String text, int from, int to, List<Mention> mentions,
      boolean person) {
    Mention best = null;
    for (Mention x : mentions) {
      if (x.entityId() != null && x.start() >= from && x.end() <= to
          && (!person || !"NATIONALITY".equals(x.type()))
          && (best == null || x.start() < best.start())) {
        best = x;
      }
    }
    return best;
  }
}

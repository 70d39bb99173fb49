package dossier.nlp;

import static dossier.nlp.TimexContext.firstTokenOf;
import static dossier.nlp.TimexContext.tokens;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Past or future reading of the clause around a time expression, from the words before it (no
 * parse): "will", "next", "planned" speak of the future, stopping at a reporting verb ("said");
 * past auxiliaries and common simple pasts speak of the past.
 */
final class Tense {
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "next", "upcoming",
      "scheduled", "tomorrow", "going", "plan", "plans", "planned", "planning", "until", "expected", "due",
      "soon");
  /** Past auxiliaries: the clause is in the past whatever came before it (the tagger may give no tags). */
  private static final Set<String> PAST = Set.of("was", "were", "had", "did");
  /** Common verbs in the simple past (no tagger to tell "held" from "hold"). */
  private static final Set<String> IRREGULAR_PAST = Set.of("held", "met", "took", "made", "came", "went",
      "began", "gave", "saw", "left", "fought", "won", "lost", "sent", "spoke", "broke", "fell", "rose", "struck",
      "shot", "flew", "ran", "led", "brought", "bought", "sold", "kept", "thought", "felt", "found", "got",
      "knew", "wrote", "stood", "paid", "became", "signed", "agreed", "killed", "attacked", "announced",
      "reported", "clashed", "launched", "visited", "arrived", "died", "erupted", "occurred", "happened");
  /** Words after which a past participle is not a past tense ("will be held", "to be signed"). */
  private static final Set<String> NOT_PAST_BEFORE = Set.of("be", "been", "being", "to", "will", "is", "are",
      "am", "'s", "'re", "get", "gets");
  /** Tokens before the expression that decide its tense: about a clause. */
  private static final int BEFORE = 8;
  /** Words that end the look back: a reporting verb in the past starts the clause that matters. */
  private static final Set<String> STOP = Set.of("said", "told", "announced", "reported", "added",
      "says", ";", ":", "but");
  /** Words that put what follows after a past verb in its future ("agreed to sell in May", "would"). */
  private static final Set<String> LATER = Set.of("would", "could", "might", "to", "should", "may");

  private Tense() {}

  /** Whether the sentence holding {@code t} speaks of the future. */
  static boolean future(NlpDoc doc, NlpDoc.Timex t) {
    List<NlpDoc.Token> ts = tokens(doc, t);
    int at = firstTokenOf(ts, t);
    for (int i = at - 1; i >= Math.max(0, at - BEFORE); i--) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (STOP.contains(w) || PAST.contains(w) || "VBD".equals(ts.get(i).pos())) {
        return false;
      }
      if (FUTURE.contains(w) && !inCompound(ts, i) && !notUntil(ts, i) && !nounPlan(ts, i)
          || futureIdiom(ts, i)) {
        // "had been due to expire Friday": a plan already past when the story was written
        return !pastPerfectBefore(ts, i);
      }
    }
    return false;
  }

  /**
   * Whether the clause holding {@code t} is plainly in the past: no future word in it, and a past
   * auxiliary, a reporting verb ("said") or a common verb in the past ("held", "agreed") before {@code t}.
   */
  static boolean past(NlpDoc doc, NlpDoc.Timex t) {
    if (future(doc, t)) {
      return false;
    }
    List<NlpDoc.Token> ts = tokens(doc, t);
    int at = firstTokenOf(ts, t);
    for (int i = at - 1; i >= Math.max(0, at - BEFORE); i--) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(w) && !inCompound(ts, i)) {
        return false;
      }
      String before = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
      // a verb in -ed may be a participle of a plan ("extended to Nov. 16"): only common simple pasts count
      boolean pastVerb = IRREGULAR_PAST.contains(w) && !NOT_PAST_BEFORE.contains(before);
      if (PAST.contains(w) || STOP.contains(w) && !w.equals("says") && !w.equals("but") && !w.equals(";")
          && !w.equals(":") || "VBD".equals(ts.get(i).pos()) || pastVerb) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause of {@code t} is told in the past by its own verb, not by a reporting verb:
   * a past auxiliary or a common past verb before it ("bought RJR in February"), or, for an
   * expression opening its sentence, right after it ("In January, the board named ...").
   */
  static boolean plainPast(NlpDoc doc, NlpDoc.Timex t) {
    List<NlpDoc.Token> ts = tokens(doc, t);
    int at = firstTokenOf(ts, t);
    if (at > 0 && ts.get(at - 1).word().matches("(?i)the|a|an|its|their|his|her|'s")) {
      return false; // "gave no reason for the Jan. 14 deadline": a date naming a thing, not the event's day
    }
    for (int i = at - 1; i >= Math.max(0, at - BEFORE); i--) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(w) && !inCompound(ts, i) || STOP.contains(w) || LATER.contains(w)) {
        return false;
      }
      if (isPast(ts, i)) {
        return true;
      }
    }
    if (at > 1 || at == 1 && !ts.get(0).word().equalsIgnoreCase("in")) {
      return false;
    }
    int end = at;
    while (end < ts.size() && ts.get(end).start() < t.end()) {
      end++;
    }
    for (int i = end; i < Math.min(ts.size(), end + BEFORE); i++) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(w) && !inCompound(ts, i) || LATER.contains(w) || w.equals("is") || w.equals("are")
          || w.equals("has") || w.equals("have")) {
        return false;
      }
      if (isPast(ts, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPast(List<NlpDoc.Token> ts, int i) {
    String w = ts.get(i).word().toLowerCase(Locale.ROOT);
    String before = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    return PAST.contains(w) || "VBD".equals(ts.get(i).pos())
        || IRREGULAR_PAST.contains(w) && !NOT_PAST_BEFORE.contains(before);
  }

  /** "signed a cooperation plan Friday": "plan" as a noun says nothing of tense; "plans to" does. */
  private static boolean nounPlan(List<NlpDoc.Token> ts, int i) {
    String w = ts.get(i).word().toLowerCase(Locale.ROOT);
    return (w.equals("plan") || w.equals("plans")) && (i + 1 >= ts.size() || !ts.get(i + 1).word().equalsIgnoreCase("to"));
  }

  /** "is to resume Tuesday", "set to resume Monday", "as early as Tuesday". */
  private static boolean futureIdiom(List<NlpDoc.Token> ts, int i) {
    String w = ts.get(i).word().toLowerCase(Locale.ROOT);
    String before = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    String after = i + 1 < ts.size() ? ts.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
    return w.equals("to") && (before.equals("is") || before.equals("are") || before.equals("set"))
        || w.equals("early") && before.equals("as") && after.equals("as");
  }

  /** A part of a hyphenated word ("lower-than-expected"), which says nothing of tense. */
  private static boolean inCompound(List<NlpDoc.Token> ts, int i) {
    return i > 0 && ts.get(i - 1).word().equals("-") && ts.get(i - 1).start() == ts.get(i).start() - 1
        || i + 1 < ts.size() && ts.get(i + 1).word().equals("-") && ts.get(i + 1).start() == ts.get(i).end();
  }

  /**
   * "it was not until Tuesday that", "Until Tuesday, they had ...", "up until Tuesday": "until"
   * after "not", or opening its sentence, tells when something past stopped or happened.
   */
  private static boolean notUntil(List<NlpDoc.Token> ts, int i) {
    if (!ts.get(i).word().equalsIgnoreCase("until")) {
      return false;
    }
    String before = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    return i == 0 || before.equals("not") || before.equals("up") && i == 1;
  }

  private static boolean pastPerfectBefore(List<NlpDoc.Token> ts, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (ts.get(j).word().equalsIgnoreCase("had")) {
        return true;
      }
    }
    return false;
  }
}

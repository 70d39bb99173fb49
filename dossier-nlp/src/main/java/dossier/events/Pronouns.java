package dossier.events;

import dossier.figures.Sentences;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small deterministic resolver for the pronouns an event's participant is told by, cheap enough
 * for every sentence (no coreference model): news names an actor once and goes on with a pronoun.
 * <ul>
 *   <li>"he", "him", "she", "her": the one person of that gender named in the sentence before the
 *       pronoun, else in the sentence before it, else the one before that; two of the gender in
 *       the nearest sentence that has any means no answer (precision first);</li>
 *   <li>"we", "us", "I", "me" inside a quotation: the named speaker the text gives for it ("X
 *       said" after the quote, "X said:" before it);</li>
 *   <li>"they", "it" as a subject: the named organisation or country (or the two or more actors
 *       joined by "and") that is the subject of the sentence before.</li>
 * </ul>
 * Provenance stays the event's: the participant is the antecedent's entity, its evidence the
 * sentence the event is read from.
 */
final class Pronouns {
  enum Gender { MALE, FEMALE }

  private static final Set<String> MALE_WORDS = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE_WORDS = Set.of("she", "her", "hers", "herself");
  private static final Set<String> SPEAKER_WORDS = Set.of("we", "us", "i", "me");
  private static final Set<String> GROUP_WORDS = Set.of("they", "it");
  private static final Pattern HE = Pattern.compile("\\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\\b");
  private static final Pattern SHE = Pattern.compile("\\b(?:[Ss]he|[Hh]er|[Hh]erself)\\b");
  /** How many sentences before the pronoun's a person may be named in. */
  private static final int BACK = 2;
  private static final Pattern MALE_TITLE = Pattern.compile("(?:\\bMr|\\bMister|\\bSir)\\.?\\s+$");
  private static final Pattern FEMALE_TITLE = Pattern.compile(
      "(?:\\bMrs|\\bMs|\\bMiss|\\bMadam|\\bDame)\\.?\\s+$");
  /** Verbs that attribute a quotation to its speaker. */
  private static final String SAY = "(?:said|says|stated|states|added|adds|told|wrote|writes"
      + "|declared|insisted|argued|warned|explained|continued|announced|tweeted|posted"
      + "|according\\s+to)";
  private static final Pattern SAY_WORD = Pattern.compile("\\b" + SAY + "\\b");

  private Pronouns() {}

  /**
   * The entity a personal pronoun token stands for, or null: "he"/"she" and their object forms by
   * gender, "we"/"I" in a quotation by its speaker. Not "they": see {@link #group}.
   */
  static String of(DepFinder.Context c, Parse.Tok t) {
    if (!t.tag().startsWith("PRP")) {
      return null;
    }
    String w = t.word().toLowerCase();
    if (MALE_WORDS.contains(w)) {
      return person(c, t.start(), Gender.MALE);
    }
    if (FEMALE_WORDS.contains(w)) {
      return person(c, t.start(), Gender.FEMALE);
    }
    if (SPEAKER_WORDS.contains(w)) {
      return quoteSpeaker(c, t.start());
    }
    return null;
  }

  /**
   * The one person of gender {@code g} (or of no known gender) named in the nearest sentence,
   * from the pronoun's back to {@link #BACK} before it, that names any; null when that sentence
   * names two.
   */
  static String person(DepFinder.Context c, int at, Gender g) {
    List<Span> back = before(c);
    int from = c.from();
    int to = at;
    for (int i = 0; i <= BACK; i++) {
      List<String> fit = new ArrayList<>();
      for (Mention m : c.mentions()) {
        if (m.entityId() == null || m.start() < from || m.end() > to
            || !"PERSON".equals(c.types().get(m.entityId())) || c.skip().contains(m.text())
            || fit.contains(m.entityId())) {
          continue;
        }
        Gender h = gender(c, m.entityId());
        if (h == null || h == g) {
          fit.add(m.entityId());
        }
      }
      if (!fit.isEmpty()) {
        // "he was charged with assaulting X. He was sentenced": a "he" before the one named
        // there means someone named earlier, whom the later "he" may mean as well
        return fit.size() == 1 && !pronounBefore(c, from, first(c, fit.get(0), from, to), g)
            ? fit.get(0) : null;
      }
      if (i >= back.size()) {
        return null;
      }
      Span s = back.get(back.size() - 1 - i);
      from = s.start();
      to = s.end();
    }
    return null;
  }

  /** Where {@code id} is first named in {@code [from, to)}. */
  private static int first(DepFinder.Context c, String id, int from, int to) {
    int at = to;
    for (Mention m : c.mentions()) {
      if (id.equals(m.entityId()) && m.start() >= from && m.end() <= to) {
        at = Math.min(at, m.start());
      }
    }
    return at;
  }

  /** Whether a pronoun of gender {@code g} stands in {@code [from, to)}. */
  private static boolean pronounBefore(DepFinder.Context c, int from, int to, Gender g) {
    Matcher m = (g == Gender.MALE ? HE : SHE).matcher(c.text()).region(from, to);
    return m.find();
  }

  /** The sentences of the part before the event's, nearest last, not reaching before the dateline. */
  private static List<Span> before(DepFinder.Context c) {
    List<Span> out = new ArrayList<>();
    int dateline = c.from() > c.start() ? c.from() : 0;
    for (Span s : Sentences.split(c.text())) {
      if (s.end() <= c.start() && s.start() >= dateline) {
        out.add(s);
      }
    }
    return out.size() > BACK ? out.subList(out.size() - BACK, out.size()) : out;
  }

  /**
   * The gender of a person: a title before one of its mentions ("Mr", "Ms") decides, else the
   * first name of its longest mention in CoreNLP's list of first names; null when unknown or the
   * name is given to both.
   */
  static Gender gender(DepFinder.Context c, String id) {
    Mention longest = null;
    for (Mention m : c.mentions()) {
      if (!id.equals(m.entityId())) {
        continue;
      }
      String left = c.text().substring(Math.max(0, m.start() - 8), m.start());
      if (MALE_TITLE.matcher(left).find()) {
        return Gender.MALE;
      }
      if (FEMALE_TITLE.matcher(left).find()) {
        return Gender.FEMALE;
      }
      if (longest == null || m.text().length() > longest.text().length()) {
        longest = m;
      }
    }
    if (longest == null || longest.text().indexOf(' ') < 0) {
      return null; // one word is a surname as often as a first name
    }
    String first = longest.text().substring(0, longest.text().indexOf(' ')).toLowerCase();
    Gender g = Names.MAP.get(first);
    if (g == null && first.indexOf('-') > 0) {
      g = Names.MAP.get(first.substring(0, first.indexOf('-')));
    }
    return g;
  }

  /**
   * The named speaker of the quotation {@code at} stands in, or null: the actor named next to a
   * verb of saying right after the closing quote mark (in its sentence), else right before the
   * opening one ("X said: ...").
   */
  static String quoteSpeaker(DepFinder.Context c, int at) {
    String text = c.text();
    int open = -1;
    for (int i = at - 1; i >= 0 && i >= at - 2000; i--) {
      if (closes(text, i)) {
        return null; // a quotation closed before the pronoun: it stands outside one
      }
      if (opens(text, i)) {
        open = i;
        break;
      }
      if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        break; // a new paragraph: a straight quote mark may open the quotation here
      }
    }
    int close = -1;
    for (int i = at; i < text.length() && i < at + 2000; i++) {
      if (opens(text, i)) {
        return null;
      }
      if (closes(text, i)) {
        close = i;
        break;
      }
    }
    if (open < 0 || close < 0) {
      return straight(c, at);
    }
    String after = speakerAfter(c, close + (text.charAt(close) == '\'' ? 2 : 1));
    return after != null ? after : speakerBefore(c, open);
  }

  /** An opening curly mark, or a typewriter one ({@code ``}, as older wire copy writes it). */
  private static boolean opens(String text, int i) {
    return text.charAt(i) == '“' || text.startsWith("``", i);
  }

  /** A closing curly mark, or a typewriter one ({@code ''}). */
  private static boolean closes(String text, int i) {
    return text.charAt(i) == '”' || text.startsWith("''", i);
  }

  /**
   * Whether position {@code at} lies inside a quotation of its paragraph: after an opening curly
   * (or typewriter, {@code ``}) mark not yet closed, or after an odd number of straight marks.
   */
  static boolean quoted(DepFinder.Context c, int at) {
    String text = c.text();
    int para = text.lastIndexOf("\n\n", at);
    int open = 0;
    int straight = 0;
    for (int i = para < 0 ? 0 : para + 2; i < at; i++) {
      char x = text.charAt(i);
      open += opens(text, i) ? 1 : closes(text, i) && open > 0 ? -1 : 0;
      i += text.startsWith("``", i) || text.startsWith("''", i) ? 1 : 0;
      straight += x == '"' ? 1 : 0;
    }
    return open > 0 || straight % 2 == 1;
  }

  /** The same for straight quote marks, paired within the pronoun's paragraph. */
  private static String straight(DepFinder.Context c, int at) {
    String text = c.text();
    int para = text.lastIndexOf("\n\n", at);
    int start = para < 0 ? 0 : para + 2;
    int marks = 0;
    int open = -1;
    for (int i = start; i < at; i++) {
      if (text.charAt(i) == '"') {
        marks++;
        open = i;
      }
    }
    if (marks % 2 == 0) {
      return null;
    }
    int close = text.indexOf('"', at);
    int end = text.indexOf("\n\n", at);
    if (close < 0 || end >= 0 && close > end) {
      return null;
    }
    String after = speakerAfter(c, close + 1);
    return after != null ? after : speakerBefore(c, open);
  }

  /** "..., X said" or "..., said X": the actor within a few words after the closing mark. */
  private static String speakerAfter(DepFinder.Context c, int from) {
    String text = c.text();
    int end = Math.min(text.length(), from + 80);
    int stop = from;
    while (stop < end && ".!?\n“\"".indexOf(text.charAt(stop)) < 0) {
      stop++;
    }
    if (stop == from) {
      return null; // the quote ends the sentence: its speaker, if any, is told elsewhere
    }
    Matcher say = SAY_WORD.matcher(text).region(from, stop);
    if (!say.find()) {
      return null;
    }
    Mention best = null;
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() >= from && m.end() <= stop
          && DepFinder.ACTORS.contains(c.types().get(m.entityId()))
          && !c.skip().contains(m.text()) && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    // the speaker stands next to the verb: "X said", "said X"; not "..., the report said of X"
    String between = best.start() < say.start() ? text.substring(best.end(), say.start())
        : text.substring(say.end(), best.start());
    return between.isBlank() || between.matches("\\s*,[^,]{0,40},\\s*") ? best.entityId() : null;
  }

  /** "X said: ..." or "X said, ...": the actor right before the verb before the opening mark. */
  private static String speakerBefore(DepFinder.Context c, int open) {
    String text = c.text();
    int from = open;
    while (from > 0 && ".!?\n”".indexOf(text.charAt(from - 1)) < 0 && open - from < 120) {
      from--;
    }
    String lead = text.substring(from, open);
    Matcher say = Pattern.compile("\\b" + SAY + "\\s*[:,]?\\s*$").matcher(lead);
    if (!say.find()) {
      return null;
    }
    int verb = from + say.start();
    Mention best = null;
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() >= from && m.end() <= verb
          && DepFinder.ACTORS.contains(c.types().get(m.entityId()))
          && !c.skip().contains(m.text()) && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    return best != null && text.substring(best.end(), verb).isBlank() ? best.entityId() : null;
  }

  /**
   * 1 when the accused of an accusation or charge is told by a pronoun that was resolved ("which
   * accuses him of", "he faces three charges"): the charge names its person as well as a name
   * would; else 0. Other pronouns add to an event but never make one ("the news ambushed her").
   */
  static int accused(String type, Map<String, Participant> parts) {
    return type.equals("ACCUSE") && parts.entrySet().stream().anyMatch(x -> x.getKey()
        .startsWith(Roles.PRONOUN) && x.getValue().role().equals("TARGET")) ? 1 : 0;
  }

  /** Who a pronoun subject stands for: {@link #of}, else {@link #group}. */
  static List<String> subject(Parse p, DepFinder.Context c, int s) {
    String one = of(c, p.tok(s));
    return one != null ? List.of(one) : group(p, c, s);
  }

  /**
   * The named actors "they" or "it" (the subject {@code s} of the event's verb) stands for: the
   * subject of the sentence before when it names an organisation or country ("it"), or one or
   * several actors ("they": "A and B met. They agreed ..."); empty when it names none, or for
   * "they" when a plural noun it may mean is the subject of a clause there.
   */
  static List<String> group(Parse p, DepFinder.Context c, int s) {
    String w = p.tok(s).word().toLowerCase();
    if (!GROUP_WORDS.contains(w)) {
      return List.of();
    }
    List<Span> back = before(c);
    if (back.isEmpty()) {
      return List.of();
    }
    Span prev = back.get(back.size() - 1);
    int begin = prev.start();
    while (begin < prev.end() && Character.isWhitespace(c.text().charAt(begin))) {
      begin++;
    }
    if (begin >= prev.end() || prev.end() - begin > 600) {
      return List.of();
    }
    Parse q = DepParser.shared().parse(c.text(), begin, prev.end());
    int root = -1;
    for (Parse.Arc a : q.arcs()) {
      if (a.gov() < 0) {
        root = a.dep();
        break;
      }
    }
    if (root < 0) {
      return List.of();
    }
    if (w.equals("they")) {
      for (Parse.Arc a : q.arcs()) {
        if (a.rel().startsWith("nsubj") && q.tok(a.dep()).tag().equals("NNS")
            && Participants.mentionAt(c, q.tok(a.dep())) == null) {
          return List.of(); // "the men", "officials": a plural "they" may mean
        }
      }
    }
    List<Integer> subjects = q.children(root, "nsubj"); // several when joined: "A and B met"
    DepFinder.Context there = new DepFinder.Context(c.text(), prev.start(), prev.end(),
        c.mentions(), c.times(), c.types(), c.published(), prev.start(), c.skip(), c.title());
    Map<String, Participant> found = new LinkedHashMap<>();
    for (int x : subjects) {
      Participants.addActors(q, there, x, "SOURCE", found);
    }
    List<String> ids = new ArrayList<>();
    boolean people = false;
    for (String k : found.keySet()) {
      String type = c.types().get(k);
      if (k.startsWith(Roles.PRONOUN) || type == null || !DepFinder.ACTORS.contains(type)) {
        continue;
      }
      people |= type.equals("PERSON");
      ids.add(k);
    }
    if (w.equals("it")) {
      return ids.size() == 1 && !people ? ids : List.of();
    }
    // "they": a group, or several actors joined ("A and B"); not one person
    return ids.size() == 1 && people ? List.of() : ids;
  }

  /** CoreNLP's first names with their gender (the models jar's list); a name given to both is none. */
  private static final class Names {
    static final Map<String, Gender> MAP = load();

    private static Map<String, Gender> load() {
      Map<String, Gender> out = new HashMap<>();
      Set<String> both = new java.util.HashSet<>();
      String path = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
      InputStream in = Pronouns.class.getClassLoader().getResourceAsStream(path);
      if (in == null) {
        return Map.of(); // no list: no gender known, titles still decide
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] f = line.split("\t");
          if (f.length != 2 || !(f[1].equals("MALE") || f[1].equals("FEMALE"))) {
            continue;
          }
          String name = f[0].trim().toLowerCase();
          Gender g = Gender.valueOf(f[1]);
          Gender old = out.putIfAbsent(name, g);
          if (old != null && old != g) {
            both.add(name);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      both.forEach(out::remove);
      return Map.copyOf(out);
    }
  }
}

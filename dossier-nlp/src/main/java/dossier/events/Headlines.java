package dossier.events;

import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's title read with headline grammar. Headlines drop articles and auxiliaries, tell the
 * past in the present ("drops inquiry"), the future with "to" ("to hold talks"), print content
 * words in capitals (Title Case), and put a kicker before a colon ("Border row: X expels envoy").
 * The tagger, trained on running text, reads every capitalised word as a name and a bare
 * participle as a past tense, so the title is put back into running text before parsing: words
 * take the case the body gives them, the elided "was" / "is" goes back in front of a participle,
 * and a kicker is left out of the parse. Titles that report nothing are not parsed: questions,
 * feature titles ("Why ...", "How ..."), opinion and review kickers.
 */
final class Headlines {
  /** Closed-class words: lower case in running text whatever a Title Case headline does. */
  private static final Set<String> FUNCTION = Set.of("a", "an", "the", "and", "or", "but", "nor",
      "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "over", "under",
      "after", "before", "against", "amid", "as", "about", "around", "near", "off", "out", "up",
      "down", "upon", "via", "across", "through", "despite", "without", "within", "between",
      "its", "his", "her", "their", "our", "my", "your", "it", "he", "she", "they", "we", "is",
      "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "may", "might",
      "can", "could", "should", "not", "no", "new", "this", "that", "these", "those", "who",
      "which", "what", "than", "then", "more", "most", "says", "say", "said");
  /** Kickers and first words of titles that report no event: opinion, features, reviews, guides. */
  // a question ends in "?" (tested apart); in capitals "WHO" is the health agency, no question
  private static final Pattern NO_NEWS = Pattern.compile("^(?:(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hen|"
      + "[Ww]here|[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hich|(?i:inside|meet|here's|here is|the \\S+ view))"
      + "\\b|(?i:opinion|comment|commentary|analysis|editorial|column|letters?|review|explainer|"
      + "explained|quiz|podcast|watch|video|in pictures|photos|live|fact ?check|interview)"
      + "\\s*[:|\u2013\u2014-])");
  /** Lists and guides: "5 things to know about X", "Everything you need to know about X". */
  private static final Pattern LISTICLE = Pattern.compile("(?i)^(?:\\d+|three|four|five|six|"
      + "seven|eight|nine|ten)\\s+(?:\\S+\\s+){0,2}(?:things|ways|reasons|questions|facts|"
      + "takeaways|lessons|moments|charts|tips|signs|myths)\\b|\\b(?:need|needs) to know\\b"
      + "|\\bwhat (?:we|you) know\\b|\\bthings to know\\b");
  /** A kicker that tells the title is no report: "X review:", "The Herald view on Y:". */
  private static final Pattern NO_NEWS_KICKER = Pattern.compile("(?i)\\b(?:review|opinion|"
      + "comment|analysis|editorial|view on|explainer|explained|guide|quiz|podcast|"
      + "fact ?check|interview|live|watch|recipe)\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.-]*");
  /** Verbs a headline does tell in the simple past, active: "X warned of", never "X was warned". */
  private static final Set<String> ACTIVE_PAST = Set.of("say", "warn", "vow", "speak", "talk",
      "respond", "react", "agree", "meet", "clash", "protest", "die", "resign", "march", "rally",
      "strike", "fall", "rise", "return", "arrive", "win", "lose", "go", "come", "flee", "testify",
      "appear", "plead", "step");
  /** Days a headline's present tense may reach back (or its "to" forward) from the report. */
  private static final int RECENT_DAYS = 7;
  /** Tags an object may start with. */
  private static final Set<String> OBJECT_START = Set.of("NNP", "NNPS", "DT", "PRP$", "CD", "NN",
      "NNS", "JJ");
  /** Share of content words in capitals from which a headline is read as set in Title Case. */
  private static final double TITLE_SHARE = 0.7;

  private Headlines() {}

  /**
   * {@code title} in the case of running text, same length (one char for one char, so every offset
   * stays): when the headline is set in Title Case or capitals, each capitalised word but the
   * first keeps its capital only where it is a name ({@code ms}, offsets in the title) or the body
   * writes it so inside a sentence; other words go to lower case. A title in running case is
   * returned as it is.
   */
  static String recased(String title, String body, List<Mention> ms) {
    int from = kickerEnd(title);
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(title);
    while (m.find()) {
      if (m.start() >= from) {
        words.add(new int[] {m.start(), m.end()});
      }
    }
    int content = 0;
    int capital = 0;
    for (int i = 1; i < words.size(); i++) {
      String w = title.substring(words.get(i)[0], words.get(i)[1]);
      if (w.length() >= 3 && !FUNCTION.contains(w.toLowerCase(Locale.ROOT))) {
        content++;
        capital += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    if (content < 2 || capital < TITLE_SHARE * content) {
      return title;
    }
    Map<String, int[]> seen = bodyCase(body == null ? "" : body);
    char[] out = title.toCharArray();
    for (int i = 0; i < words.size(); i++) {
      int s = words.get(i)[0];
      int e = words.get(i)[1];
      String w = title.substring(s, e);
      if (!Character.isUpperCase(w.charAt(0)) || w.contains(".")) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      // counts[0]: written in lower case; [1]: capitalised inside a sentence; [2]: in capitals
      int[] counts = seen.getOrDefault(lower, new int[3]);
      boolean caps = w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT));
      if (caps && (Casing.acronym(w) || counts[2] > 0)) {
        continue; // "NATO", or a name the body prints in capitals too
      }
      boolean name = named(ms, s, e) || counts[1] > counts[0] && !FUNCTION.contains(lower);
      if (name || i == 0) {
        for (int k = s + 1; caps && k < e; k++) {
          out[k] = Character.toLowerCase(out[k]); // "VELMORA" as the body writes it, "Velmora"
        }
      } else if (lower.length() == w.length()) {
        lower.getChars(0, lower.length(), out, s);
      }
    }
    return new String(out);
  }

  /** Whether the word at [s, e) lies in a name. */
  private static boolean named(List<Mention> ms, int s, int e) {
    for (Mention x : ms) {
      if (x.start() < e && s < x.end() && !"NATIONALITY".equals(x.type())) {
        return true;
      }
    }
    return false;
  }

  /** Per lower-cased word of the body: how often written in lower case, how often capitalised mid-sentence. */
  private static Map<String, int[]> bodyCase(String body) {
    Map<String, int[]> out = new HashMap<>();
    Matcher m = WORD.matcher(body);
    while (m.find()) {
      String w = m.group();
      int[] c = out.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[3]);
      if (Character.isLowerCase(w.charAt(0))) {
        c[0]++;
      } else if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))) {
        c[2]++;
      } else if (!sentenceStart(body, m.start())) {
        c[1]++;
      }
    }
    return out;
  }

  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch) || ch == '"' || ch == '“' || ch == '‘' || ch == '\'' || ch == '(') {
        continue;
      }
      return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '\n';
    }
    return true;
  }

  /**
   * Where the headline proper starts: after a kicker ("Border row: ", "Velmora and Dastria: ") of
   * at most six words, else 0.
   */
  static int kickerEnd(String title) {
    int colon = title.indexOf(": ");
    if (colon <= 0) {
      return 0;
    }
    String kicker = title.substring(0, colon);
    if (kicker.split("\\s+").length > 6 || title.substring(colon + 2).split("\\s+").length < 3) {
      return 0;
    }
    int at = colon + 1;
    while (at < title.length() && Character.isWhitespace(title.charAt(at))) {
      at++;
    }
    return at;
  }

  /** Whether the title reports no event: a question, a feature, an opinion or review. */
  static boolean noNews(String title) {
    String t = title.strip();
    if (t.endsWith("?") || t.endsWith("?\"") || t.endsWith("?”")) {
      return true;
    }
    int from = kickerEnd(t);
    if (from > 0 && NO_NEWS_KICKER.matcher(t.substring(0, from)).find()) {
      return true;
    }
    return NO_NEWS.matcher(t).find() || from > 0 && NO_NEWS.matcher(t.substring(from)).find()
        || LISTICLE.matcher(t.substring(from)).find();
  }

  /**
   * The parse of the headline proper ({@code title[start, end)} after any kicker) in running
   * text, with an elided "was" put back before a lone past participle ("Minister arrested in X")
   * and "is" before a lone -ing form ("Prosecutors investigating X"); the added word is taken out
   * of the parse again, so every offset is the title's. Null when the title reports nothing.
   */
  static Parse parse(DepParser parser, String title, int start, int end) {
    if (noNews(title)) {
      return null;
    }
    int begin = Math.max(start, kickerEnd(title));
    if (begin >= end) {
      return null;
    }
    Parse p = parser.parse(title, begin, end);
    int at = elided(p);
    if (at < 0) {
      return p;
    }
    Parse.Tok verb = p.tok(at);
    // a verb read as a noun is made a verb by the word before it: "will arrest", "also shells"
    String aux = verb.tag().equals("VBG") ? "is " : verb.tag().equals("NN") ? "will "
        : verb.tag().equals("NNS") ? "also " : "was ";
    String text = title.substring(0, verb.start()) + aux + title.substring(verb.start(), end);
    Parse q = without(parser.parse(text, begin, text.length()), verb.start(), aux.length());
    int v = at(q, verb.start());
    // kept only when the word now heads a clause as a verb; else the first reading stands
    return v >= 0 && q.tok(v).verb() && !q.in(v).isEmpty() ? q : p;
  }

  private static int at(Parse p, int start) {
    for (int i = 0; i < p.tokens().size(); i++) {
      if (p.tok(i).start() == start) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The token of a headline that needs its auxiliary back: a finite-verbless headline's first
   * participle after its subject, or a past form heading the clause with no object.
   */
  static int elided(Parse p) {
    int noun = verbAsNoun(p);
    if (noun >= 0) {
      return noun;
    }
    for (int i = 0; i < p.tokens().size(); i++) {
      String tag = p.tok(i).tag();
      if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
          || tag.equals("TO") && i + 1 < p.tokens().size() && p.tok(i + 1).tag().equals("VB")) {
        return -1; // a finite verb, or the headline's future "to hold"
      }
    }
    for (int i = 1; i < p.tokens().size(); i++) {
      Parse.Tok t = p.tok(i);
      boolean participle = t.tag().equals("VBN") || t.tag().equals("VBG")
          || t.tag().equals("VBD") && !ACTIVE_PAST.contains(t.lemma());
      if (!participle) {
        continue;
      }
      Parse.Tok before = p.tok(i - 1);
      if (!(before.noun() || before.tag().startsWith("PRP") || before.tag().equals("CD"))) {
        return -1;
      }
      if (t.tag().equals("VBD") && !p.children(i, "obj").isEmpty()) {
        return -1; // "Police arrested the suspect": an active past after all
      }
      if (t.tag().equals("VBG") && p.children(i, "obj").isEmpty()) {
        return -1; // "-ing" with nothing done to anyone: a noun phrase ("rising prices")
      }
      return i;
    }
    return -1;
  }

  /**
   * In a headline the tagger gave no verb, a lexicon verb it read as a noun between its subject
   * and its object ("Velmora police arrest Tomas Marlo": "arrest" after plural "police"), or -1.
   * The number must agree: "arrest" after a plural, "arrests" after a singular.
   */
  static int verbAsNoun(Parse p) {
    int n = p.tokens().size();
    for (Parse.Tok t : p.tokens()) {
      if (t.verb()) {
        return -1;
      }
    }
    for (int i = 1; i + 1 < n; i++) {
      Parse.Tok t = p.tok(i);
      Parse.Tok before = p.tok(i - 1);
      String next = p.tok(i + 1).tag();
      if (!(t.tag().equals("NN") || t.tag().equals("NNS")) || !before.noun()
          || Lexicon.type(new Parse.Tok(t.start(), t.end(), t.word(), t.lemma(), "VB")) == null
          || !OBJECT_START.contains(next)) {
        continue;
      }
      boolean plural = before.tag().equals("NNS") || before.tag().equals("NNPS")
          || Lexicon.GROUP_ACTORS.contains(before.lemma().toLowerCase(Locale.ROOT));
      if (t.tag().equals("NN") ? plural : !plural) {
        return i;
      }
    }
    return -1;
  }

  /** {@code q} without the {@code len} characters inserted at {@code at}: their token and arcs go. */
  static Parse without(Parse q, int at, int len) {
    List<Parse.Tok> toks = new ArrayList<>();
    int[] index = new int[q.tokens().size()];
    for (int i = 0; i < q.tokens().size(); i++) {
      Parse.Tok t = q.tok(i);
      if (t.start() >= at && t.end() <= at + len) {
        index[i] = -1;
        continue;
      }
      index[i] = toks.size();
      int shift = t.start() >= at + len ? len : 0;
      toks.add(new Parse.Tok(t.start() - shift, t.end() - shift, t.word(), t.lemma(), t.tag()));
    }
    List<Parse.Arc> arcs = new ArrayList<>();
    for (Parse.Arc a : q.arcs()) {
      int gov = a.gov() < 0 ? -1 : index[a.gov()];
      int dep = index[a.dep()];
      if (dep >= 0 && (a.gov() < 0 || gov >= 0)) {
        arcs.add(new Parse.Arc(gov, dep, a.rel()));
      }
    }
    return new Parse(toks, arcs);
  }

  /**
   * A title event with no date of its own: a headline says neither the day ("drops inquiry" may be
   * last week's news, "to hold talks" next week's), so the report's exact day becomes the week up
   * to it (or from it, when planned). Then the title joins the lead's mention of the same event
   * ("on Saturday") instead of standing beside it.
   */
  static DepFinder.Found dated(DepFinder.Found f, DateRange published) {
    if (!published.isExact() || !f.date().equals(published)) {
      return f;
    }
    return new DepFinder.Found(f.type(), f.mode(), f.status(), week(published, f.status()),
        f.locationId(),
        f.participants(), f.start(), f.end(), f.confidence(), f.claim());
  }

  /**
   * After the title is read: a title event that joined no mention of the article's text gets the
   * report's day back. Its week was only for meeting the lead; across articles a week would join
   * it to any report of the same type and sides that week (the merge takes the first that fits).
   */
  static void settle(List<Event> events, DateRange published) {
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      boolean titleOnly = e.sources().stream().allMatch(s -> Part.TITLE.equals(s.part()));
      if (titleOnly && published.isExact() && e.date().equals(week(published, e.status()))) {
        events.set(i, new Event(e.id(), e.type(), e.mode(), e.status(), published,
            e.locationId(), e.participants(), e.sources(), e.confidence(), e.claims(),
            e.dateBasis()));
      }
    }
  }

  /** The week up to the report's day, or from it for a planned event (exact reports only). */
  static DateRange week(DateRange published, String status) {
    LocalDate day = published.value();
    return "planned".equals(status) ? DateRange.between(day, day.plusDays(RECENT_DAYS))
        : DateRange.between(day.minusDays(RECENT_DAYS), day);
  }
}

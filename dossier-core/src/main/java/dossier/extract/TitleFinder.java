package dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the title among the lines above the body: a headline-shaped line (a few words, no closing
 * full stop) close to where the body starts, preferring a line with its byline or date right under
 * it and a line the page repeats (sites print the title twice, or once more in a breadcrumb
 * "Home » Title"). Player, share and widget lines, captions, bylines, date lines, section labels
 * (kickers) and decks are passed over.
 */
final class TitleFinder {
  private TitleFinder() {}

  /** The chosen title line and the title text (a breadcrumb's tail, say). */
  record Title(int index, String text) {}

  /**
   * Chooses the title.
   *
   * @param lines all lines of the page
   * @param reasons why each line was cut so far (null when not cut)
   * @param bodyStart index of the first body line
   * @param norms the page's normalised lines
   * @return the title, or null when no line fits
   */
  static Title find(List<Line> lines, String[] reasons, int bodyStart, Norms norms) {
    Title best = null;
    Title aboveBest = null;
    Title last = null;
    Title belowBest = null;
    double bestScore = 0;
    int between = 0;
    double distance = 0;
    // The title sits near the body; menus far above it offer no title.
    for (int i = bodyStart - 1; i >= 0 && between < 25; i--) {
      double s = rate(lines, reasons, norms, i);
      if (Double.isNaN(s)) {
        continue;
      }
      between++;
      if (s <= 0) {
        // Share bars, captions and fragments push the title away less than headline-like lines.
        distance += 0.3;
        continue;
      }
      // A headline with its byline or date right under it stays the title further from the body
      // (videos, galleries and link boxes often stand between header and text).
      s -= (metaBelow(lines, reasons, i) >= ANCHORED ? 0.3 : 0.8) * distance;
      distance += 1;
      Title here = new Title(i, candidate(lines.get(i), reasons[i]));
      if (best != null && last == best) {
        aboveBest = here;
      }
      if (s > bestScore) {
        bestScore = s;
        best = here;
        belowBest = last;
        aboveBest = null;
      }
      last = here;
    }
    best = isDeck(best, aboveBest) ? aboveBest : isKicker(best, belowBest) ? belowBest : best;
    if (best == null || !Masthead.anchored(lines, reasons, best.index())) {
      Title far = Masthead.above(lines, reasons, bodyStart - 1, l -> rate(lines, reasons, norms, l),
          l -> candidate(lines.get(l), reasons[l]));
      // only above the line chosen: a deck between headline and byline is anchored too
      best = far != null && (best == null || far.index() < best.index()) ? far : best;
    }
    // The prose region may begin at the headline or at a quote above it: a headline-shaped line at
    // the region's head with the byline or date right under it is the title.
    int seen = 0;
    for (int i = Math.max(0, bodyStart); i < lines.size() && seen < 4; i++) {
      if (lines.get(i).blank() || lines.get(i).words() == 0) {
        continue;
      }
      seen++;
      String text = candidate(lines.get(i), reasons[i]);
      double s = rate(lines, reasons, norms, i);
      if (text != null && s > bestScore && Line.countWords(text) <= 20 && !text.endsWith(".")
          && (metaBelow(lines, reasons, i) >= ANCHORED
              || isMeta(lines, reasons, previousLine(lines, i)))) {
        return new Title(i, text);
      }
    }
    return best;
  }

  /**
   * How much line {@code i} looks like the title: NaN when it is no candidate at all (empty,
   * byline, date), 0 or less when it is a candidate that fails (a widget, a caption).
   */
  private static double rate(List<Line> lines, String[] reasons, Norms norms, int i) {
    Line l = lines.get(i);
    // Empty list markers ("*") of icon rows say nothing and do not push the title away.
    if (l.blank() || l.words() == 0) {
      return Double.NaN;
    }
    String text = candidate(l, reasons[i]);
    if (text == null || Metadata.isDateLine(l) || STAMP.matcher(text).lookingAt()
        || BylineParser.byline(text) != null || isCreditPlace(text)
        || ROLE.matcher(text).matches()) {
      return Double.NaN;
    }
    int next = nextLine(lines, i);
    if (next >= 0 && isBylineAbove(text, lines.get(next)) && (Line.countWords(text) <= 3
        || text.contains(",") || text.contains(" and ") || text.contains(" & ")
        || headlineAbove(lines, i))) {
      // A name line right above the date line is the byline; the headline stands above it.
      return Double.NaN;
    }
    double s = score(text, l);
    if (s <= 0 || isWidget(text) || isCaption(text, next < 0 ? null : lines.get(next))) {
      return 0;
    }
    if (Line.countWords(text) >= 4 && repeated(lines, norms, i, norm(text))) {
      s += 3;
    }
    double meta = metaBelow(lines, reasons, i);
    // A sentence over the byline is a deck or a lead more often than a headline.
    return s + (text.endsWith(".") && !text.endsWith("...") ? meta / 2 : meta);
  }

  private static final Pattern TRAILING_RULE = Pattern.compile("\\s+[-=_*~]{3,}\\s*$");
  /** Bonus for a byline or date line straight under a line. */
  private static final double ANCHORED = 4;
  /** A name with a role ("Jane Doe Senior Contributor"): a byline. */
  private static final Pattern ROLE = Pattern.compile(
      "(?:\\[[^\\]]*\\]\\s*)*(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}"
      + "(?i:(?:senior |staff |contributing |chief |deputy |associate |special )?(?:contributor|writer"
      + "|editor|reporter|correspondent|columnist|journalist))");

  /**
   * Whether {@code best} is a kicker (a section or topic label of a few words) printed just above
   * the headline: the longer headline-shaped line under it is the title.
   */
  private static boolean isKicker(Title best, Title below) {
    if (best == null || below == null || below.index() - best.index() > 4) {
      return false;
    }
    String t = below.text();
    return Line.countWords(best.text()) <= 4 && Line.countWords(t) >= 6
        && !(t.endsWith(".") && !t.endsWith("..."));
  }

  /**
   * Whether {@code best} is a deck (standfirst) printed between a shorter headline and the
   * byline: a long line right under a headline-shaped line of at least four words.
   */
  private static boolean isDeck(Title best, Title above) {
    if (best == null || above == null || best.index() - above.index() > 3) {
      return false;
    }
    int words = Line.countWords(best.text());
    int aboveWords = Line.countWords(above.text());
    String t = above.text();
    return words >= 12 && aboveWords >= 4 && aboveWords * 4 <= words * 3
        && !(t.endsWith(".") && !t.endsWith("...")) && !t.equals(t.toUpperCase(Locale.ROOT));
  }

  /** A time stamp line ("Updated Nov 19, 9:41 AM", "1 day ago"), even when its date is garbled. */
  private static final Pattern STAMP = Pattern.compile(
      "(?i)(?:(?:last )?(?:published|updated|posted|publicado|publié|veröffentlicht)\\b.{0,20}\\d"
          + "|(?:today|yesterday)\\W+\\d{1,2}[:.]\\d{2}\\b"
          + "|\\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago\\b"
          + "|(?:mon|tue|wed|thu|fri|sat|sun)\\w*,? \\d{1,2} \\p{L}+ \\d{4}\\b"
          + "|.{0,60}\\blast (?:modified|updated)\\b|publish(?:ed)?(?: date| on)?\\s*:?\\s*$"
          + "|by\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu}.{0,80}\\b(?:on|at)\\s+\\d)");

  /** Player, share and link-widget wording: no headline says these. */
  private static final Pattern WIDGET = Pattern.compile("(?i)\\bplayback\\b"
      + "|\\benable javascript\\b|\\bpermalink\\b|email this\\b"
      + "|^\\W*\\d*(?:tweet|share|pin|post|email) (?:about )?this\\b"
      + "|^(?:pin|share|tweet|post|send|email) (?:it )?(?:on|via|to|with) \\w+$|\\bshare (?:on|via|this|to)\\b"
      + "|\\bbrowse all\\b|\\bopen in a new window\\b|^you are here\\b|\\bnews emails\\b|\\w_\\w"
      + "|^key points$|^(?:share|tweet|submit|email|print"
      + "|save|pin|comment|comments|like|follow)(?:\\s+(?:share|tweet|submit|email|print|save|pin|comment"
      + "|comments|like|follow))+$");
  /** A photo credit line under a caption ("Jane Doe | Agency Images", "Photo by ..."). */
  private static final Pattern PHOTO_CREDIT = Pattern.compile("(?i)^©|\\b(?:images?|photos?|photograph"
      + "\\w*|pictures?|illustration|file photo|pool|courtesy)\\b");
  /** A caption that ends with the picture agency in brackets ("... in 2019. (AP)"). */
  private static final Pattern CAPTION_END = Pattern.compile("\\([\\p{Lu}][\\p{L}/ .-]{1,40}\\)\\W*$");
  /** A credit written into the caption itself ("Photo illustration by ..."). */
  private static final Pattern CREDIT_IN = Pattern.compile("(?i)\\b(?:photo|image|picture|illustration)s?"
      + "(?: illustration)? (?:by|credit|courtesy)\\b");
  private static final Pattern NAME_WORDS = Pattern.compile(
      "^(?:\\[[^\\]]*\\]\\s*)*[\\p{Lu}][\\p{L}.'’-]*(?:,?\\s+(?:and\\s+|&\\s+)?[\\p{Lu}][\\p{L}.'’-]*){1,7}$");

  /** "Agency, Place," : the credit and dateline of a wire story, printed on its own line. */
  static boolean isCreditPlace(String text) {
    int comma = text.indexOf(',');
    return comma > 0 && text.length() <= 60 && Agencies.isAgency(text.substring(0, comma).strip());
  }

  /**
   * Share bars, players, score-table rows ("Team 18 22 13 17 — 70"), bare web addresses and menu
   * labels ending in a separator: never a headline.
   */
  static boolean isWidget(String text) {
    int numbers = 0;
    String[] tokens = text.split("\\s+");
    for (String tok : tokens) {
      if (!tok.isEmpty() && Character.isDigit(tok.charAt(0))) {
        numbers++;
      }
    }
    return WIDGET.matcher(text).find() || numbers * 2 >= tokens.length
        || (tokens.length <= 4 && (text.contains("www.") || text.contains("://")))
        || text.endsWith("/") || text.endsWith("|") || text.endsWith("»")
        || (text.endsWith(":") && tokens.length <= 3);
  }

  /** A caption: its agency in brackets at the end, or a photo credit on the next line. */
  static boolean isCaption(String text, Line next) {
    if (CAPTION_END.matcher(text).find() && text.contains(".") || CREDIT_IN.matcher(text).find()) {
      return true;
    }
    return Line.countWords(text) > 4 && next != null && next.words() <= 12 && next.text().length() <= 100
        && PHOTO_CREDIT.matcher(next.text()).find() && !Metadata.isDateLine(next);
  }

  /** "Jane Doe" or "Jane Doe Agency Press" straight above a date line. */
  static boolean isBylineAbove(String text, Line next) {
    // Callers also ask for a short name, joined names or an agency, or a headline above: a title in
    // capitals right above its date line looks alike.
    return text.length() <= 60 && NAME_WORDS.matcher(text).matches()
        && (Metadata.isDateLine(next) || STAMP.matcher(next.text()).lookingAt());
  }

  /**
   * Bonus for a byline or date line just below: sites print headline, byline, date, lead in that
   * order, while captions, promos and related links have none under them.
   */
  private static double metaBelow(List<Line> lines, String[] reasons, int at) {
    int seen = 0;
    for (int j = at + 1; j < lines.size() && seen < 3; j++) {
      Line l = lines.get(j);
      if (l.blank() || l.words() == 0) {
        continue;
      }
      String r = reasons[j];
      // A bare name over a time stamp is a byline only under a headline-sized line: a section
      // label over the date looks alike.
      if (isMeta(lines, reasons, j)
          || Line.countWords(lines.get(at).text()) >= 5 && isNameOverDate(lines, j)) {
        return seen == 0 ? ANCHORED : 1;
      }
      seen++;
    }
    return 0;
  }

  private static boolean isMeta(List<Line> lines, String[] reasons, int j) {
    if (j < 0) {
      return false;
    }
    Line l = lines.get(j);
    String r = reasons[j];
    return "byline".equals(r) || "date".equals(r) || Metadata.isDateLine(l)
        || STAMP.matcher(l.text()).lookingAt() || BylineParser.byline(l.text()) != null;
  }

  private static boolean isNameOverDate(List<Line> lines, int j) {
    Line l = lines.get(j);
    int next = nextLine(lines, j);
    return next >= 0 && next - j <= 2 && Line.countWords(l.text()) <= 3
        && isBylineAbove(l.text(), lines.get(next));
  }

  /** Whether one of the three lines above is headline-shaped (five words or more, no full stop). */
  private static boolean headlineAbove(List<Line> lines, int at) {
    int j = at;
    for (int k = 0; k < 3; k++) {
      j = previousLine(lines, j);
      if (j < 0) {
        return false;
      }
      String t = lines.get(j).text();
      if (Line.countWords(t) >= 5 && !t.endsWith(".") && !isWidget(t)) {
        return true;
      }
    }
    return false;
  }

  private static int previousLine(List<Line> lines, int at) {
    for (int j = at - 1; j >= 0; j--) {
      if (!lines.get(j).blank() && lines.get(j).words() > 0) {
        return j;
      }
    }
    return -1;
  }

  private static int nextLine(List<Line> lines, int at) {
    for (int j = at + 1; j < lines.size(); j++) {
      if (!lines.get(j).blank() && lines.get(j).words() > 0) {
        return j;
      }
    }
    return -1;
  }

  /** The title text a line may offer, or null. */
  private static String candidate(Line l, String reason) {
    if (l.bullet()) {
      return null;
    }
    if (reason == null || reason.equals("boilerplate-recurring")) {
      if (reason != null) {
        return null;
      }
      // "Section » Subsection » Title": the trail's last step is the title.
      // A rule drawn under the headline in the same line ("Title -----") is no part of it.
      String t = TRAILING_RULE.matcher(l.text()).replaceFirst("");
      return t.contains(" » ") || t.contains(" › ") ? LineClassifier.breadcrumbTail(t) : t;
    }
    if (reason.equals("navigation")) {
      String tail = LineClassifier.breadcrumbTail(l.text());
      return tail != null && Line.countWords(tail) >= 3 ? tail : null;
    }
    return null;
  }

  private static double score(String text, Line l) {
    int words = Line.countWords(text);
    if (words < 2 || text.length() < 8 || text.length() > 250 || words > 35) {
      return 0;
    }
    double s = 2;
    // A sentence ("... right now.") or a lead-in ("Here's why:") is prose, not a headline.
    if (text.endsWith(".") && !text.endsWith("...") || text.endsWith(":")) {
      s -= 1.5;
    }
    if (words < 4) {
      s -= 1.2;
    } else if (words >= 6 && words <= 20) {
      s += 0.4;
    }
    if (words > 20) {
      s -= 0.8;
    }
    if (text.equals(text.toUpperCase(Locale.ROOT)) && words > 1) {
      s -= 0.5;
    }
    return s;
  }

  private static boolean repeated(List<Line> lines, Norms norms, int at, String key) {
    for (int j = 0; j < lines.size(); j++) {
      int len = lines.get(j).text().length();
      if (j != at && len > 0 && len <= 300 && norms.mayEndWith(j, key) && norms.get(j).endsWith(key)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case letters and digits, single spaces between runs: for comparing lines. */
  static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }
}

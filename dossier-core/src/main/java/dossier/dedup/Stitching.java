package dossier.dedup;

import dossier.model.Article;
import dossier.model.ArticleFlag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article stitched from many reports on one subject, which {@link Cohesion} cannot see
 * since every piece shares the subject's words. Two signals of the way pieces are cut out of
 * their reports, both needed:
 *
 * <ul>
 *   <li><b>reporting days</b>: a report is written on one day and looks back a few days, so it
 *       names one or two days ("on Thursday", "late on Friday"); pieces of reports from different
 *       days name many ({@link #MIN_DAYS} or more distinct weekdays and dates without a year);
 *   <li><b>people never introduced</b>: a report introduces a person by full name or title
 *       before quoting them by surname, so a surname alone speaking ("X said", "X predicted") shows
 *       a sentence lifted from the middle of its report ({@link #MIN_BARE} or more distinct).
 * </ul>
 *
 * Years do not count as reporting days, so a long report recalling background history holds
 * together. Calibrated on 372 real reports of eight paragraphs or more (the news-stories
 * development set, the sample corpus, the seeds): 17 name four or more days, 5 have three or more
 * bare speakers, none both apart from the stitched seed (docs/BENCHMARKS.md).
 */
public final class Stitching {
  /** The flag's detail starts with this, so later runs can tell this signal's flags apart. */
  public static final String DETAIL = "pieces of several reports: ";
  static final int MIN_PARAGRAPHS = 8;
  static final int MIN_DAYS = 4;
  static final int MIN_BARE = 3;

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final String MONTHS = "January|February|March|April|May|June|July|August|"
      + "September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  /** "April 5" or "5 April", not followed by a year (a dated background fact is no report day). */
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:(" + MONTHS
      + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})|(\\d{1,2}) (" + MONTHS
      + ")\\b(?!,? \\d{4}))");
  private static final String SPEECH = "said|says|told|added|stated|alleged|predicted|claimed|"
      + "warned|insisted|noted|urged|argued|wrote|sought|will|would|has|had";
  /** A capitalised word speaking, after a lower-case word, comma or closing quote, or opening a line. */
  private static final Pattern SPEAKER = Pattern.compile("(?:(?<=[\\p{Ll},\"\u201D] )|^)(\\p{Lu}[\\p{L}\\p{M}-]+)"
      + "(?:['\u2019]s)? (?:" + SPEECH + ")\\b", Pattern.MULTILINE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019-]*");
  private static final Set<String> CALENDAR = Set.of(("monday tuesday wednesday thursday friday"
      + " saturday sunday january february march april may june july august september october"
      + " november december").split(" "));

  /** Role words that introduce the name after them ("the mayor X"): a general list. */
  private static final Set<String> ROLES = Set.of(("minister president premier mayor governor"
      + " spokesman spokeswoman spokesperson chief leader envoy ambassador secretary general"
      + " commander official senator judge director chairman chairwoman head prosecutor lawyer"
      + " adviser advisor counterpart deputy lawmaker diplomat negotiator analyst expert professor"
      + " researcher coach captain manager founder owner executive officer aide activist resident"
      + " witness survivor farmer mother father son daughter wife husband colleague candidate")
      .split(" "));
  /** An appositive after a name introduces it ("X, the regional governor, said"). */
  private static final Pattern APPOSITIVE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}-]+)"
      + "(?:['\u2019]s)?, (?:the|a|an|who|whose|its|his|her|their) ");

  private Stitching() {}

  /** A {@code composite} flag for {@code a} (of {@code paragraphs} paragraphs) when both signals hold. */
  static Optional<ArticleFlag> check(Article a, int paragraphs) {
    if (paragraphs < MIN_PARAGRAPHS) {
      return Optional.empty();
    }
    Set<String> days = days(a.text());
    if (days.size() < MIN_DAYS) {
      return Optional.empty();
    }
    Set<String> bare = bareSpeakers(a.text());
    if (bare.size() < MIN_BARE) {
      return Optional.empty();
    }
    return Optional.of(new ArticleFlag(a.id(), "composite", DETAIL + days.size()
        + " different reporting days (" + String.join(", ", days) + ") and " + bare.size()
        + " people quoted by surname alone, never introduced (" + String.join(", ", bare) + ")",
        List.of()));
  }

  /** Whether {@code f} came from this signal (stored flags are told apart by their detail). */
  static boolean mine(ArticleFlag f) {
    return "composite".equals(f.flag()) && f.detail() != null && f.detail().startsWith(DETAIL);
  }

  /** Distinct weekdays and yearless dates named, in text order of first mention. */
  static Set<String> days(String text) {
    Set<String> out = new java.util.LinkedHashSet<>();
    Matcher w = WEEKDAY.matcher(text);
    while (w.find()) {
      out.add(w.group(1));
    }
    Matcher d = DAY_MONTH.matcher(text);
    while (d.find()) {
      String month = d.group(1) != null ? d.group(1) : d.group(4);
      String day = d.group(2) != null ? d.group(2) : d.group(3);
      out.add(month.substring(0, 3) + " " + Integer.parseInt(day));
    }
    return out;
  }

  /**
   * Capitalised single words that speak but are never introduced: not after a first name, a
   * capitalised title or a role word ("the mayor X") anywhere, never followed by an appositive
   * ("X, the regional governor,"), never written in lower case (a sentence-initial common word), not a
   * calendar word, not all capitals (an agency or acronym), and without a longer form sharing
   * their stem ("Xland" beside "Xlandish" is a place or people, not a person).
   */
  static Set<String> bareSpeakers(String text) {
    List<String> words = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>(); // whether only spaces separate a word from the last
    Matcher m = WORD.matcher(text);
    int last = -1;
    while (m.find()) {
      gaps.add(last >= 0 && text.substring(last, m.start()).isBlank()
          && text.substring(last, m.start()).indexOf('\n') < 0 ? 1 : 0);
      words.add(m.group());
      last = m.end();
    }
    Set<String> introduced = new HashSet<>();
    Set<String> lower = new HashSet<>();
    Set<String> capitals = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String w = strip(words.get(i));
      if (Character.isLowerCase(w.charAt(0))) {
        lower.add(w.toLowerCase(Locale.ROOT));
      } else if (Character.isUpperCase(w.charAt(0))) {
        capitals.add(w);
        String prev = i > 0 && gaps.get(i) == 1 ? words.get(i - 1) : "";
        if (!prev.isEmpty() && (Character.isUpperCase(prev.charAt(0)) || ROLES.contains(prev))) {
          introduced.add(w);
        }
      }
    }
    Matcher ap = APPOSITIVE.matcher(text);
    while (ap.find()) {
      introduced.add(ap.group(1));
    }
    Set<String> out = new TreeSet<>();
    Matcher s = SPEAKER.matcher(text);
    while (s.find()) {
      String w = s.group(1);
      if (w.length() < 3 || w.equals(w.toUpperCase(Locale.ROOT)) || introduced.contains(w)
          || lower.contains(w.toLowerCase(Locale.ROOT))
          || CALENDAR.contains(w.toLowerCase(Locale.ROOT)) || hasLongerForm(w, capitals)) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  private static boolean hasLongerForm(String w, Set<String> capitals) {
    String stem = w.substring(0, Math.max(2, w.length() - 2));
    for (String c : capitals) {
      if (c.length() > w.length() && c.startsWith(stem) && !c.startsWith(w + "'")
          && !c.startsWith(w + "\u2019")) {
        return true;
      }
    }
    return false;
  }

  /** A word without a possessive ending. */
  private static String strip(String w) {
    return w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
  }
}

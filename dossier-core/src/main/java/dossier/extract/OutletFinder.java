package dossier.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publishing site from what a page says about itself: its blurb ("X is an online news
 * outlet"), its alternate addresses ("X's website can also be accessed"), its app promos ("Stay
 * tuned with X App"), its copyright ("© 2020 X"), a "source: X" line, a non-agency dateline
 * "(X) –", or a "Title | X" suffix. Checked in that order: the first kinds name the site itself.
 */
final class OutletFinder {
  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String NAME = "(?<o>[\\p{Lu}\\d][\\p{L}\\d.&'’-]*(?: [\\p{L}\\d.&'’-]+){0,5}?)";
  private static final Pattern[] SELF = {
    Pattern.compile("^" + NAME + "(?:'s|’s) (?:website|site) can also be accessed"),
    Pattern.compile("^" + NAME + " is an? (?:[\\p{L}-]+ ){0,4}(?:news|media|information) (?:outlet"
        + "|website|site|portal|organi[sz]ation|publication|platform|network|source|company"
        + "|service)"),
    Pattern.compile("^(?i:stay (?:tuned|connected|updated) with) " + NAME
        + "(?: (?i:android|ios|iphone|mobile))? (?i:app)\\b"),
    Pattern.compile("^(?i:download (?:the|our)) " + NAME + " (?i:app)\\b"),
    Pattern.compile("^(?i:follow|like) " + NAME + " on (?i:twitter|facebook|instagram|telegram)"),
  };
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?:©|\\([cC]\\)|(?i:copyright))\\s*(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2,4})?)?\\s*,?\\s*"
          + "(?:(?i:by)\\s+)?" + NAME + "(?:,? (?:LLC|Inc|Ltd|GmbH|Limited|Corp|S\\.A)\\.?)?"
          + "\\s*(?:[.,|]|(?i:all rights)|$)");
  private static final Pattern SOURCE = Pattern.compile("^(?i:source)\\s*:\\s*" + NAME + "\\W*$");
  private static final Pattern TITLE_SUFFIX = Pattern.compile(
      "\\s(?:\\||-|–|—)\\s" + NAME + "$");
  private static final Pattern NEWSY = Pattern.compile(
      "\\b(?:news|times|post|daily|herald|tribune|tv|online|journal|gazette|press|today|express"
          + "|telegraph|guardian|wire|media|observer|chronicle|review|standard|mail|star|sun)\\b", I);

  private OutletFinder() {}

  /**
   * The outlet named by the page, or null.
   *
   * @param lines every non-blank line text of the page
   * @param datelineParen the parenthesised part of the dateline, or null
   * @param title the title, or null
   */
  static String find(List<String> lines, String datelineParen, String title) {
    String o = plausible(named(lines, datelineParen, title));
    if (o == null) {
      o = masthead(lines.isEmpty() ? "" : lines.get(0));
    }
    // "The Daily Example." printed as a sentence: the name has no closing punctuation.
    int end = o == null ? 0 : o.length();
    while (end > 0 && ".,;:!?".indexOf(o.charAt(end - 1)) >= 0) {
      end--;
    }
    return o == null || end == 0 ? null : o.substring(0, end).trim();
  }

  /**
   * A short Title Case line first on the page, before the title, is most often the site's
   * masthead. A weaker signal than the site naming itself, so only a fallback.
   */
  private static String masthead(String first) {
    int words = first.split(" ").length;
    if (words < 2 || words > 5 || first.length() > 40 || Line.endsSentence(first)
        || !Character.isUpperCase(first.charAt(0)) || Agencies.isAgency(first)) {
      return null;
    }
    for (String w : first.split(" ")) {
      char c = w.charAt(0);
      boolean small = w.length() <= 3 && Character.isLowerCase(c);
      if (!small && !Character.isUpperCase(c) || !w.chars().allMatch(ch -> Character.isLetter(ch)
          || ch == '&' || ch == '\'' || ch == '’' || ch == '-' || ch == '.')) {
        return null;
      }
    }
    return plausible(first);
  }

  /** Words that start navigation, account and consent lines, not a site's name. */
  private static final String[] MENU = {"home", "menu", "skip", "search", "sign in", "sign up",
    "log in", "login", "subscribe", "main menu", "main navigation", "main content", "jump",
    "toggle", "open menu", "close", "accept", "i accept", "breaking news", "latest news",
    "top stories", "more news", "more stories", "discover", "explore", "watch", "listen",
    "download", "follow", "join us", "all rights", "twitter", "facebook", "share"};
  private static final Pattern COPYRIGHT_HEAD = Pattern.compile(
      "^(?i:copyright)\\s*(?:©\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2,4})?-?\\s*)?");

  /**
   * The name without a leading "Copyright 2011-2019", or null when what was found is a menu,
   * consent or share label ("Sign up", "I Accept", "Twitter Facebook").
   */
  private static String plausible(String o) {
    if (o == null) {
      return null;
    }
    String name = COPYRIGHT_HEAD.matcher(o).replaceFirst("").trim();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (String menu : MENU) {
      // Whole words only: "Homestead Weekly" is a name, "Home" a link.
      if (lower.startsWith(menu) && (lower.length() == menu.length()
          || !Character.isLetter(lower.charAt(menu.length())))) {
        return null;
      }
    }
    return name.isEmpty() ? null : name;
  }

  private static String named(List<String> lines, String datelineParen, String title) {
    for (Pattern p : SELF) {
      for (String l : lines) {
        if (l.length() > 300 || !(l.contains("access") || l.contains(" is a")
            || l.contains(" app") || l.contains(" App") || l.contains(" on "))) {
          continue;
        }
        Matcher m = p.matcher(l);
        String o = m.lookingAt() ? clean(m) : null;
        if (o != null && !Agencies.isAgency(o)) {
          return o;
        }
      }
    }
    String masthead = repeatedMasthead(lines);
    if (masthead != null) {
      return masthead;
    }
    for (String l : lines) {
      if (l.length() < 200 && (l.indexOf('©') >= 0 || l.contains("(c)") || l.contains("(C)")
          || l.regionMatches(true, 0, "copyright", 0, 9) || l.contains("opyright"))) {
        String o = group(COPYRIGHT.matcher(l));
        if (o != null && !Agencies.isAgency(o) && o.length() > 1
            && Character.isUpperCase(o.charAt(0))) {
          return o;
        }
      }
    }
    for (String l : lines) {
      if (l.length() > 100 || !l.regionMatches(true, 0, "source", 0, 6)) {
        continue;
      }
      String o = group(SOURCE.matcher(l));
      if (o != null && !Agencies.isAgency(o)) {
        return o;
      }
    }
    if (datelineParen != null && !Agencies.isAgency(datelineParen.split("[/,]")[0])
        && Character.isUpperCase(datelineParen.charAt(0))) {
      return datelineParen.trim();
    }
    if (title != null) {
      String o = group(TITLE_SUFFIX.matcher(title));
      if (o != null && NEWSY.matcher(o).find()) {
        return o;
      }
    }
    return null;
  }

  /** The title without a trailing " | Outlet" or " - Outlet" naming a site. */
  static String stripSuffix(String title) {
    Matcher m = TITLE_SUFFIX.matcher(title);
    if (m.find() && NEWSY.matcher(m.group("o")).find() && m.start() > 15) {
      return title.substring(0, m.start()).trim();
    }
    return title;
  }

  private static String group(Matcher m) {
    return m.find() ? clean(m) : null;
  }

  /**
   * The site's name printed as a short line at the top of the page (a masthead) and again inside
   * another line ("Trending on X", "X is published by..."), in the spelling of that other line.
   */
  private static String repeatedMasthead(List<String> lines) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < 6; i++) {
      String top = lines.get(i);
      seen++;
      int words = top.split(" ").length;
      if (words > 5 || words < 2 || top.length() < 3 || !Character.isLetterOrDigit(top.charAt(0))
          || Agencies.isAgency(top) || LineClassifier.breadcrumbTail(top) != null) {
        continue;
      }
      String key = top.toLowerCase(java.util.Locale.ROOT);
      for (int j = 0; j < lines.size(); j++) {
        String other = lines.get(j);
        // Length first: lower-casing every line of the page for each masthead candidate is costly.
        if (j == i || other.length() <= top.length() + 3 || other.length() >= 300) {
          continue;
        }
        int at = other.toLowerCase(java.util.Locale.ROOT).indexOf(key);
        if (at >= 0
            && (at + key.length() == other.length() || !Character.isLetter(other.charAt(at + key.length())))) {
          // Keep the masthead's own spelling unless it is set in capitals.
          return top.equals(top.toUpperCase(java.util.Locale.ROOT))
              ? other.substring(at, at + key.length()) : top;
        }
      }
    }
    return null;
  }

  private static String clean(Matcher m) {
    String o = m.group("o").trim();
    // "X. All rights reserved", "X 2024", "X.": keep the name only.
    int stop = o.indexOf(". ");
    o = stop > 0 ? o.substring(0, stop) : o;
    o = o.replaceAll("\\s+(?:19|20)\\d{2}$", "").replaceAll("[.,;:]+$", "").trim();
    return o.isEmpty() || o.split(" ").length > 6 ? null : o;
  }
}

package dossier.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names what a line is when its shape or wording says it is not article text: share and follow
 * prompts, advertisement markers, app promos, comment prompts, related-article headers, the site's
 * blurb about itself, an agency's blurb, "source:" lines, copyright, image placeholders and
 * breadcrumbs. Returns a short machine-friendly reason, or null when the line may be text.
 * Captions, bylines and date lines are recognised by their own classes.
 */
final class LineClassifier {
  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String SOCIAL =
      "facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|copy link"
          + "|messenger|tumblr|flipboard|instagram|youtube|tiktok|vk|x";

  /** Rules compiled into one pattern, one capturing group a rule: one match attempt a line. */
  private record Rules(Pattern pattern, String[] reasons) {
    static Rules of(String[]... rules) {
      StringBuilder b = new StringBuilder("(?:");
      String[] reasons = new String[rules.length];
      for (int i = 0; i < rules.length; i++) {
        b.append(i == 0 ? "(" : "|(").append(rules[i][0]).append(')');
        reasons[i] = rules[i][1];
      }
      return new Rules(Pattern.compile(b.append(')').toString()), reasons);
    }

    String match(String lower) {
      Matcher m = pattern.matcher(lower);
      if (!m.lookingAt()) {
        return null;
      }
      for (int g = 1; g <= reasons.length; g++) {
        if (m.start(g) >= 0) {
          return reasons[g - 1];
        }
      }
      return null;
    }
  }

  /** Rules for short lines (whole-line prompts and labels), matched on the lower-cased text. */
  private static final Rules SHORT_RULES = Rules.of(
    rule("^(?:(?:print|email|e-mail|save|bookmark|send)(?: this)?(?: article| story| page| link)?"
        + "|(?:partager|teilen|compartir|condividi|compartilhar)(?: (?:sur|auf|en|su|no|on) \\w+)?"
        + "|share(?: (?:this|the))?(?: (?:article|story|post|page|video))?(?: (?:on|via|with) \\w+)?|tweet|pin it"
        + "|(?:share|follow) (?:us|via)?\\s*(?:on )?(?:" + SOCIAL + ")?|(?:" + SOCIAL + ")"
        + "|sharing is caring|spread the word)\\W*$", "share"),
    rule("^(?:(?:" + SOCIAL + "|share|tweet|comments?|google\\+|\\d+)(?:[\\s,|/]+|$)){2,}$", "share"),
    rule("^(?:advertisement|advertising|advert|anzeige|publicidade|publicidad|publicité|pubblicità|sponsored(?: content| links?)?|ad|ads|promoted"
        + "|(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?"
        + "|scroll (?:down )?to continue(?: with content)?|ad choices|paid content)\\W*$",
        "advertisement"),
    rule("^(?:tell us what you think|have your say|share your (?:thoughts|views|opinion).{0,30}|leave a (?:comment|reply)|post a comment|add (?:a )?comment|comments?"
        + "|\\d+ comments?|view comments|show comments|join the (?:conversation|discussion)"
        + "|be the first to comment.*|write a comment|(?:you must be )?logged in to post a comment.*)\\W*$",
        "comment-prompt"),
    rule("^(?:related(?: articles?| stories| news| posts| coverage| content| topics| links)?"
        + "|read more|read also|also read|see also|more (?:from|on|in|stories|news)\\b.{0,40}"
        + "|most (?:read|popular|viewed|shared)|recommended(?: for you| stories)?|trending(?: now)?"
        + "|you (?:may|might) also like|popular (?:stories|posts|now)|latest (?:news|stories)"
        + "|editor'?s picks?|top stories|what you need to know|up next|more to explore"
        + "|read (?:these |this )?next|you may have missed|other (?:news|stories|articles)\\b.{0,40}|in case you missed it|tags?|filed under|topics"
        + "|você pode gostar|veja também|leia também|lesen sie auch|mehr zum thema|das könnte sie auch"
        + " interessieren|à lire aussi|lire aussi|sur le même sujet|te puede interesar|lee también"
        + "|ti potrebbe interessare|potrebbe interessarti|leggi anche|lees ook|читайте также)\\W*$", "related"),
    rule("^(?:tags?|filed under|topics|keywords|categories|category)\\s*:", "related"),
    rule("^(?:leave a (?:comment|reply)\\b|cancel reply|notify me\\b|required fields are marked"
        + "|your email address will not be published)", "comment-prompt"),
    rule("^(?:more (?:articles|stories|posts|news) (?:from|by|on)\\b|elsewhere on\\b)", "related"),
    // Mid-article link boxes: not an end of the article, unlike a "Related" header.
    rule("^(?:don'?t miss|must read|recommended reading)\\W*$", "teaser"),
    rule("^(?:keep|stay) (?:up to date|informed|in touch|connected)\\b", "promo"),
    rule("^(?:image|photo|picture|slide) \\d+ (?:of|/) \\d+\\W*$", "caption"),
    rule("^(?:read more|read also|also read|related|see also|see more|read next|more|lire aussi|lesen sie auch"
        + "|leia também|lee también|leggi anche)\\s*[:»>|-]", "related"),
    rule("^read (?:the )?(?:full|whole|original) (?:story|article|report)\\b", "related"),
    rule("^(?:(?:watch|video|listen)\\s*:|video duration\\b)", "video"),
    rule("^our standards\\b", "agency-blurb"),
    rule("^(?:about us|contact us|privacy policy|terms of (?:use|service)|cookie policy"
        + "|all rights reserved.*)\\W*$", "navigation"),
    rule("^(?:\\[[^\\]]{0,80}\\]\\s*)+$", "image"),
    rule("^(?:home|news|start|main)\\s*(?:[»›>/|]|&gt;)", "navigation"),
    rule("^(?:skip to (?:main )?content|menu|search|close|open menu|toggle navigation|back to top"
        + "|expand / collapse search|next|previous|prev|load more|show more|click here.*"
        + "|post navigation|(?:previous|next) (?:post|article|story)\\b.*"
        + "|(?:reading time|lesezeit|temps de lecture|tempo de leitura|tiempo de lectura)\\b.{0,20}"
        + "|listen to this article.{0,20}|\\d+ min(?:ute)?s? read|copy link|copier le lien"
        + "|link kopieren|partager|teilen|compartir|condividi)\\W*$",
        "navigation"),
    rule("^privacy overview$|^(?:accept|reject) (?:all )?cookies|^(?:strictly )?necessary"
        + "(?: always enabled)?$|^non-necessary$", "cookie-notice"));
  /** Rules for lines of any length up to a paragraph, matched on the lower-cased text. */
  private static final Rules LONG_RULES = Rules.of(
    rule("^save my name, email|^this site uses akismet", "comment-prompt"),
    rule("^(?:email|e-mail|contact|follow) .{0,60}@\\w", "author-contact"),
    rule("^stay tuned with .{1,60} app\\b|^download (?:the|our) .{1,40}\\bapp\\b"
        + "|^(?:subscribe|sign up|register|log ?in|sign in|join)(?: now| today| here| for free)?\\W*$"
        + "|^(?:support (?:independent|quality|our) journalism|contribute|donate|become a member)\\W*$"
        + "|^(?:subscribe|sign up) (?:to|for) (?:our|the) .{0,40}newsletter"
        + "|^get the (?:best|latest) .{0,60} (?:in|to) your inbox", "promo"),
    rule("^.{2,60}?(?:'s|’s) (?:website|site) can also be accessed", "site-blurb"),
    rule("^.{2,60}? is an? (?:[\\p{L}-]+ ){0,4}(?:news|media|information) (?:outlet|website|site"
        + "|portal|organi[sz]ation|publication|platform|network|source|company|service)", "site-blurb"),
    rule("^source\\s*:", "source-line"),
    rule("^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b|\\d{4}\\s*©)", "copyright"));
  /** Phrases that mark a line wherever they stand: phrase, reason, phrase, reason... */
  private static final String[] ANYWHERE = {
    "get it on google play", "promo", "download on the app store", "promo",
    "available on the app store", "promo", "all rights reserved", "copyright",
  };
  private static final Pattern AGENCY_BLURB = Pattern.compile(
      "^(?:the )?(?:" + Agencies.ALTERNATION + ") (?:is|was) an? [\\p{L} -]{0,40}(?:agency|service)", I);
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^(?i:with|avec|mit|con|com|source|credit|from)\\s*:?\\s*(?:[Tt]he )?(?:" + Agencies.ALTERNATION
          + ")\\W*$");
  private static final Pattern COOKIES = Pattern.compile(
      "\\bcookies?\\b.{0,120}\\b(?:website|browser|consent|experience|policy|settings|preferences)\\b"
          + "|\\b(?:website|site|we) uses? cookies\\b");
  private static final Pattern PROMO_WORDS = Pattern.compile(
      "\\b(?:subscribe|subscription|sign up|signup|newsletters?|unsubscribe|your inbox|recaptcha"
          + "|breaking news alerts|download (?:the|our) app)\\b", I);
  private static final Pattern AUTHOR_BIO = Pattern.compile(
      "^[\\p{Lu}][\\p{L}.'’ -]{2,40} (?:is|was) an? (?:[\\p{L}-]+ ){0,4}(?:reporter|writer|correspondent"
          + "|editor|journalist|contributor|columnist|producer|freelancer|author)\\b");
  private static final Pattern CRUMBS = Pattern.compile("^(?:[^»›/|>]{1,40}\\s[»›/|>]\\s){1,6}[^»›/|>]{1,120}$");

  private LineClassifier() {}

  private static String[] rule(String regex, String reason) {
    return new String[] {regex, reason};
  }

  /** Why {@code line} is not article text, or null. */
  static String reason(Line line) {
    String t = line.text();
    if (t.isEmpty()) {
      return null;
    }
    if (line.words() == 0 && isRule(t)) {
      return "rule";
    }
    if (line.words() == 1 && isNumber(t)) {
      // A lone number is a share or comment counter; list numbers sit on their item's line.
      return "counter";
    }
    // Lower-case once: case-insensitive patterns fold every character they try, many times over.
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.contains("cookie") && COOKIES.matcher(lower).find()) {
      return "cookie-notice";
    }
    if (t.length() > 400) {
      return null;
    }
    for (int i = 0; i < ANYWHERE.length; i += 2) {
      if (lower.contains(ANYWHERE[i])) {
        return ANYWHERE[i + 1];
      }
    }
    if (Agencies.mayMention(t.substring(0, Math.min(40, t.length())))
        && AGENCY_BLURB.matcher(t).lookingAt()) {
      return "agency-blurb";
    }
    if (line.words() <= 6 && Agencies.mayMention(t)
        && (CREDIT_LINE.matcher(t).matches() || Agencies.isAgency(t))) {
      return "credit-line";
    }
    String r = t.length() <= 150 && line.words() <= 20 ? SHORT_RULES.match(lower) : null;
    if (r != null) {
      return r;
    }
    r = LONG_RULES.match(lower);
    if (r != null) {
      return r;
    }
    if (line.words() <= 16 && socialNames(lower) >= 2) {
      return "share";
    }
    if (line.words() <= 35 && (lower.contains("subscri") || lower.contains("sign")
        || lower.contains("newsletter") || lower.contains("inbox") || lower.contains("recaptcha")
        || lower.contains("alerts") || lower.contains(" app")) && PROMO_WORDS.matcher(lower).find()) {
      return "promo";
    }
    if (line.words() <= 40 && (lower.contains(" is a") || lower.contains(" was a"))
        && AUTHOR_BIO.matcher(t).lookingAt()) {
      return "author-bio";
    }
    if (!line.sentenceEnd() && line.words() <= 12 && hasSeparator(t) && CRUMBS.matcher(t).matches()) {
      return "navigation";
    }
    return null;
  }

  private static final Pattern SOCIAL_NAME = Pattern.compile(
      "\\b(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|google plus|google\\+"
          + "|email|e-mail|messenger|tumblr|flipboard|instagram|youtube|tiktok)\\b");

  private static int socialNames(String lower) {
    Matcher m = SOCIAL_NAME.matcher(lower);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** A horizontal rule ("-----", "_____"): a page's break between the article and what follows. */
  private static boolean isRule(String t) {
    if (t.length() < 8) {
      return false;
    }
    char c = t.charAt(0);
    for (int i = 1; i < t.length(); i++) {
      if (t.charAt(i) != c) {
        return false;
      }
    }
    return c == '-' || c == '_' || c == '=' || c == '─' || c == '━';
  }

  private static boolean isNumber(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSeparator(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '»' || c == '›' || c == '/' || c == '|' || c == '>') {
        return true;
      }
    }
    return false;
  }

  /** The part after the last breadcrumb separator of "Home » Section » Title", or null. */
  static String breadcrumbTail(String t) {
    int cut = -1;
    for (String sep : new String[] {" » ", " › ", " > ", " / ", " | "}) {
      cut = Math.max(cut, t.lastIndexOf(sep) >= 0 ? t.lastIndexOf(sep) + sep.length() : -1);
    }
    return cut < 0 ? null : t.substring(cut).trim();
  }
}

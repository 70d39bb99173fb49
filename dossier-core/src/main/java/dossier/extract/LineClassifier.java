package dossier.extract;

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

  private record Rule(Pattern pattern, String reason) {}

  private static final Rule[] RULES = {
    rule("^(?:share|share (?:this|the) (?:article|story|post|page)|share on \\w+|tweet|pin it"
        + "|(?:share|follow) (?:us|via)?\\s*(?:on )?(?:" + SOCIAL + ")?|(?:" + SOCIAL + ")"
        + "|sharing is caring|spread the word)\\W*$", "share"),
    rule("^(?:(?:" + SOCIAL + "|share|tweet|comments?|\\d+)[\\s,|/]*){2,}$", "share"),
    rule("^(?:advertisement|advertising|sponsored(?: content| links?)?|ad|ads|promoted"
        + "|(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?"
        + "|scroll (?:down )?to continue(?: with content)?|ad choices|paid content)\\W*$",
        "advertisement"),
    rule("get it on google play|download on the app store|available on the app store"
        + "|^stay tuned with .{1,60} app\\b|^download (?:the|our) .{1,40}\\bapp\\b"
        + "|^(?:subscribe|sign up|register|log ?in|sign in|join)(?: now| today| here| for free)?\\W*$"
        + "|^(?:support (?:independent|quality|our) journalism|contribute|donate|become a member)\\W*$"
        + "|^(?:subscribe|sign up) (?:to|for) (?:our|the) .{0,40}newsletter"
        + "|^get the (?:best|latest) .{0,60} (?:in|to) your inbox", "promo"),
    rule("^(?:leave a (?:comment|reply)|post a comment|add (?:a )?comment|comments?"
        + "|\\d+ comments?|view comments|show comments|join the (?:conversation|discussion)"
        + "|be the first to comment.*|write a comment|(?:you must be )?logged in to post a comment.*)\\W*$",
        "comment-prompt"),
    rule("^(?:related(?: articles?| stories| news| posts| coverage| content| topics| links)?"
        + "|read more|read also|also read|see also|more (?:from|on|in|stories|news)\\b.{0,40}"
        + "|most (?:read|popular|viewed|shared)|recommended(?: for you| stories)?|trending(?: now)?"
        + "|you (?:may|might) also like|popular (?:stories|posts|now)|latest (?:news|stories)"
        + "|editor'?s picks?|top stories|what you need to know|up next|more to explore"
        + "|read next|you may have missed|in case you missed it|tags?)\\W*$", "related"),
    rule("^(?:read more|read also|also read|related|see also|read next|more)\\s*[:»>|-]", "related"),
    rule("^.{2,60}?(?:'s|’s) (?:website|site) can also be accessed", "site-blurb"),
    rule("^.{2,60}? is an? (?:[\\p{L}-]+ ){0,4}(?:news|media|information) (?:outlet|website|site"
        + "|portal|organi[sz]ation|publication|platform|network|source|company|service)", "site-blurb"),
    rule("^(?:about us|contact us|privacy policy|terms of (?:use|service)|cookie policy"
        + "|all rights reserved.*)\\W*$", "navigation"),
    rule("^source\\s*:", "source-line"),
    rule("^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b)|all rights reserved|^\\s*\\d{4}\\s*©", "copyright"),
    rule("^(?:\\[[^\\]]{0,80}\\]\\s*)+$", "image"),
    rule("^(?:home|news|start|main)\\s*(?:[»›>/|]|&gt;)", "navigation"),
    rule("^(?:skip to (?:main )?content|menu|search|close|open menu|toggle navigation|back to top"
        + "|expand / collapse search|next|previous|prev|load more|show more|click here.*)\\W*$",
        "navigation"),
  };
  private static final Pattern AGENCY_BLURB = Pattern.compile(
      "^(?:the )?(?:" + Agencies.ALTERNATION + ") (?:is|was) an? [\\p{L} -]{0,40}(?:agency|service)", I);
  private static final Pattern CRUMBS = Pattern.compile("^(?:[^»›/|>]{1,40}\\s[»›/|>]\\s){1,6}[^»›/|>]{1,120}$");

  private LineClassifier() {}

  private static Rule rule(String regex, String reason) {
    return new Rule(Pattern.compile(regex, I), reason);
  }

  /** Why {@code line} is not article text, or null. */
  static String reason(Line line) {
    String t = line.text();
    if (t.isEmpty() || t.length() > 400) {
      return null;
    }
    if (AGENCY_BLURB.matcher(t).find()) {
      return "agency-blurb";
    }
    for (Rule r : RULES) {
      if (r.pattern().matcher(t).find()) {
        return r.reason();
      }
    }
    if (!line.sentenceEnd() && line.words() <= 12 && CRUMBS.matcher(t).matches()) {
      return "navigation";
    }
    return null;
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

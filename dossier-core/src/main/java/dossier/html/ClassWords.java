package dossier.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: words of article content ("article", "story-body")
 * against words of page furniture ("nav", "related", "share", "cookie"). General web vocabulary,
 * no site's names.
 */
final class ClassWords {
  /** Furniture: matched as whole words of the class or id, each with the reason it is cut. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?:^|[^a-z])(nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|side-bar|aside|related|"
          + "recommended|recommendations?|more-stories|most-popular|popular|trending|read-?more|"
          + "comments?|commenting|disqus|replies|share|sharing|shares|social|sociallinks|follow|"
          + "promo|promotion|advert|advertisement|ads?|ad-slot|adslot|sponsor|sponsored|outbrain|taboola|"
          + "cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|paywall|"
          + "popup|modal|overlay|banner|masthead|toolbar|pagination|pager|tags|tag-list|taglist|"
          + "author-bio|author-box|authorbio|bio|about-author|widget|skip|print-only|rss|login|"
          + "jump|byline|dateline|timestamp|meta|visually-hidden|sr-only|"
          + "teaser|teasers|headline-list|topics|keywords|feedback|survey|donate|newsfeed|"
          + "linkbox|more|partner|partners|offers?|shop|tools|utility|actions|rail)(?=$|[^a-z])");
  private static final Pattern CONTENT = Pattern.compile(
      "(?:^|[^a-z])(article|articlebody|article-body|article-content|article-text|story|story-body|"
          + "storybody|content|main|post|post-content|post-body|entry|entry-content|text|body|"
          + "body-text|prose|blog|hentry|h-entry|e-content|rich-text|richtext|page-content|"
          + "news|artikel|inhalt|beitrag)(?=$|[^a-z])");

  private ClassWords() {}

  /** Class and id, lower case, with camelCase split so that "articleBody" reads "article-body". */
  static String words(Element e) {
    String s = e.className() + " " + e.id();
    if (s.length() <= 1) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1))) {
        b.append('-');
      }
      b.append(c == '_' ? '-' : c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The furniture word of {@code e}'s class or id, or null. */
  static String furniture(Element e) {
    String w = words(e);
    if (w.isEmpty()) {
      return null;
    }
    var m = FURNITURE.matcher(w);
    return m.find() ? m.group(1) : null;
  }

  /** Whether the class or id speaks of article content. */
  static boolean content(Element e) {
    String w = words(e);
    return !w.isEmpty() && CONTENT.matcher(w).find();
  }

  /** Readability's class weight: +25 for content words, -25 for furniture words. */
  static int weight(Element e) {
    String w = words(e);
    if (w.isEmpty()) {
      return 0;
    }
    int s = 0;
    if (CONTENT.matcher(w).find()) {
      s += 25;
    }
    if (FURNITURE.matcher(w).find()) {
      s -= 25;
    }
    return s;
  }
}

package dossier.html;

import dossier.model.RemovedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cuts what is never article text from a parsed page: scripts and forms, hidden elements, and
 * page furniture told by its tag (nav, footer, aside) or its class and id words. Each cut with
 * text is kept as a {@link RemovedLine} with its reason. A container holding most of the page's
 * paragraphs is never cut, whatever its class says (wrappers named "has-sidebar").
 */
final class DomCleaner {
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg",
      "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "link",
      "video", "audio", "map", "dialog", "head");
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu");
  private static final Set<String> KEEP = Set.of("html", "body", "article", "main");
  static final int MAX_REMOVED = 300;
  private static final String EMBEDDED_POSTS = "blockquote.twitter-tweet, blockquote.twitter-video, "
      + "blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card";

  private DomCleaner() {}

  /** Cleans {@code doc} in place; returns the cuts that had text, with reasons. */
  static List<RemovedLine> clean(Document doc) {
    List<RemovedLine> removed = new ArrayList<>();
    Element body = doc.body();
    if (body == null) {
      return removed;
    }
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e.parent() != null && NEVER_TEXT.contains(e.tagName())) {
        e.remove();
      }
    }
    int pageParagraphs = paragraphs(body);
    clean(body, pageParagraphs, removed);
    return removed;
  }

  private static void clean(Element e, int pageParagraphs, List<RemovedLine> removed) {
    for (Element c : new ArrayList<>(e.children())) {
      String reason = reason(c, pageParagraphs);
      if (reason != null) {
        note(removed, c.text(), reason);
        c.remove();
      } else {
        clean(c, pageParagraphs, removed);
      }
    }
  }

  static void note(List<RemovedLine> removed, String text, String reason) {
    if (!text.isBlank() && removed.size() < MAX_REMOVED) {
      removed.add(new RemovedLine(0, text.length() > 200 ? text.substring(0, 200) : text, reason));
    }
  }

  private static String reason(Element e, int pageParagraphs) {
    String tag = e.tagName();
    if (hidden(e)) {
      return "hidden element";
    }
    if (KEEP.contains(tag) && !tag.equals("article")) {
      return null;
    }
    if (tag.equals("form") && e.getElementsByTag("p").size() < 3) {
      return "form";
    }
    String r = furnitureReason(e, tag);
    if (r == null || pageParagraphs >= 3 && paragraphs(e) * 2 > pageParagraphs) {
      return null;
    }
    return r;
  }

  private static String furnitureReason(Element e, String tag) {
    if (FURNITURE_TAGS.contains(tag)) {
      return "page furniture (<" + tag + ">)";
    }
    if (tag.equals("article") && e.parent() != null && e.parent().closest("article") != null) {
      return "another article inside the article (teaser)";
    }
    if (tag.equals("header") && e.getElementsByTag("p").size() < 2) {
      return "page header";
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
        || role.equals("contentinfo")) {
      return "page furniture (role " + role + ")";
    }
    String word = ClassWords.furniture(e);
    if (word != null && !ClassWords.content(e) && !KEEP.contains(tag) && !embeddedPost(e)) {
      return "page furniture (class or id \"" + word + "\")";
    }
    return null;
  }

  /**
   * A post embedded in the article (a tweet, an Instagram post) quoted as part of the story; its
   * wrapper's class often says "social" or "embed", yet the post is what the article quotes.
   */
  private static boolean embeddedPost(Element e) {
    return e.text().length() < 1500 && e.selectFirst(EMBEDDED_POSTS) != null;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && e.getElementsByTag("p").isEmpty()) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Paragraphs of some length: a cheap measure of how much article an element holds. */
  private static int paragraphs(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      if (p.textNodes().stream().mapToInt(t -> t.text().length()).sum() > 60) {
        n++;
      }
    }
    return n;
  }
}

package dossier.html;

import dossier.model.RemovedLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, block by block, what of the chosen container is article text: link lists, share and
 * subscribe lines, the title again, bylines and bare dates, repeated lines, and headings left with
 * no text after them are cut, each with its reason. Captions go apart.
 */
final class BlockFilter {
  /** Short lines that are furniture in any news page (English and German). */
  private static final Pattern FURNITURE_LINE = Pattern.compile(
      "^(advertisement|advert|anzeige|werbung|share( this( article| story)?)?|teilen|tweet|e-?mail|print|drucken|"
          + "read more|weiterlesen|mehr zum thema|more( on this)?|related( articles| stories| coverage)?|"
          + "see also|siehe auch|click here|sign up|subscribe|follow us|folgen sie uns|"
          + "comments?|kommentare?|leave a (comment|reply)|all rights reserved|alle rechte vorbehalten|"
          + "©|copyright|image|photo|foto|bild|getty images|skip to|zum inhalt|back to top|nach oben|"
          + "recommended|empfohlen|top stories|most read|meistgelesen|you may also like|don.t miss|"
          + "listen to this article|artikel anhören|loading|wird geladen|this article|diesen artikel|explore further|"
          + "this (document|article) is (subject to|protected by) copyright)\\b.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A photo caption set as a paragraph: it ends with the picture's credit. */
  private static final Pattern CREDITED_CAPTION = Pattern.compile(
      ".*\\((image|photo|picture|pic|foto|bild|credit|source|quelle)s?:[^)]{1,60}\\)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A call to subscribe to a newsletter: "Sign up for our free daily newsletter", "... delivered to your inbox". */
  private static final Pattern NEWSLETTER = Pattern.compile(
      "\\b(sign up|subscribe|signup|abonnieren|abonnez-vous|inscrivez-vous)\\b.{0,120}\\b(newsletters?|inbox|mailing list)\\b"
          + "|\\b(newsletters?|inbox)\\b.{0,120}\\b(sign up|subscribe|abonnieren)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BYLINE = Pattern.compile(
      "^(by|von|text:|written by|posted by|author:|autor:)\\s+\\p{Lu}.*", Pattern.UNICODE_CASE);
  private static final Pattern BARE_DATE = Pattern.compile(
      "^[\\p{L}\\s.,:|/-]{0,30}\\d{1,4}[\\s./-]+[\\p{L}\\d]+\\.?[\\s./,-]+\\d{2,4}([\\s,|-]+\\d{1,2}[:.]\\d{2}.*)?$",
      Pattern.UNICODE_CASE);

  private static final Pattern ABOUT = Pattern.compile(
      "(?i:about|über|à propos d[e']|acerca de|sobre)\\s+(?:(?i:the|die|den|das)\\s+)?\\p{Lu}[^.!?]{0,50}:?",
      Pattern.UNICODE_CASE);
  /** "Acme Corp. is a ...": a name of capitalised words (not "The bridge", "This", "He") then "is a". */
  private static final Pattern COMPANY_IS = Pattern.compile(
      "(?!(?:The|This|That|These|It|He|She|They|We|There|Der|Die|Das|Es|Er|Sie)\\s)"
          + "\\p{Lu}[\\p{L}\\d&.'’-]*(?:,?\\s\\p{Lu}[\\p{L}\\d&.'’-]*){0,4}"
          + "\\s(is|ist)\\s(a|an|the|one of the|ein|eine|einer der)\\s",
      Pattern.UNICODE_CASE);

  private BlockFilter() {}

  /** What was kept, the captions, and the cuts with reasons. */
  record Result(List<Blocks.Block> kept, List<String> captions, List<RemovedLine> removed) {}

  static Result filter(List<Blocks.Block> blocks, String title, String byline, BodyHint hint) {
    List<Blocks.Block> kept = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String foldedTitle = title == null ? "" : BodyHint.fold(title);
    int ordinal = 0;
    for (Blocks.Block b : blocks) {
      ordinal++;
      if (b.kind() == Blocks.Kind.CAPTION
          || b.text().length() < 300 && CREDITED_CAPTION.matcher(b.text()).matches()) {
        captions.add(b.text());
        continue;
      }
      String reason = hint.contains(b.text()) ? null : reason(b, foldedTitle, byline);
      if (reason == null && !seen.add(BodyHint.fold(b.text()))) {
        reason = "repeated block";
      }
      if (reason == null) {
        kept.add(b);
      } else if (removed.size() < DomCleaner.MAX_REMOVED) {
        String t = b.text();
        removed.add(new RemovedLine(ordinal, t.length() > 200 ? t.substring(0, 200) : t, reason));
      }
    }
    cutAboutTheCompany(kept, removed);
    // Headings that close the container with no text after them introduce what follows the
    // article ("Related", "More from ..."), not the article.
    while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == Blocks.Kind.HEADING) {
      Blocks.Block h = kept.remove(kept.size() - 1);
      removed.add(new RemovedLine(0, h.text(), "heading with no text after it"));
    }
    return new Result(kept, captions, removed);
  }

  /**
   * A press release ends with the issuer's boilerplate: an "About X" section, or a paragraph "X is
   * a leading provider of ..." set apart by a rule. It describes the company, not the news.
   */
  private static void cutAboutTheCompany(List<Blocks.Block> kept, List<RemovedLine> removed) {
    int from = -1;
    for (int i = kept.size() / 2; i < kept.size() && from < 0; i++) {
      Blocks.Block b = kept.get(i);
      String t = b.text();
      if (t.length() < 70 && ABOUT.matcher(t).matches()) {
        from = i;
      } else if (i >= kept.size() - 3 && i > 0 && COMPANY_IS.matcher(t).lookingAt() && setApart(b, kept.get(i - 1))) {
        from = i;
      }
    }
    while (from >= 0 && kept.size() > from) {
      Blocks.Block b = kept.remove(from);
      removed.add(new RemovedLine(0, b.text().length() > 200 ? b.text().substring(0, 200) : b.text(),
          "closing boilerplate (about the company or the author)"));
    }
  }

  /** Whether a rule or another container separates {@code b} from the block before it. */
  private static boolean setApart(Blocks.Block b, Blocks.Block before) {
    var prev = b.element().previousElementSibling();
    return prev != null && prev.nameIs("hr") || b.element().parent() != before.element().parent();
  }

  /** A line that is a written date and little else ("Friday, 22 October 2010 at 20:13"). */
  private static boolean dateLine(String t) {
    List<DateText.Found> f = DateText.find(t, false);
    if (f.isEmpty() || !f.get(0).day()) {
      return false;
    }
    String rest = t.substring(0, f.get(0).at()) + " " + t.substring(f.get(0).at() + f.get(0).text().length());
    int words = 0;
    for (String w : rest.split("[^\\p{L}]+")) {
      words += w.length() > 1 ? 1 : 0;
    }
    return words <= 2;
  }

  private static String reason(Blocks.Block b, String foldedTitle, String byline) {
    String t = b.text();
    int len = t.length();
    if (b.kind() == Blocks.Kind.HEADING && !foldedTitle.isEmpty() && BodyHint.fold(t).equals(foldedTitle)) {
      return "title";
    }
    if (b.linkDensity() > 0.5 && len < 400 || b.linkDensity() > 0.3 && b.kind() == Blocks.Kind.ITEM) {
      return "mostly links";
    }
    if (len < 120 && FURNITURE_LINE.matcher(t).matches()) {
      return "furniture line";
    }
    if (len < 300 && NEWSLETTER.matcher(t).find()) {
      return "newsletter promotion";
    }
    if (len < 100 && BYLINE.matcher(t).matches()) {
      return "byline";
    }
    if (len < 100 && byline != null && !byline.isEmpty() && t.toLowerCase(Locale.ROOT).contains(
        byline.toLowerCase(Locale.ROOT))) {
      return "byline";
    }
    if (len < 60 && BARE_DATE.matcher(t).matches() || len < 80 && dateLine(t)) {
      return "date line";
    }
    return null;
  }
}

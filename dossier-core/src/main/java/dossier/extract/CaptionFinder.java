package dossier.extract;

import dossier.model.Caption;
import dossier.model.DateRange;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises photo captions and credits: a "Caption:"/"Photo:" label, a trailing photo credit
 * ("(AFP photo)", "(Photo by X)", "Photo: X", ". REUTERS/Name", "Getty Images"), or the position
 * marks captions use for people in a picture ("(R)", "(L)", "(2nd L)").
 */
final class CaptionFinder {
  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern LABEL = Pattern.compile(
      "^(?:(?:caption|photo|image|picture|pic|file photo|photograph|foto|above|pictured|"
          + "image credit|photo credit|credit|illustration)\\s*(?:[:|]|-\\s)"
          + "|(?:photography|photos?|pictures?|images?) by "
          // "Image caption X", "Media captionX": a player's caption label, glued on or not
          + "|(?:image|media|video|photo) ?caption\\s*(?=\\p{Lu}|\\d|\"|“))", I);
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "(?:\\((?:[\\p{L}.]+ )?(?:file )?(?:photo|image|picture|foto)s?\\)"
          + "|\\((?:[\\p{L}. ]{1,30} )?(?:photo|image|picture|foto)s?(?: credit)?\\s*(?:by|:|/)[^)]{1,60}\\)"
          + "|(?:photo|photograph|image|picture|foto|bild)(?: credit)?\\s*(?:by|:)\\s*[\\p{L}.&/' -]{2,50}"
          + "|\\(?getty images\\)?|shutterstock|\\bREUTERS/[\\p{L} ]{2,40}|\\(AP Photo[^)]*\\))\\W*$", I);
  /** Caption openings: "In this photo...", "CITY, ST - NOVEMBER 19: ...", "FILE -". */
  private static final Pattern OPENING = Pattern.compile(
      "^(?:in this (?:[\\p{L}\\d.,-]+ ){0,6}(?:photo|image|picture|handout|screenshot|screen grab|video)"
          + "|file(?: photo)? ?[-—–:]|this (?:[\\p{L}-]+ ){0,2}(?:photo|image) (?:shows|provided))", I);
  private static final Pattern GETTY_STYLE = Pattern.compile(
      "^[\\p{Lu}][\\p{Lu} .,'-]{2,40} [-—–] [\\p{Lu}]{3,9}\\.? \\d{1,2}(?:, \\d{4})?: ");
  private static final Pattern GLUED_CREDIT = Pattern.compile(
      "(?:Credit|Image credit|Photo credit|Photograph|Picture)\\s*:\\s*[\\p{L}&./ -]{2,50}\\)?\\s*$"
          + "|\\s/\\s(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|[\\p{Lu}][\\p{L}.]+ [\\p{Lu}][\\p{L}.]+)"
          + "(?: file| photo| via [\\p{L} ]{2,30})?\\s*$");
  private static final Pattern POSITION = Pattern.compile(
      "\\((?:\\d(?:st|nd|rd|th) )?(?:L|R|C|left|right|centre|center|front|back|top|bottom"
          + "|L to R|l-r|from left|from right)\\)", I);
  private static final Pattern AGENCY_TAIL = Pattern.compile(
      "[.!?]\\s+(?:" + Agencies.ALTERNATION + "|[A-Z]{2,6}/[A-Za-z ]{2,30})\\s*$");

  /** Words one of the credit patterns needs, to skip them on ordinary lines. */
  private static final String[] CREDIT_WORDS = {"photo", "image", "picture", "getty", "shutterstock",
    "reuters/", "foto", "credit", " / "};

  private static final String[] LABEL_MARKS = {":", "|", "- ", " by ", "caption"};
  private static final String[] DASHES = {" - ", " — ", " – "};

  private CaptionFinder() {}

  /** Whether the line reads as a photo caption or credit. */
  static boolean isCaption(Line line) {
    String t = line.text();
    if (t.length() > 600 || t.isEmpty()) {
      return false;
    }
    // Credits sit at the end: only the tail is searched, which keeps long lines cheap.
    int tail = Math.max(0, t.length() - 90);
    String end = t.substring(tail).toLowerCase(Locale.ROOT);
    String head = t.substring(0, Math.min(30, t.length())).toLowerCase(Locale.ROOT);
    if (hasAny(head, LABEL_MARKS) && LABEL.matcher(t).lookingAt()
        || (head.startsWith("in this") || head.startsWith("file") || head.startsWith("this "))
            && OPENING.matcher(t).lookingAt()
        || Character.isUpperCase(t.charAt(0)) && hasAny(t.substring(0, Math.min(60, t.length())), DASHES)
            && GETTY_STYLE.matcher(t).lookingAt()
        || hasAny(end, CREDIT_WORDS) && (TRAILING_CREDIT.matcher(t).region(tail, t.length()).find()
            || GLUED_CREDIT.matcher(t).region(tail, t.length()).find())) {
      return true;
    }
    // Position marks are caption language; a label-less caption with a wire credit too.
    return line.words() < 80 && (end.indexOf('(') >= 0 && POSITION.matcher(t).find()
        || (end.indexOf('/') >= 0 || Agencies.mayMention(end))
            && AGENCY_TAIL.matcher(t).region(tail, t.length()).find());
  }

  private static boolean hasAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The caption of a line, with the day it states, if any. */
  static Caption caption(Line line) {
    String t = line.text();
    StatedDateParser.Found f = StatedDateParser.find(t);
    String text = LABEL.matcher(t).replaceFirst("").trim();
    return new Caption(text.isEmpty() ? t : text, line.no(),
        f == null ? DateRange.unknown() : DateRange.exact(f.day()));
  }
}

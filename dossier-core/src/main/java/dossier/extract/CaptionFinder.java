package dossier.extract;

import dossier.model.Caption;
import dossier.model.DateRange;
import java.util.regex.Pattern;

/**
 * Recognises photo captions and credits: a "Caption:"/"Photo:" label, a trailing photo credit
 * ("(AFP photo)", "(Photo by X)", "Photo: X", ". REUTERS/Name", "Getty Images"), or the position
 * marks captions use for people in a picture ("(R)", "(L)", "(2nd L)").
 */
final class CaptionFinder {
  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern LABEL = Pattern.compile(
      "^(?:caption|photo|image|picture|pic|file photo|photograph|foto|above|pictured|"
          + "image credit|photo credit|credit|illustration)\\s*(?:[:|]|-\\s)", I);
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "(?:\\((?:[\\p{L}.]+ )?(?:file )?(?:photo|image|picture|foto)s?\\)"
          + "|\\((?:[\\p{L}. ]{1,30} )?(?:photo|image|picture|foto)s?(?: credit)?\\s*(?:by|:|/)[^)]{1,60}\\)"
          + "|(?:photo|image|picture)(?: credit)?\\s*(?:by|:)\\s*[\\p{L}.&/' -]{2,50}"
          + "|\\(?getty images\\)?|shutterstock|\\bREUTERS/[\\p{L} ]{2,40}|\\(AP Photo[^)]*\\))\\W*$", I);
  private static final Pattern POSITION = Pattern.compile(
      "\\((?:\\d(?:st|nd|rd|th) )?(?:L|R|C|left|right|centre|center|front|back|top|bottom"
          + "|L to R|l-r|from left|from right)\\)", I);
  private static final Pattern AGENCY_TAIL = Pattern.compile(
      "[.!?]\\s+(?:" + Agencies.ALTERNATION + "|[A-Z]{2,6}/[A-Za-z ]{2,30})\\s*$");

  private CaptionFinder() {}

  /** Whether the line reads as a photo caption or credit. */
  static boolean isCaption(Line line) {
    String t = line.text();
    if (t.length() > 600 || t.isEmpty()) {
      return false;
    }
    if (LABEL.matcher(t).find() || TRAILING_CREDIT.matcher(t).find()) {
      return true;
    }
    // Position marks are caption language; a label-less caption with a wire credit too.
    return POSITION.matcher(t).find() && line.words() < 80
        || AGENCY_TAIL.matcher(t).find() && line.words() < 80;
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

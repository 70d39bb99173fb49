package dossier.extract;

import dossier.model.Caption;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the page's own statements about the article: date line, byline, dateline. */
final class Metadata {
  /** Cut lines whose words can still say who wrote or sent the story. */
  static final Set<String> INFORMATIVE = Set.of("byline", "date", "caption", "agency-blurb",
      "credit-line",
      "copyright", "source-line", "standfirst-duplicate", "title");
  /**
   * How long after its latest dated photo an article may appear, for the caption bound: news
   * photos are mostly used within days, but file photos can be months old, so a year keeps the
   * range honest while still placing the article in time.
   */
  static final int CAPTION_DAYS = 365;
  private static final Pattern NOISE = Pattern.compile(
      "(?iU)\\b\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|\\b(?:gmt|utc|cet|cest|est|edt"
          + "|et|pt|pst|ist|bst|[ap]\\.?m\\.?|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday"
          + "|thursday|friday|saturday|sunday|on|at|am|um|le|el|il|à|de|del|du|der|den|uhr)\\b|[^\\p{L}\\p{N}]+");
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)^(?:first )?publi|^posted|veröffentlicht|erschienen|created|date\\b|datum");
  private static final Pattern UPDATED = Pattern.compile(
      "(?i)updated|modified|aktualisiert|mis à jour|actualizado|last edit");

  private Metadata() {}

  /** Whether the line is mainly a stated date ("Published: 05:44 PM, 9 Oct, 2020"). */
  static boolean isDateLine(Line l) {
    if (l.words() > 16 || l.text().length() > 120) {
      return false;
    }
    String rest = l.text();
    StatedDateParser.Found f = StatedDateParser.find(rest);
    if (f == null) {
      return false;
    }
    // Drop every date ("Published ... · Updated ..." states two) and times, then count what is left.
    for (int k = 0; k < 3 && f != null; k++) {
      rest = rest.substring(0, f.start()) + " " + rest.substring(f.end());
      f = StatedDateParser.find(rest);
    }
    String left = NOISE.matcher(rest).replaceAll(" ").trim();
    return left.isEmpty() || left.split("\\s+").length <= 6;
  }

  /** The publication date a date line states, else an honest bound from dated captions. */
  static PublicationDate published(List<Line> lines, String[] reasons, List<Caption> captions) {
    PublicationDate best = PublicationDate.unknown();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String r = reasons[i];
      if (r == null || l.bullet() || r.equals("caption")
          || !(r.equals("date") || r.equals("byline") || isDateLine(l))) {
        continue;
      }
      StatedDateParser.Found f = StatedDateParser.find(l.text());
      if (f == null) {
        continue;
      }
      double c = PUBLISHED.matcher(l.text()).find() ? 0.9
          : UPDATED.matcher(l.text()).find() ? 0.6 : 0.8;
      if (c > best.confidence()) {
        best = new PublicationDate(DateRange.exact(f.day()), DateBasis.STATED, l.text(), c);
      }
    }
    if (best.isKnown()) {
      return best;
    }
    LocalDate latest = null;
    String evidence = null;
    for (Caption cap : captions) {
      LocalDate d = cap.date().value();
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
        evidence = cap.text();
      }
    }
    // A photo is taken before the article that shows it: a lower bound, never an exact day.
    return latest == null ? best : new PublicationDate(
        DateRange.between(latest, latest.plusDays(CAPTION_DAYS)), DateBasis.CAPTION, evidence, 0.2);
  }

  /** The dateline heading the first body paragraphs, or a standalone upper-case place line. */
  static BylineParser.Dateline dateline(List<String> kept) {
    for (int k = 0; k < Math.min(2, kept.size()); k++) {
      String p = kept.get(k);
      BylineParser.Dateline d = BylineParser.dateline(p);
      if (d != null) {
        return d;
      }
      if (Line.countWords(p) <= 4 && p.length() < 40 && p.equals(p.toUpperCase(Locale.ROOT))
          && p.chars().anyMatch(Character::isLetter)) {
        return new BylineParser.Dateline(p, p, null);
      }
    }
    return null;
  }

  /** The first author named by a byline line; agencies are credits, not authors. */
  static String byline(List<Line> lines, String[] reasons, List<String> credits) {
    for (int i = 0; i < lines.size(); i++) {
      if ("byline".equals(reasons[i])) {
        String name = BylineParser.byline(lines.get(i).text());
        name = name == null ? BylineParser.personIn(lines.get(i).text()) : name;
        if (name != null && !Agencies.isAgency(name)) {
          return name;
        }
      }
    }
    return null;
  }
}

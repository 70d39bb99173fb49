package dossier.figures;

import dossier.model.Mention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose people a figure counts: a country or group named in the counted phrase ("12 Dastrian
 * soldiers"), the claimant's own ("31 of its soldiers", "nine deaths among its troops"), or for
 * forces sent or pulled back, the subject that moves them ("Velmora has sent 2,500 troops").
 */
final class Sides {
  private static final Pattern OWN = Pattern.compile("(?i)\\b(?:of|among|from)\\s+(?:its|their)"
      + "\\s+(?:own\\s+)?");
  /** The subject and at most three words before the figure: "Velmora has sent". */
  private static final Pattern SUBJECT_GAP = Pattern.compile("(?i)^(?:['’]s)?(?:\\s+[\\w-]+){0,3}\\s+$");
  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+");
  private static final Pattern MISSION = Pattern.compile("(?i)^(?:observers|monitors|peacekeepers)$");

  private Sides() {}

  /**
   * The side of figure {@code f} in sentence {@code [start, end)}, or null. {@code claimant} is its
   * claimant's entity id.
   */
  static String of(String text, int start, int end, FigureFinder.Found f, String claimant,
      List<Mention> mentions) {
    int from = f.sideFrom();
    int to = Math.min(end, f.end() + 25);
    for (Mention m : mentions) {
      if (m.entityId() != null && m.start() >= from && m.end() <= f.end() && !isPerson(m)) {
        return m.entityId();
      }
    }
    String demonym = demonym(text.substring(from, f.end()), mentions);
    if (demonym != null) {
      return demonym;
    }
    if (OWN.matcher(text).region(from, to).find()) {
      return claimant;
    }
    if ("DEPLOYED".equals(f.kind()) && f.counted() != null && !MISSION.matcher(f.counted()).matches()) {
      Mention subject = null;
      for (Mention m : mentions) {
        if (m.entityId() != null && !isPerson(m) && m.end() <= f.start() && m.start() >= start
            && SUBJECT_GAP.matcher(text.substring(m.end(), f.start())).matches()
            && (subject == null || m.start() > subject.start())) {
          subject = m;
        }
      }
      return subject == null ? null : subject.entityId();
    }
    return null;
  }

  /**
   * An adjective made from a name the article mentions ("Norbanian" from "Norbania"): the
   * recogniser often misses such adjectives, the names they come from it finds.
   */
  private static String demonym(String words, List<Mention> mentions) {
    Matcher w = CAPITALISED.matcher(words);
    while (w.find()) {
      String word = w.group();
      for (Mention m : mentions) {
        String name = m.text();
        if (m.entityId() != null && !isPerson(m) && name.length() >= 4 && !name.contains(" ")
            && word.startsWith(name.length() > 5 ? name.substring(0, name.length() - 1) : name)
            && word.length() - name.length() <= 3 && word.length() > name.length() - 2) {
          return m.entityId();
        }
      }
    }
    return null;
  }

  private static boolean isPerson(Mention m) {
    return "PERSON".equals(m.type());
  }
}

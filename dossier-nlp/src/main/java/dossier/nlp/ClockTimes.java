package dossier.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Clock times: no zone in TIMEX3 values, and the day of a weekday or date written right after one. */
final class ClockTimes {
  private static final Pattern ZONE = Pattern.compile("(?<=T\\d\\d:\\d\\d(?::\\d\\d)?)(?:[-+]\\d{2}:?\\d{2}|Z)$");

  private ClockTimes() {}

  /** {@code v} without its zone: TIMEX3 values carry none ("5 p.m. EST" is T17:00). */
  static String withoutZone(String v) {
    return v != null && ZONE.matcher(v).find() ? ZONE.matcher(v).replaceFirst("") : v;
  }

  /**
   * "at 10:35 a.m. (0735 GMT) Friday": a clock time the tagger put on the publication day takes the
   * day of a weekday or date written right after it in the same sentence.
   */
  static List<NlpDoc.Timex> onNamedDay(NlpDoc doc, List<NlpDoc.Timex> ts, LocalDate anchor) {
    if (anchor == null) {
      return ts;
    }
    List<NlpDoc.Timex> out = new ArrayList<>(ts);
    for (int i = 0; i + 1 < out.size(); i++) {
      NlpDoc.Timex t = out.get(i);
      NlpDoc.Timex next = out.get(i + 1);
      String v = t.value();
      if (v == null || !v.startsWith(anchor + "T") || next.value() == null
          || !TimexRules.DAY_VALUE.matcher(next.value()).find()
          || next.value().startsWith(anchor.toString()) || next.start() - t.end() > 20
          || TimexContext.sentence(doc, t) != TimexContext.sentence(doc, next) || doc.sentences().isEmpty()) {
        continue;
      }
      if (!onlyClockWordsBetween(doc, t.end(), next.start())) {
        continue;
      }
      out.set(i, new NlpDoc.Timex(t.start(), t.end(), t.text(), t.type(), next.value().substring(0, 10) + v.substring(10)));
    }
    return out;
  }

  /** Whether only brackets, commas and a clock time in another zone ("(0735 GMT)") lie between two offsets. */
  private static boolean onlyClockWordsBetween(NlpDoc doc, int from, int to) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      if (s.start() <= from && to <= s.end()) {
        for (NlpDoc.Token k : s.tokens()) {
          if (k.start() >= from && k.end() <= to
              && !k.word().matches("-[LR][RS]B-|[(),\\[\\]]|\\d{1,4}(?::\\d\\d)?|[A-Z]{2,4}|[ap]\\.m\\.|local|time")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}

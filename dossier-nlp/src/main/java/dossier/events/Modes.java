package dossier.events;

import java.util.Map;

/**
 * PLOVER modes where the words make them clear: a hosted meeting of two others is "third-party",
 * a visit "visit", a call "phone"; shelling "heavy-weapons", air strikes "aerial"; condemning
 * "disapprove", accusing "allege"; withdrawing "withdraw", releasing "release". Else null.
 */
final class Modes {
  private static final Map<String, String> BY_WORD = Map.ofEntries(
      Map.entry("visit", "visit"), Map.entry("shell", "heavy-weapons"),
      Map.entry("shelling", "heavy-weapons"), Map.entry("barrage", "heavy-weapons"),
      Map.entry("bombardment", "heavy-weapons"), Map.entry("bombard", "heavy-weapons"),
      Map.entry("airstrike", "aerial"), Map.entry("condemn", "disapprove"),
      Map.entry("denounce", "disapprove"), Map.entry("criticize", "disapprove"),
      Map.entry("criticise", "disapprove"), Map.entry("accuse", "allege"),
      Map.entry("allege", "allege"), Map.entry("blame", "allege"),
      Map.entry("withdraw", "withdraw"), Map.entry("retreat", "withdraw"),
      Map.entry("release", "release"), Map.entry("arrest", "arrest"),
      Map.entry("detain", "arrest"), Map.entry("deport", "deport"), Map.entry("expel", "expel"));

  private Modes() {}

  /** The mode of an event triggered by token {@code i} with lemma or word {@code word}, or null. */
  static String of(Parse p, int i, String type, String word, int participants) {
    if (type.equals("CONSULT")) {
      if (word.equals("host") && participants >= 3) {
        return "third-party";
      }
      for (Parse.Arc a : p.out(i)) {
        String w = p.tok(a.dep()).lemma();
        if (w.equals("phone") || w.equals("telephone") || w.equals("video")) {
          return "phone";
        }
      }
    }
    if (type.equals("MOBILIZE")) {
      for (int o : p.children(i, "obj")) {
        String w = p.tok(o).lemma();
        if (w.equals("troop") || w.equals("soldier") || w.equals("reservist")) {
          return "troops";
        }
      }
    }
    return BY_WORD.get(word);
  }
}

package dossier.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates news articles with known copies for the duplicates benchmark. Each story has invented
 * people and places and an original report of 8 to 20 sentences in 4 to 8 paragraphs, built from
 * a general news vocabulary. A story gets 0 to 4 copies, each edited as syndication does: up to
 * {@code maxEdit} of its sentences substituted, inserted or deleted, a paragraph pair swapped, a
 * wire credit line added, a name re-spelled, the end trimmed; and 0 to 2 reports of the same event
 * in other words (same people, places and figures; not copies), some quoting one sentence of the
 * original (a shared passage). Deterministic per seed.
 */
final class CopyCorpus {
  /** One generated article: its text and the story whose copy group it belongs to (-1: none). */
  record Doc(String id, String text, int group) {}

  private static final String[] SYL = {"ka", "ro", "vel", "mi", "dan", "tor", "sa", "lin", "ber",
      "go", "nes", "ul", "ar", "vi", "mos", "tel", "ra", "den", "ko", "zar", "pe", "lu", "han", "si"};
  private static final String[] ROLES = {"the foreign minister", "the interior minister",
      "the regional governor", "a government spokesman", "the opposition leader", "the mayor",
      "the army chief", "a senior diplomat", "the prime minister", "the health minister",
      "a police spokeswoman", "the president"};
  private static final String[] VERBS = {"said", "told reporters", "announced", "warned",
      "confirmed", "denied", "insisted", "acknowledged", "claimed", "added", "stressed", "wrote"};
  private static final String[] ACTS = {"talks would resume", "the border would stay closed",
      "troops had been withdrawn from", "aid convoys had reached", "protesters had gathered in",
      "a curfew was imposed in", "schools would reopen in", "at least %d people were killed in",
      "%d people were injured near", "the death toll had risen to %d in", "%d families fled",
      "the army shelled positions near", "a ceasefire took effect around", "police arrested %d "
          + "people in", "the road to %s was blocked near", "elections would be held in",
      "prices of bread and fuel had doubled in", "electricity was cut across",
      "a delegation would travel to", "an investigation had been opened into the attack on"};
  private static final String[] WHEN = {"on Monday", "on Tuesday", "late on Wednesday",
      "early on Thursday", "on Friday", "over the weekend", "this week", "last month",
      "overnight", "since the start of the year", "in the coming days", "by the end of March"};
  private static final String[] EXTRA = {"according to local media", "in a statement",
      "at a news conference", "after a cabinet meeting", "citing witnesses",
      "without giving details", "in an interview with state television", "on social media",
      "during a visit to the region", "speaking on condition of anonymity"};

  private final SplittableRandom rnd;
  private final double maxEdit;

  CopyCorpus(long seed, double maxEdit) {
    this.rnd = new SplittableRandom(seed);
    this.maxEdit = maxEdit;
  }

  /** About {@code n} articles (originals, copies, same-event reports). */
  List<Doc> docs(int n) {
    List<Doc> out = new ArrayList<>(n + 8);
    for (int story = 0; out.size() < n; story++) {
      String[] people = {name(), name(), name(), name()};
      String[] places = {name(), name(), name()};
      List<List<String>> original = new ArrayList<>();
      int paragraphs = 4 + rnd.nextInt(5);
      int sentences = 8 + rnd.nextInt(13);
      for (int p = 0; p < paragraphs; p++) {
        original.add(new ArrayList<>());
      }
      for (int s = 0; s < sentences; s++) {
        original.get(s * paragraphs / sentences).add(sentence(people, places));
      }
      int copies = rnd.nextInt(5);
      int group = copies > 0 ? story : -1;
      out.add(new Doc("s" + story + "o", join(original), group));
      for (int c = 0; c < copies; c++) {
        out.add(new Doc("s" + story + "c" + c, copy(original, people, places), group));
      }
      int others = rnd.nextInt(3);
      for (int o = 0; o < others; o++) {
        List<List<String>> other = new ArrayList<>();
        for (int p = 0; p < 3 + rnd.nextInt(4); p++) {
          other.add(new ArrayList<>(List.of(sentence(people, places), sentence(people, places))));
        }
        if (rnd.nextInt(3) == 0) { // quotes one sentence of the original: a shared passage
          other.get(1).add(original.get(0).get(0));
        }
        out.add(new Doc("s" + story + "x" + o, join(other), -1));
      }
    }
    return out;
  }

  private String copy(List<List<String>> original, String[] people, String[] places) {
    List<List<String>> c = new ArrayList<>();
    original.forEach(p -> c.add(new ArrayList<>(p)));
    int total = original.stream().mapToInt(List::size).sum();
    int edits = (int) Math.round(total * maxEdit * rnd.nextDouble());
    for (int e = 0; e < edits; e++) {
      List<String> p = c.get(rnd.nextInt(c.size()));
      int kind = rnd.nextInt(3);
      if (kind == 0 && !p.isEmpty()) {
        p.set(rnd.nextInt(p.size()), sentence(people, places));
      } else if (kind == 1 || p.size() < 2) {
        p.add(rnd.nextInt(p.size() + 1), sentence(people, places));
      } else {
        p.remove(rnd.nextInt(p.size()));
      }
    }
    if (rnd.nextInt(3) == 0 && c.size() > 3) { // reorder two paragraphs after the lead
      int a = 1 + rnd.nextInt(c.size() - 1);
      int b = 1 + rnd.nextInt(c.size() - 1);
      List<String> x = c.get(a);
      c.set(a, c.get(b));
      c.set(b, x);
    }
    if (rnd.nextInt(3) == 0) { // trim the end, keeping at least half the paragraphs
      int keep = Math.max((c.size() + 1) / 2, c.size() - 1 - rnd.nextInt(3));
      c.subList(keep, c.size()).clear();
    }
    String text = join(c);
    if (rnd.nextBoolean()) { // re-spell a name everywhere
      String who = people[rnd.nextInt(people.length)];
      text = text.replace(who, respell(who));
    }
    if (rnd.nextBoolean()) {
      text = text + "\n\n" + (rnd.nextBoolean() ? "— AFP" : "(Reporting by staff; editing by the desk)");
    }
    return text;
  }

  private String respell(String name) {
    return name.replace("k", "c").replace("v", "w").replace("i", "y").replace("o", "ó");
  }

  private String sentence(String[] people, String[] places) {
    String who = rnd.nextInt(3) == 0 ? cap(pick(ROLES)) + " " + pick(people)
        : pick(people) + ", " + pick(ROLES) + ",";
    String act = String.format(pick(ACTS), 2 + rnd.nextInt(900), pick(places));
    return who + " " + pick(VERBS) + " " + pick(WHEN) + " that " + act + " " + pick(places)
        + (rnd.nextBoolean() ? ", " + pick(EXTRA) : "") + ".";
  }

  private String name() {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = 2 + rnd.nextInt(2); i < n; i++) {
      b.append(SYL[rnd.nextInt(SYL.length)]);
    }
    return cap(b.toString());
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private static String join(List<List<String>> paragraphs) {
    StringBuilder b = new StringBuilder();
    for (List<String> p : paragraphs) {
      if (!p.isEmpty()) {
        b.append(b.length() == 0 ? "" : "\n\n").append(String.join(" ", p));
      }
    }
    return b.toString();
  }

}

package dossier.spark.stories;

import dossier.stories.WindowStories.Counted;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * An article's term counts as Spark moves them: the terms in one string and the counts in an int
 * array. Java serialization of a map of a few hundred boxed entries cost several milliseconds an
 * article, more than counting the terms; one string and one array cost microseconds.
 */
record Packed(String id, long earliest, long latest, String terms, int[] counts) implements Serializable {
  private static final char SEP = '\u0001';
  private static final long NONE = Long.MIN_VALUE;

  static Packed of(Counted c) {
    StringBuilder b = new StringBuilder();
    int[] n = new int[c.counts().size()];
    int k = 0;
    for (Map.Entry<String, Integer> e : c.counts().entrySet()) {
      if (k > 0) {
        b.append(SEP);
      }
      b.append(e.getKey());
      n[k++] = e.getValue();
    }
    return new Packed(c.id(), c.earliest() == null ? NONE : c.earliest().toEpochDay(),
        c.latest() == null ? NONE : c.latest().toEpochDay(), b.toString(), n);
  }

  String[] termArray() {
    return counts.length == 0 ? new String[0] : terms.split(String.valueOf(SEP), -1);
  }

  LocalDate day() {
    return earliest != NONE ? LocalDate.ofEpochDay(earliest) : latest != NONE ? LocalDate.ofEpochDay(latest) : null;
  }

  Counted unpack() {
    String[] t = termArray();
    Map<String, Integer> m = new HashMap<>(t.length * 2);
    for (int i = 0; i < t.length; i++) {
      m.put(t[i], counts[i]);
    }
    return new Counted(id, earliest == NONE ? null : LocalDate.ofEpochDay(earliest),
        latest == NONE ? null : LocalDate.ofEpochDay(latest), m);
  }
}

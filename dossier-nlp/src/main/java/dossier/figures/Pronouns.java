package dossier.figures;

import dossier.model.Mention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who "he" or "she" is when they speak: the person last named as a sentence's subject, before
 * any person named later in passing ("X, who had searched for Y, was sure he would find Y's
 * remains. He said ..." is X); the last person named when no sentence starts with one.
 */
final class Pronouns {
  /** A sentence start, then perhaps a title: the mention after it is the sentence's subject. */
  private static final Pattern SUBJECT_START = Pattern.compile("(?:^|[.!?][\"”'’]?\\s+|\\n\\s*)"
      + "(?:(?:[A-Z][a-z]{0,3}\\.|General|Colonel|President|Prime Minister|Minister|Senator|"
      + "Governor|Judge|Mayor|Chief|Commander)\\s+)*$");
  private static final int WINDOW = 300;

  private Pronouns() {}

  /** The person a pronoun at {@code at} stands for, or null when none is named near before it. */
  static Mention speaker(String text, int at, List<Mention> mentions) {
    Mention subject = null;
    Mention last = null;
    for (Mention m : mentions) {
      if (!"PERSON".equals(m.type()) || m.entityId() == null || m.end() > at
          || m.end() <= at - WINDOW) {
        continue;
      }
      if (last == null || m.end() > last.end()) {
        last = m;
      }
      String lead = text.substring(Math.max(0, m.start() - 40), m.start());
      if (SUBJECT_START.matcher(lead).find() && (subject == null || m.end() > subject.end())) {
        subject = m;
      }
    }
    return subject != null ? subject : last;
  }
}

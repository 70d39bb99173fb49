package dossier.events;

import dossier.model.Mention;
import java.util.Set;

/**
 * Tests on a verb's arguments that the event finders share: whether a slot holds a word of a
 * list, a named person, an actor, a mention, a doer with hands, someone told by age.
 */
final class Arguments {
  private Arguments() {}

  /** Whether an argument of {@code v} in {@code rels} has a lemma in {@code words}. */
  static boolean argumentIn(Parse p, int v, Set<String> words, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        if (words.contains(p.tok(x).lemma().toLowerCase())
            || words.contains(p.tok(x).word().toLowerCase())) {
          return true;
        }
        for (int y : p.children(x, "nmod:of")) {
          if (words.contains(p.tok(y).lemma().toLowerCase())) {
            return true; // "thousands of teachers"
          }
        }
      }
    }
    return false;
  }

  /** Whether an argument of {@code v} in {@code rels} is a person, organisation or country. */
  private static boolean hasActor(Parse p, DepFinder.Context c, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        Mention m = Participants.mentionAt(c, p.tok(x));
        if (m != null && Participants.actor(c, m, false)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an argument of {@code v} in {@code rels} is an entity mention. */
  static boolean hasMention(Parse p, DepFinder.Context c, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        if (Participants.mentionAt(c, p.tok(x)) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the object or passive subject of {@code v} names a person. */
  static boolean named(Parse p, DepFinder.Context c, int v) {
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int x : p.children(v, rel)) {
        Mention m = Participants.mentionAt(c, p.tok(x));
        if (m != null && "PERSON".equals(c.types().get(m.entityId()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the doer of {@code v} is a person, group or named actor, not a thing. */
  static boolean hand(Parse p, DepFinder.Context c, int v) {
    boolean passive = !p.children(v, "nsubj:pass").isEmpty()
        || !p.children(v, "aux:pass").isEmpty();
    String[] doer = passive ? new String[] {"obl:agent", "obl:by"} : new String[] {"nsubj"};
    return argumentIn(p, v, Lexicon.GROUP_ACTORS, doer)
        || argumentIn(p, v, Lexicon.PERSON_NOUNS, doer) || hasActor(p, c, v, doer);
  }

  /**
   * Whether the subject or object of {@code v} is a person told by age or nationality ("the
   * 48-year-old Australian was sentenced"), not by name.
   */
  static boolean someone(Parse p, DepFinder.Context c, int v) {
    for (String rel : new String[] {"nsubj", "obj"}) {
      for (int x : p.children(v, rel)) {
        Mention m = Participants.mentionAt(c, p.tok(x));
        if (m != null && "NATIONALITY".equals(m.type()) || aged(p, x)) {
          return true;
        }
        for (Parse.Arc a : p.out(x)) {
          // "48-year-old", one token or split at its hyphens ("old" over "year")
          Parse.Tok t = p.tok(a.dep());
          if (t.word().toLowerCase().matches("\\d+-years?-old") || t.lemma().equals("old")
              && p.out(a.dep()).stream().anyMatch(y -> p.tok(y.dep()).lemma().equals("year"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "the 34-year-old" as a noun: "old" over "year". */
  private static boolean aged(Parse p, int x) {
    return p.tok(x).lemma().equals("old")
        && p.out(x).stream().anyMatch(y -> p.tok(y.dep()).lemma().equals("year"));
  }
}

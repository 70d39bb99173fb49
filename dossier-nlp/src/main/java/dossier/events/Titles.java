package dossier.events;

import dossier.model.Participant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "The president", "the prime minister" with no name: in news the one person the article named
 * with that title before ("President X ... the president himself met with Y"). Resolved only when
 * exactly one person was named with the title earlier in the article; "a president", "the former
 * president", "the president of B" and "the president's son" stay unresolved.
 */
final class Titles {
  /** Titles held by one person at a time in a story, by lemma. */
  private static final Set<String> TITLES = Set.of("president", "premier", "chancellor",
      "king", "queen", "pope", "governor", "mayor", "emperor", "minister", "secretary",
      "prime");
  /** Modifiers that name which minister or secretary ("prime minister", "foreign minister"). */
  private static final Set<String> OFFICES = Set.of("prime", "foreign", "defence", "defense",
      "interior", "finance", "general", "state");
  /** How far before a name its title may start ("President Bill X": the name's first part). */
  private static final int WINDOW = 40;

  private Titles() {}

  /** Adds the one person named earlier with the title {@code a} holds; whether there was one. */
  static boolean add(Parse p, DepFinder.Context c, int a, String role,
      Map<String, Participant> parts) {
    String id = holder(p, c, a);
    if (id == null) {
      return false;
    }
    parts.putIfAbsent(id, new Participant(id, role));
    return true;
  }

  /** The entity of the one person named earlier with the title token {@code a} holds, or null. */
  static String holder(Parse p, DepFinder.Context c, int a) {
    String title = title(p, a);
    if (title == null) {
      return null;
    }
    Pattern before = TitledPeople.titleBefore(title);
    Set<String> ids = TitledPeople.named(c, p.tok(a).start(),
        m -> TitledPeople.before(c.text(), m, before, WINDOW));
    return ids.size() == 1 ? ids.iterator().next() : null;
  }

  /** The title phrase token {@code a} is ("president", "prime minister"), or null. */
  private static String title(Parse p, int a) {
    Parse.Tok t = p.tok(a);
    String lemma = t.lemma().toLowerCase();
    if (!t.noun() || !TITLES.contains(lemma) || lemma.equals("prime")
        || !p.childIn(a, Set.of("the"), "det")) {
      return null;
    }
    for (Parse.Arc x : p.out(a)) {
      String r = x.rel();
      boolean self = p.tok(x.dep()).word().toLowerCase().endsWith("self");
      if (!self && (r.equals("flat") || r.equals("appos") || r.startsWith("nmod")
          || r.equals("dep"))) {
        return null; // "the president, X", "the president of B", "the president's"
      }
    }
    String office = null;
    for (Parse.Arc x : p.out(a)) {
      if (x.rel().equals("amod") || x.rel().equals("compound")) {
        String l = p.tok(x.dep()).word().toLowerCase();
        if (!OFFICES.contains(l)) {
          return null; // "the former president", "the Russian president"
        }
        office = office == null ? l : office;
      }
    }
    if ((lemma.equals("minister") || lemma.equals("secretary")) && office == null) {
      return null; // which minister is not said
    }
    if (p.in(a).stream().anyMatch(x -> x.rel().equals("nmod:poss"))) {
      return null; // "the president's son": not the president
    }
    return office == null ? lemma : office + " " + lemma;
  }
}

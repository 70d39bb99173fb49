package dossier.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The PLOVER types of WordNet lemmas ({@code plover-wordnet.tsv}, generated from WordNet 3.1 by
 * the test-scope {@code PloverWordNet}: seed senses per type, their troponyms and verb groups, a
 * lemma kept only when its dominant sense lies in one type's tree). Read once per JVM; WordNet
 * itself is no runtime dependency.
 */
final class WordNetLexicon {
  static final String RESOURCE = "/dossier/events/plover-wordnet.tsv";
  private static final Map<String, String> VERBS = new HashMap<>();
  private static final Map<String, String> NOUNS = new HashMap<>();

  static {
    try (InputStream in = WordNetLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        (f[1].equals("v") ? VERBS : NOUNS).put(f[0], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WordNetLexicon() {}

  /** The type of verb lemma {@code lemma}, or null. */
  static String verb(String lemma) {
    return VERBS.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** The type of noun lemma {@code lemma}, or null. */
  static String noun(String lemma) {
    return NOUNS.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** All verb lemmas with their types (for measuring). */
  static Map<String, String> verbs() {
    return Map.copyOf(VERBS);
  }

  /** All noun lemmas with their types (for measuring). */
  static Map<String, String> nouns() {
    return Map.copyOf(NOUNS);
  }

  /**
   * Whether another door already reads verb {@code lemma}: the lexicon, its argument verbs, the
   * speech, legal, crime and coverage acts, the statement verbs. Those words stay theirs: when
   * their own argument checks turn a sentence down ("attacked the plan"), this lexicon must not
   * take it up.
   */
  static boolean known(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return Lexicon.type(new Parse.Tok(0, 0, l, l, "VB")) != null
        || Lexicon.type(new Parse.Tok(0, 0, l, l, "NN")) != null
        || TriggerWords.argumentVerb(l) || SpeechActs.trigger(l) || LegalActs.trigger(l)
        || EventNouns.trigger(l) || CrimeActs.trigger(l) || CoverageVerbs.trigger(l)
        || StatementVerbs.of(l) != null;
  }
}

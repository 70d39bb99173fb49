package dossier.events;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence's tokens and its enhanced++ dependency arcs (UD relations with the preposition
 * folded in: "obl:in", "nmod:between", "conj:and"). Offsets are into the text the sentence was
 * cut from; token indexes are 0-based, a root arc has governor -1.
 */
record Parse(List<Tok> tokens, List<Arc> arcs) {
  /** A token: character range, word, lemma, part-of-speech tag. */
  record Tok(int start, int end, String word, String lemma, String tag) {
    boolean noun() {
      return tag.startsWith("NN");
    }

    boolean verb() {
      return tag.startsWith("VB");
    }
  }

  /** A dependency arc from governor {@code gov} to dependent {@code dep}. */
  record Arc(int gov, int dep, String rel) {}

  Parse {
    tokens = List.copyOf(tokens);
    arcs = List.copyOf(arcs);
  }

  /** Verbs an inverted clause starts with: "nor has X", "nor did X", "nor will X". */
  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("have", "do", "be",
      "will", "would", "can", "could", "shall", "should", "may", "might", "must");
  private static final java.util.Set<String> NEITHER = java.util.Set.of("neither");
  private static final java.util.Set<String> NOR = java.util.Set.of("nor");

  Tok tok(int i) {
    return tokens.get(i);
  }

  /**
   * Whether {@code i} is negated by an adverb ("not", "never", "n't") or by "neither ... nor"
   * ("neither approved nor rejected": both verbs are denied).
   */
  boolean negated(int i) {
    for (int a : children(i, "advmod")) {
      String w = tok(a).lemma().toLowerCase();
      if (w.equals("not") || w.equals("never") || w.equals("n't")) {
        return true;
      }
    }
    if (childIn(i, NEITHER, "cc:preconj") || childIn(i, NOR, "cc")) {
      return true;
    }
    int aux = governor(i, "ccomp"); // "nor has X attacked": parsed as a clause under "has"
    return aux >= 0 && AUXILIARIES.contains(tok(aux).lemma().toLowerCase())
        && childIn(aux, NOR, "cc");
  }

  /** Whether a child of {@code i} by one of {@code rels} has its lemma or word in {@code words}. */
  boolean childIn(int i, java.util.Set<String> words, String... rels) {
    for (String rel : rels) {
      for (int x : children(i, rel)) {
        if (words.contains(tok(x).lemma().toLowerCase())
            || words.contains(tok(x).word().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a child of {@code i} by one of {@code rels} is a proper name (not a pronoun). */
  boolean nameIn(int i, String... rels) {
    for (String rel : rels) {
      for (int x : children(i, rel)) {
        if (tok(x).tag().startsWith("NNP")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Arcs leaving {@code i} whose relation is {@code rel} or starts with {@code rel + ":"}. */
  List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Arc a : arcs) {
      if (a.gov() == i && (a.rel().equals(rel) || a.rel().startsWith(rel + ":"))) {
        out.add(a.dep());
      }
    }
    return out;
  }

  /** All arcs leaving {@code i}. */
  List<Arc> out(int i) {
    return arcs.stream().filter(a -> a.gov() == i).toList();
  }

  /** All arcs entering {@code i} (enhanced++ graphs may give a token several governors). */
  List<Arc> in(int i) {
    return arcs.stream().filter(a -> a.dep() == i).toList();
  }

  /** The first governor of {@code i} by an arc whose relation starts with one of {@code rels}. */
  int governor(int i, String... rels) {
    for (Arc a : in(i)) {
      for (String r : rels) {
        if (a.gov() >= 0 && (a.rel().equals(r) || a.rel().startsWith(r + ":"))) {
          return a.gov();
        }
      }
    }
    return -1;
  }

  /** The token that covers character {@code pos}, or -1. */
  int tokenAt(int pos) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= pos && pos < tokens.get(i).end()) {
        return i;
      }
    }
    return -1;
  }
}

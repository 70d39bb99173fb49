package dossier.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * A wildcard or prefix on title or body that skips the common-word pairs ("lintor_the" for
 * {@code lint*}): they would match the same documents as their words, but make the expansion
 * longer, count against its bound, and be marked as two words in snippets. Shows as the query it
 * narrows.
 */
final class NoPairsQuery extends AutomatonQuery {
  /** Every term but a pair: not (common "_" anything, or anything "_" common). */
  private static final Automaton NOT_PAIRS;

  static {
    List<Automaton> words = new ArrayList<>();
    for (String w : CommonWords.LIST) {
      words.add(Automata.makeString(w));
    }
    Automaton common = Operations.union(words);
    Automaton sep = Automata.makeChar('_');
    Automaton any = Automata.makeAnyString();
    Automaton pairs = Operations.union(Operations.concatenate(List.of(common, sep, any)),
        Operations.concatenate(List.of(any, sep, common)));
    NOT_PAIRS = Operations.determinize(Operations.complement(pairs, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT),
        Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
  }

  private final AutomatonQuery original;

  NoPairsQuery(AutomatonQuery original) {
    super(new Term(original.getField(), ""), Operations.intersection(original.getAutomaton(), NOT_PAIRS),
        Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, false, original.getRewriteMethod());
    this.original = original;
  }

  @Override
  public String toString(String field) {
    return original.toString(field);
  }
}

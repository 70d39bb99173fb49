package dossier.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * The highlighter's offsets from postings, as Lucene's own strategy finds them with its weight
 * matches, but with one searcher, rewrite and weight per segment and request instead of per
 * highlighted document (term lookups in the dictionary for every word of the query, ten times a
 * page). One instance serves one {@code highlightFields} call, documents one after another.
 */
final class ReusedWeights extends PostingsOffsetStrategy {
  private final Map<LeafReader, Weight> weights = new IdentityHashMap<>();

  ReusedWeights(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int doc, List<OffsetsEnum> results)
      throws IOException {
    Weight w = weights.get(leaf);
    if (w == null) {
      // as Lucene does per document; its field remapping is a no-op here (fields must match)
      IndexSearcher s = new IndexSearcher(leaf);
      s.setQueryCache(null);
      w = s.rewrite(components.getQuery()).createWeight(s, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      weights.put(leaf, w);
    }
    Matches matches = w.matches(leaf.getContext(), doc);
    if (matches == null) {
      return;
    }
    for (String field : matches) {
      if (components.getFieldMatcher().test(field)) {
        MatchesIterator it = matches.getMatches(field);
        if (it != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
        }
      }
    }
  }
}

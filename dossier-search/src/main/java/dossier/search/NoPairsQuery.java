package dossier.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * A wildcard or prefix on title or body that skips the common-word pairs ("lintor_the" for
 * {@code lint*}): they would match the same documents as their words, but make the expansion
 * longer, count against its bound, and be marked as two words in snippets. The terms the wildcard
 * enumerates are filtered as they go (cheaper than intersecting automata for each query). Shows as
 * the query it narrows.
 */
final class NoPairsQuery extends MultiTermQuery {
  private final MultiTermQuery original;

  NoPairsQuery(MultiTermQuery original) {
    super(original.getField(), original.getRewriteMethod());
    this.original = original;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return new FilteredTermsEnum(original.getTermsEnum(terms), false) {
      @Override
      protected AcceptStatus accept(BytesRef term) {
        return GramStats.isPair(term) ? AcceptStatus.NO : AcceptStatus.YES;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    original.visit(visitor); // what the highlighter asks of the body is the expanded words (HighlightQuery)
  }

  @Override
  public String toString(String field) {
    return original.toString(field);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoPairsQuery n && n.original.equals(original);
  }

  @Override
  public int hashCode() {
    return Objects.hash(NoPairsQuery.class, original);
  }
}

package dossier.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.packed.PackedInts;

/**
 * A searcher over one commit of the index with what every query over it needs, built once when the
 * commit is opened: the global numbering of collapse keys and the facet ordinals.
 */
final class DossierSearcher extends IndexSearcher {
  /** Collapse keys of all segments numbered 0..keys-1; null for an index without documents. */
  final OrdinalMap collapseKeys;
  final int keys;
  /** Facet ordinals; null when no document has a facet value. */
  final SortedSetDocValuesReaderState facets;

  DossierSearcher(IndexReader reader) throws IOException {
    super(reader);
    SortedDocValues[] values = new SortedDocValues[reader.leaves().size()];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(Fields.COLLAPSE);
      values[leaf.ord] = v == null ? DocValues.emptySorted() : v;
    }
    collapseKeys = OrdinalMap.build(null, values, PackedInts.DEFAULT);
    keys = Math.toIntExact(collapseKeys.getValueCount());
    SortedSetDocValuesReaderState f;
    try {
      f = new DefaultSortedSetDocValuesReaderState(reader, FacetSetup.config());
    } catch (IllegalArgumentException e) {
      f = null; // no facet values in this commit
    }
    facets = f;
  }

  /** Builds a {@link DossierSearcher} for each commit a reader opens. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new DossierSearcher(reader);
    }
  }
}

package dossier.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * A searcher over one commit of the index with what every query over it needs, built once when the
 * commit is opened (a commit never changes): each document's collapse key numbered across segments,
 * each document's facet ordinals in one array, the facet labels, how many live documents each kind
 * of record has. A query then reads arrays instead of doc values and ordinal maps per document.
 */
final class DossierSearcher extends IndexSearcher {
  /** Collapse keys of all segments numbered 0..keys-1. */
  final int keys;
  /** The collapse key of each document (by index-wide doc id); -1 for a document without one. */
  final int[] keyOfDoc;
  /** Facet ordinals; null when no document has a facet value. */
  final SortedSetDocValuesReaderState facets;
  /** Document d's global facet ordinals are {@code facetOrds[facetStart[d] .. facetStart[d + 1])}. */
  final int[] facetStart;
  final int[] facetOrds;
  /** The label of each global facet ordinal (the last part of its path). */
  final String[] facetLabels;
  /** Whether title and body hold common-word pairs ({@link Analyzers#ANALYSIS}): phrases read them. */
  final boolean grams;
  /** Live documents of each kind of record. */
  final Map<String, Integer> kindCounts;
  /**
   * The same commit without Lucene's query cache: a pass that only counts would otherwise have its
   * whole query cached as a document set once it repeats, a result cache in effect.
   */
  final IndexSearcher uncached;
  /** Arrays a collapse pass borrows, so that a request allocates none (they are index-sized). */
  private final ConcurrentLinkedQueue<CollapseCollector.Scratch> scratch = new ConcurrentLinkedQueue<>();

  DossierSearcher(IndexReader reader) throws IOException {
    super(reader);
    grams = reader instanceof DirectoryReader r
        && Analyzers.ANALYSIS.equals(r.getIndexCommit().getUserData().get(Analyzers.ANALYSIS_KEY));
    if (grams) {
      setSimilarity(GramStats.similarity(reader));
    }
    uncached = new IndexSearcher(reader);
    uncached.setQueryCache(null);
    uncached.setSimilarity(getSimilarity());
    keyOfDoc = new int[reader.maxDoc()];
    keys = collapseKeys(reader, keyOfDoc);
    SortedSetDocValuesReaderState f;
    try {
      f = new DefaultSortedSetDocValuesReaderState(reader, FacetSetup.config());
    } catch (IllegalArgumentException e) {
      f = null; // no facet values in this commit
    }
    facets = f;
    if (f == null) {
      facetStart = new int[reader.maxDoc() + 1];
      facetOrds = new int[0];
      facetLabels = new String[0];
    } else {
      SortedSetDocValues labels = f.getDocValues();
      OrdinalMap map = labels instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
      facetStart = new int[reader.maxDoc() + 1];
      facetOrds = facetOrdinals(reader, f.getField(), map, facetStart);
      facetLabels = new String[f.getSize()];
      for (int ord = 0; ord < facetLabels.length; ord++) {
        String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
        facetLabels[ord] = path[path.length - 1];
      }
    }
    Map<String, Integer> kinds = new HashMap<>();
    for (String k : SearchIndex.KINDS) {
      kinds.put(k, count(new TermQuery(new Term(Fields.REC, k))));
    }
    kindCounts = Map.copyOf(kinds);
  }

  private static int collapseKeys(IndexReader reader, int[] keyOfDoc) throws IOException {
    SortedDocValues[] values = new SortedDocValues[reader.leaves().size()];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(Fields.COLLAPSE);
      values[leaf.ord] = v == null ? DocValues.emptySorted() : v;
    }
    OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
    Arrays.fill(keyOfDoc, -1);
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues v = leaf.reader().getSortedDocValues(Fields.COLLAPSE);
      if (v == null) {
        continue;
      }
      LongValues global = map.getGlobalOrds(leaf.ord);
      for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
        keyOfDoc[leaf.docBase + d] = (int) global.get(v.ordValue());
      }
    }
    return Math.toIntExact(map.getValueCount());
  }

  private static int[] facetOrdinals(IndexReader reader, String field, OrdinalMap map, int[] start)
      throws IOException {
    int[] ords = new int[Math.max(16, reader.maxDoc() * 4)];
    int n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues v = DocValues.getSortedSet(leaf.reader(), field);
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      int base = leaf.docBase;
      int next = 0; // documents before this one without values start where the last one ended
      for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
        for (; next <= d; next++) {
          start[base + next] = n;
        }
        for (int i = 0, c = v.docValueCount(); i < c; i++) {
          if (n == ords.length) {
            ords = Arrays.copyOf(ords, n * 2);
          }
          ords[n++] = (int) global.get(v.nextOrd());
        }
      }
      for (; next < leaf.reader().maxDoc(); next++) {
        start[base + next] = n;
      }
    }
    start[reader.maxDoc()] = n;
    return Arrays.copyOf(ords, n);
  }

  /** Whether every live document is of one of {@code kinds}: a filter on them would pass all. */
  boolean onlyOf(java.util.List<String> kinds) {
    long n = 0;
    for (String k : kinds) {
      n += kindCounts.getOrDefault(k, 0);
    }
    return n == getIndexReader().numDocs();
  }

  CollapseCollector.Scratch borrow(int size) {
    CollapseCollector.Scratch s = scratch.poll();
    if (s == null || s.size() != size) {
      return new CollapseCollector.Scratch(size); // none free, or sized for the other mode: dropped
    }
    return s;
  }

  void giveBack(CollapseCollector.Scratch s) {
    if (scratch.size() < 8) {
      s.clear();
      scratch.offer(s);
    }
  }

  /** Builds a {@link DossierSearcher} for each commit a reader opens. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new DossierSearcher(reader);
    }
  }
}

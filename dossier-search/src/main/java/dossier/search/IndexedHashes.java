package dossier.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/** The hash of every indexed document, by uid, read from doc values (no stored fields). */
final class IndexedHashes {
  private IndexedHashes() {}

  static Map<String, String> read(Directory dir) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!DirectoryReader.indexExists(dir)) {
      return out;
    }
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : r.leaves()) {
        SortedDocValues uids = leaf.reader().getSortedDocValues(Fields.UID);
        BinaryDocValues hashes = leaf.reader().getBinaryDocValues(Fields.HASH);
        Bits live = leaf.reader().getLiveDocs();
        if (uids == null || hashes == null) {
          continue;
        }
        for (int doc = uids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = uids.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String hash = hashes.advanceExact(doc) ? hashes.binaryValue().utf8ToString() : "";
          out.put(uids.lookupOrd(uids.ordValue()).utf8ToString(), hash);
        }
      }
    }
    return out;
  }
}

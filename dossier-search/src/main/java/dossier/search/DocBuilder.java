package dossier.search;

import dossier.model.DateRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Builds one Lucene document and, as it goes, a hash of everything put in it: a build compares the
 * hash with the indexed one and re-indexes a record only when something it shows changed.
 */
final class DocBuilder {
  /** Body text: stored for snippets, offsets in the postings so highlighting never re-analyses. */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private final Document doc = new Document();
  private final MessageDigest digest;
  private final String uid;

  DocBuilder(String rec, String id) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    uid = rec + ":" + id;
    feed(Fields.FORMAT);
    doc.add(new StringField(Fields.UID, uid, Field.Store.NO));
    doc.add(new SortedDocValuesField(Fields.UID, new BytesRef(uid)));
    doc.add(new StringField(Fields.REC, rec, Field.Store.YES));
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
  }

  String uid() {
    return uid;
  }

  /** Searchable words, stored to be shown. */
  DocBuilder text(String field, String value) {
    if (value != null && !value.isBlank()) {
      feed(field, value);
      doc.add(new TextField(field, value, Field.Store.YES));
    }
    return this;
  }

  /** The body: searchable, stored, highlighted. */
  DocBuilder body(String value) {
    if (value != null && !value.isBlank()) {
      feed(Fields.BODY, value);
      doc.add(new Field(Fields.BODY, value, BODY_TYPE));
    }
    return this;
  }

  /** Searchable words, not stored (names and aliases: many per record). */
  DocBuilder words(String field, Collection<String> values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        feed(field, v);
        doc.add(new TextField(field, v, Field.Store.NO));
      }
    }
    return this;
  }

  /** One exact token, stored. */
  DocBuilder exact(String field, String value) {
    if (value != null && !value.isBlank()) {
      feed(field, value);
      doc.add(new StringField(field, value, Field.Store.YES));
    }
    return this;
  }

  /** Stored only, shown with a hit. */
  DocBuilder stored(String field, Collection<String> values) {
    for (String v : values) {
      if (v != null) {
        feed(field, v);
        doc.add(new StoredField(field, v));
      }
    }
    return this;
  }

  DocBuilder stored(String field, String value) {
    return value == null ? this : stored(field, java.util.List.of(value));
  }

  /** A facet value of dimension {@code dim}. */
  DocBuilder facet(String dim, String value) {
    if (value != null && !value.isBlank()) {
      feed("facet:" + dim, value);
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
    return this;
  }

  /** The key copies of one group share. */
  DocBuilder collapse(String key) {
    feed(Fields.COLLAPSE, key);
    doc.add(new SortedDocValuesField(Fields.COLLAPSE, new BytesRef(key)));
    return this;
  }

  /** Dates as a range of epoch days (a query range matches what it intersects), its text, its month. */
  DocBuilder date(DateRange range) {
    if (range == null || !range.isKnown()) {
      return this;
    }
    LocalDate lo = range.earliest() == null ? LocalDate.of(1, 1, 1) : range.earliest();
    LocalDate hi = range.latest() == null ? LocalDate.of(9999, 12, 31) : range.latest();
    feed(Fields.PUBLISHED, lo.toString(), hi.toString());
    doc.add(new IntRange(Fields.PUBLISHED, new int[] {(int) lo.toEpochDay()}, new int[] {(int) hi.toEpochDay()}));
    String text = range.value() != null ? range.value().toString()
        : (range.earliest() == null ? "" : range.earliest()) + ".." + (range.latest() == null ? "" : range.latest());
    doc.add(new StoredField(Fields.PUBLISHED_TEXT, text));
    LocalDate day = range.value() != null ? range.value() : range.earliest();
    if (day != null) {
      String month = day.toString().substring(0, 7);
      doc.add(new StringField(Fields.MONTH, month, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.MONTH, month));
    }
    return this;
  }

  /** The finished document with its hash. */
  Built build() {
    String hash = HexFormat.of().formatHex(digest.digest(), 0, 16);
    doc.add(new BinaryDocValuesField(Fields.HASH, new BytesRef(hash)));
    return new Built(uid, hash, doc);
  }

  record Built(String uid, String hash, Document doc) {}

  private void feed(String... parts) {
    for (String p : parts) {
      digest.update(p.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
  }
}

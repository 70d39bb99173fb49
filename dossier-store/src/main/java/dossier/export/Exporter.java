package dossier.export;

import dossier.store.DossierStore;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes a dossier out for people and other tools: one JSON object, JSON lines, or CSV tables.
 * Articles are streamed from the store, so exports of any size run in bounded memory. The caller's
 * stream is flushed, never closed. docs/export.md describes every field.
 */
public final class Exporter {
  private Exporter() {}

  /** The export formats. */
  public enum Format {
    JSON, JSONL, CSV;

    /** The format named {@code name} (any case); a clear error names the known ones. */
    public static Format parse(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown export format '" + name
          + "'; one of json, jsonl, csv");
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Writes the whole dossier in {@code format}; CSV writes the articles table. */
  public static void export(DossierStore store, Format format, OutputStream out)
      throws IOException {
    switch (format) {
      case JSON -> JsonExport.write(store, out, false);
      case JSONL -> JsonExport.write(store, out, true);
      case CSV -> CsvExport.write(store, "articles", out);
      default -> throw new IllegalArgumentException("unsupported format " + format);
    }
    out.flush();
  }

  /** Writes one CSV table, one of {@link #csvSections()}. */
  public static void exportCsvSection(DossierStore store, String section, OutputStream out)
      throws IOException {
    CsvExport.write(store, section, out);
    out.flush();
  }

  /** The sections {@link #exportCsvSection} knows: articles, captions, removed, files, ... */
  public static List<String> csvSections() {
    return CsvExport.sections();
  }
}

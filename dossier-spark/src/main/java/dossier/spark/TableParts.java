package dossier.spark;

import dossier.store.DossierStore;
import dossier.store.ParquetParts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Writes rows through the store's own writers into a scratch DuckDB file, then its tables as
 * Parquet part files to the job's output on any Hadoop file system: the part files have exactly
 * the columns and types of the store (the contract {@code dossier import-parquet} reads).
 */
final class TableParts {
  /** Tables whose rows belong to one article: written by the tasks, partition by partition. */
  static final List<String> ARTICLE_TABLES = List.of("articles", "article_paragraphs",
      "article_credits", "article_captions", "article_removed", "nlp_state", "nlp_names",
      "time_expressions", "dedup_signatures");

  /** Tables of the cross-article steps, gathered on the driver. */
  static final List<String> DRIVER_TABLES = List.of("meta", "files", "duplicate_groups",
      "duplicate_members", "duplicate_changes", "article_flags", "dedup_matches", "entities",
      "entity_aliases", "mentions", "events", "event_participants", "event_actors", "event_claims",
      "event_sources", "figures", "figure_sources", "figure_details", "figure_sentences", "figure_disputes",
      "figure_dispute_members", "stories", "story_articles", "story_entities", "story_citations",
      "storylines", "storyline_stories");

  private TableParts() {}

  /** Copies {@code tables} of {@code store} to {@code out} as part files named {@code name}. */
  static int upload(DossierStore store, List<String> tables, Path scratch, String out, String name,
      Configuration conf) throws IOException {
    Path local = scratch.resolve("parquet");
    List<Path> files = ParquetParts.write(store, tables, local, name);
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out);
    FileSystem fs = target.getFileSystem(conf);
    fs.setWriteChecksum(false); // no .crc files beside the parts on a local output
    for (Path f : files) {
      String rel = local.relativize(f).toString().replace('\\', '/');
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(f.toUri()),
          new org.apache.hadoop.fs.Path(target, rel));
    }
    return files.size();
  }
}

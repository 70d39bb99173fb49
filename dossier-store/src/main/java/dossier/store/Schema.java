package dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of a dossier and their version. A date range is stored as three DATE columns
 * ({@code x_value}, {@code x_earliest}, {@code x_latest}); offsets into an article's text are
 * {@code start_char}/{@code end_char} (half-open). Child tables keep an {@code ord} column so lists
 * read back in their original order. docs/schema.md describes every table.
 */
final class Schema {
  /** Raised whenever a table or column changes; {@link #migrate} brings older files up to it. */
  static final int VERSION = 4;

  private static final List<String> TABLES = List.of(
      "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS files (source VARCHAR PRIMARY KEY, size BIGINT NOT NULL,"
          + " mtime BIGINT NOT NULL, sha256 VARCHAR, status VARCHAR NOT NULL"
          + " CHECK (status IN ('done', 'skipped', 'error', 'partial')), reason VARCHAR,"
          + " progress BIGINT NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0)",
      "CREATE TABLE IF NOT EXISTS articles (id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL,"
          + " url VARCHAR, title VARCHAR, text VARCHAR NOT NULL, outlet VARCHAR, byline VARCHAR,"
          + " dateline VARCHAR, language VARCHAR, published_value DATE, published_earliest DATE,"
          + " published_latest DATE, published_basis VARCHAR NOT NULL, published_evidence VARCHAR,"
          + " published_confidence DOUBLE NOT NULL)",
      "CREATE TABLE IF NOT EXISTS article_paragraphs (article_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS article_credits (article_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, credit VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS article_captions (article_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, text VARCHAR NOT NULL, line INTEGER NOT NULL,"
          + " date_value DATE, date_earliest DATE, date_latest DATE)",
      "CREATE TABLE IF NOT EXISTS article_removed (article_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, line INTEGER NOT NULL, text VARCHAR NOT NULL, reason VARCHAR)",
      "CREATE TABLE IF NOT EXISTS entities (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,"
          + " type VARCHAR)",
      "CREATE TABLE IF NOT EXISTS entity_aliases (entity_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, alias VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS mentions (article_id VARCHAR NOT NULL,"
          + " start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL,"
          + " type VARCHAR, entity_id VARCHAR, part VARCHAR DEFAULT 'text')",
      "CREATE TABLE IF NOT EXISTS time_expressions (article_id VARCHAR NOT NULL,"
          + " start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL,"
          + " timex_type VARCHAR, timex_value VARCHAR, date_value DATE, date_earliest DATE,"
          + " date_latest DATE, part VARCHAR DEFAULT 'text')",
      "CREATE TABLE IF NOT EXISTS nlp_state (article_id VARCHAR NOT NULL, state VARCHAR NOT NULL,"
          + " tokens INTEGER NOT NULL, adjectives VARCHAR)",
      "CREATE TABLE IF NOT EXISTS nlp_names (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,"
          + " part VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,"
          + " text VARCHAR NOT NULL, type VARCHAR)",
      "CREATE TABLE IF NOT EXISTS event_mentions (article_id VARCHAR NOT NULL,"
          + " state VARCHAR NOT NULL, sentences INTEGER NOT NULL, parsed INTEGER NOT NULL,"
          + " tokens INTEGER NOT NULL, events VARCHAR NOT NULL, figures VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS events (id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL,"
          + " mode VARCHAR, status VARCHAR, date_value DATE, date_earliest DATE, date_latest DATE,"
          + " location_id VARCHAR, confidence DOUBLE NOT NULL, date_basis VARCHAR)",
      "CREATE TABLE IF NOT EXISTS event_participants (event_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, entity_id VARCHAR NOT NULL, role VARCHAR)",
      "CREATE TABLE IF NOT EXISTS event_actors (event_id VARCHAR NOT NULL, ord INTEGER NOT NULL,"
          + " role VARCHAR, label VARCHAR NOT NULL, sector VARCHAR, text VARCHAR,"
          + " affiliation_id VARCHAR, article_id VARCHAR, part VARCHAR, start_char INTEGER,"
          + " end_char INTEGER)",
      "CREATE TABLE IF NOT EXISTS event_claims (event_id VARCHAR NOT NULL, ord INTEGER NOT NULL,"
          + " article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,"
          + " context VARCHAR, part VARCHAR, claimant_id VARCHAR, claimant_text VARCHAR)",
      "CREATE TABLE IF NOT EXISTS event_sources (event_id VARCHAR NOT NULL, ord INTEGER NOT NULL,"
          + " article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,"
          + " context VARCHAR)",
      "CREATE TABLE IF NOT EXISTS figures (id VARCHAR PRIMARY KEY, value DOUBLE NOT NULL,"
          + " kind VARCHAR NOT NULL, qualifier VARCHAR, claimant_id VARCHAR, date_value DATE,"
          + " date_earliest DATE, date_latest DATE)",
      "CREATE TABLE IF NOT EXISTS figure_sources (figure_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL,"
          + " end_char INTEGER NOT NULL, context VARCHAR)",
      "CREATE TABLE IF NOT EXISTS figure_details (figure_id VARCHAR PRIMARY KEY, counted VARCHAR,"
          + " counted_group VARCHAR, side_id VARCHAR, claimant_text VARCHAR, period VARCHAR,"
          + " period_value DATE, period_earliest DATE, period_latest DATE, reported_value DATE,"
          + " reported_earliest DATE, reported_latest DATE, base_id VARCHAR, derivation VARCHAR,"
          + " low DOUBLE, high DOUBLE, independent_sources INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS figure_sentences (figure_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, sentence VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS figure_disputes (id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL,"
          + " counted_group VARCHAR, side_id VARCHAR, period_value DATE, period_earliest DATE,"
          + " period_latest DATE)",
      "CREATE TABLE IF NOT EXISTS figure_dispute_members (dispute_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, figure_id VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS duplicate_groups (id VARCHAR PRIMARY KEY,"
          + " canonical VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS duplicate_members (group_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, article_id VARCHAR NOT NULL, relation VARCHAR,"
          + " similarity DOUBLE NOT NULL)",
      "CREATE TABLE IF NOT EXISTS duplicate_changes (article_id VARCHAR NOT NULL,"
          + " canonical_id VARCHAR NOT NULL, ord INTEGER NOT NULL, kind VARCHAR NOT NULL,"
          + " from_start INTEGER, from_end INTEGER, to_start INTEGER, to_end INTEGER,"
          + " from_text VARCHAR, to_text VARCHAR, count INTEGER)",
      "CREATE TABLE IF NOT EXISTS article_flags (article_id VARCHAR NOT NULL, ord INTEGER NOT NULL,"
          + " flag VARCHAR NOT NULL, detail VARCHAR, parts VARCHAR[])",
      "CREATE TABLE IF NOT EXISTS dedup_signatures (article_id VARCHAR PRIMARY KEY,"
          + " shingles INTEGER NOT NULL, text_hash BIGINT NOT NULL, minhash VARCHAR NOT NULL,"
          + " sentence_keys VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS dedup_matches (a VARCHAR NOT NULL, b VARCHAR NOT NULL,"
          + " jaccard DOUBLE NOT NULL, in_b DOUBLE NOT NULL, in_a DOUBLE NOT NULL,"
          + " shared_sentences INTEGER NOT NULL, exact BOOLEAN NOT NULL, copy BOOLEAN NOT NULL)",
      "CREATE TABLE IF NOT EXISTS stories (id VARCHAR PRIMARY KEY, label VARCHAR,"
          + " span_value DATE, span_earliest DATE, span_latest DATE, summary VARCHAR)",
      "CREATE TABLE IF NOT EXISTS story_articles (story_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, article_id VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS story_entities (story_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, entity_id VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS story_citations (story_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, article_id VARCHAR NOT NULL, start_char INTEGER NOT NULL,"
          + " end_char INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS storylines (id VARCHAR PRIMARY KEY, label VARCHAR)",
      "CREATE TABLE IF NOT EXISTS storyline_stories (storyline_id VARCHAR NOT NULL,"
          + " ord INTEGER NOT NULL, story_id VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS runs (id VARCHAR PRIMARY KEY, started TIMESTAMP NOT NULL,"
          + " finished TIMESTAMP, files_read INTEGER NOT NULL, articles_written INTEGER NOT NULL,"
          + " skipped INTEGER NOT NULL, timings VARCHAR)");

  /**
   * Columns added to tables of older files (a no-op on tables created with them): which text of an
   * article (body, title, caption N) offsets point into. Null reads as the body.
   */
  private static final List<String> ADDED_COLUMNS = List.of(
      "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS part VARCHAR DEFAULT 'text'",
      "ALTER TABLE time_expressions ADD COLUMN IF NOT EXISTS part VARCHAR DEFAULT 'text'",
      "ALTER TABLE event_sources ADD COLUMN IF NOT EXISTS part VARCHAR",
      "ALTER TABLE figure_sources ADD COLUMN IF NOT EXISTS part VARCHAR",
      // what an event's date rests on (STATED, CAPTION, REPORT); null in older files: not known
      "ALTER TABLE events ADD COLUMN IF NOT EXISTS date_basis VARCHAR");

  private Schema() {}

  /** The names of all tables. */
  static List<String> tables() {
    return TABLES.stream().map(ddl -> ddl.split(" ")[5]).toList();
  }

  /**
   * Creates missing tables and records the version, in one transaction; refuses newer files.
   * Version 2 added the duplicates stage's tables ({@code duplicate_changes}, {@code article_flags},
   * {@code dedup_signatures}, {@code dedup_matches}), version 3 {@code story_citations}: creating
   * them is the whole migration. Version 4 added the language layer's {@code nlp_state} and
   * {@code nlp_names} and a {@code part} column ({@code text} for old rows) to {@code mentions} and
   * {@code time_expressions}. {@code event_mentions} (the events stage's per-article cache) came
   * without a new version: only a build reads it, and a build creates it on opening; a store
   * without it reads every article in its events stage once. {@code event_actors} (generic
   * actors of events) came the same way: a store without it has events with entity participants
   * only, and its readers check for the table; so did {@code event_claims} (whose word each
   * attributed report of an event is).
   */
  static void migrate(Connection c) throws SQLException {
    Transactions.run(c, () -> {
      try (Statement s = c.createStatement()) {
        for (String ddl : TABLES) {
          s.execute(ddl);
        }
        for (String ddl : ADDED_COLUMNS) {
          s.execute(ddl);
        }
      }
      int found = version(c);
      if (found > VERSION) {
        throw new SQLException("schema version " + found + " is newer than this Dossier ("
            + VERSION + "); use a newer release");
      }
      if (found < VERSION) {
        try (PreparedStatement p = c.prepareStatement(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)")) {
          p.setString(1, Integer.toString(VERSION));
          p.executeUpdate();
        }
      }
    });
  }

  /** The schema version of an open store, 0 when it has none yet. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      return r.next() ? Integer.parseInt(r.getString(1)) : 0;
    }
  }
}

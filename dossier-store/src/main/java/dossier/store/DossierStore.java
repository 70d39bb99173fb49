package dossier.store;

import dossier.dedup.Match;
import dossier.dedup.Signature;
import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.ArticleFlag;
import dossier.model.CopyChanges;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Story;
import dossier.model.TimeExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;

/**
 * A dossier on disk: one embedded DuckDB file {@code DIR/dossier.duckdb}. DuckDB allows one
 * writing process per file; readers open it read-only while no writer holds it. Every write is one
 * transaction, so a build killed at any moment leaves the store as of its last commit.
 */
public final class DossierStore implements AutoCloseable {
  /** The database file inside a dossier directory. */
  public static final String FILE = "dossier.duckdb";

  private final Path dir;
  private final DuckDBConnection c;
  private final boolean readOnly;

  private DossierStore(Path dir, DuckDBConnection c, boolean readOnly) {
    this.dir = dir;
    this.c = c;
    this.readOnly = readOnly;
  }

  /** Opens {@code dir} for writing, creating the directory and the tables when missing. */
  public static DossierStore open(Path dir) throws IOException {
    Files.createDirectories(dir);
    DuckDBConnection c = connect(dir, new Properties());
    try {
      Schema.migrate(c);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new IOException(dir + ": cannot prepare the dossier tables: " + e.getMessage(), e);
    }
    return new DossierStore(dir, c, false);
  }

  /** Opens an existing dossier for reading; fails when {@code dir} holds no dossier. */
  public static DossierStore openReadOnly(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(FILE))) {
      throw new NoSuchFileException(dir.toString(), null,
          dir + " is not a dossier (no " + FILE + ")");
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    DuckDBConnection c = connect(dir, p);
    try {
      int version = Schema.version(c);
      if (version != Schema.VERSION) {
        throw new IOException(dir + ": dossier schema version " + version + ", this Dossier reads "
            + Schema.VERSION + "; open it once for writing (dossier build) to migrate it");
      }
    } catch (SQLException | IOException e) {
      closeQuietly(c);
      throw e instanceof IOException io ? io
          : new IOException(dir + " is not a readable dossier: " + e.getMessage(), e);
    }
    return new DossierStore(dir, c, true);
  }

  private static DuckDBConnection connect(Path dir, Properties p) throws IOException {
    String url = "jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath();
    try {
      return (DuckDBConnection) DriverManager.getConnection(url, p);
    } catch (SQLException e) {
      // DuckDB's lock message names the process that holds the file: pass it on
      throw new IOException(dir + ": cannot open " + FILE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Another handle on this read-only store's database for another thread (a server's request
   * threads each borrow one): a new connection to the same open database, closed on its own.
   */
  public DossierStore duplicateReader() throws IOException {
    if (!readOnly) {
      throw new IllegalStateException(dir + " is open for writing: readers duplicate read-only stores");
    }
    try {
      return new DossierStore(dir, (DuckDBConnection) c.duplicate(), true);
    } catch (SQLException e) {
      throw new IOException(dir + ": cannot open another reader: " + e.getMessage(), e);
    }
  }

  /** The connection, for the read-only query classes of this package. */
  DuckDBConnection connection() {
    return c;
  }

  /** The dossier directory. */
  public Path dir() {
    return dir;
  }

  /** What an earlier build recorded for input file {@code source}. */
  public Optional<FileRecord> file(String source) {
    return read("read the record of " + source, () -> FileTable.find(c, source));
  }

  /** The stored records of {@code sources} that exist, by source: one query for many files. */
  public java.util.Map<String, FileRecord> files(java.util.Collection<String> sources) {
    return read("read the records of " + sources.size() + " files", () -> FileTable.findAll(c, sources));
  }

  /** Every file record, by source. */
  public List<FileRecord> files() {
    return read("read the file records", () -> FileTable.all(c));
  }

  /**
   * Upserts the batch's file records and stores its articles with all their parts, in one
   * transaction. An article whose id is stored already is replaced; a file record whose size,
   * mtime and hash all differ from the stored one drops the articles read from that file before.
   */
  public void commit(Batch batch) {
    write("commit " + batch.articles().size() + " articles", () -> new ArticleWriter(c).commit(batch));
  }

  /** Replaces all entities (with their aliases) and mentions. */
  public void replaceEntities(List<Entity> entities, List<Mention> mentions) {
    write("store entities", () -> annotations().replaceEntities(entities, mentions));
  }

  /** Rewrites the publication dates of stored articles, by article id; nothing else changes. */
  public void updatePublished(java.util.Map<String, dossier.model.PublicationDate> dates) {
    write("update " + dates.size() + " publication dates", () -> PublishedUpdates.update(c, dates));
  }

  /** Replaces all duplicate groups. */
  public void replaceDuplicates(List<DuplicateGroup> groups) {
    write("store duplicate groups", () -> annotations().replaceDuplicates(groups));
  }

  /** Replaces all stories. */
  public void replaceStories(List<Story> stories) {
    write("store stories", () -> annotations().replaceStories(stories));
  }

  /**
   * Replaces all stories, the sources of their summary sentences (by story id) and the
   * storylines, in one transaction.
   */
  public void replaceStories(List<Story> stories, java.util.Map<String, List<dossier.model.Evidence>> citations,
      List<dossier.model.Storyline> storylines) {
    write("store stories", () -> new StoryTables(c).replace(stories, citations, storylines));
  }

  /** Replaces what each figure is about and the disputes between figures, in one transaction. */
  public void replaceFigureDetails(List<dossier.model.FigureDetail> details,
      List<dossier.model.FigureDispute> disputes) {
    write("store figure details", () -> new FigureTables(c).replace(details, disputes));
  }

  /** What each figure is about, by figure id (empty for a dossier built before they existed). */
  public java.util.Map<String, dossier.model.FigureDetail> figureDetails() {
    return read("read figure details", () -> new FigureTables(c).details());
  }

  /** The disputes between figures, in id order. */
  public List<dossier.model.FigureDispute> figureDisputes() {
    return read("read figure disputes", () -> new FigureTables(c).disputes());
  }

  /** The sources of each story's summary sentences, by story id, in summary order. */
  public java.util.Map<String, List<dossier.model.Evidence>> storyCitations() {
    return read("read story citations", () -> new StoryTables(c).citations());
  }

  /** The storylines, in id order. */
  public List<dossier.model.Storyline> storylines() {
    return read("read storylines", () -> new StoryTables(c).storylines());
  }

  /** Stores time expressions, replacing those stored before for the same articles. */
  public void addTimes(List<TimeExpression> times) {
    write("store time expressions", () -> annotations().addTimes(times));
  }

  /**
   * The language layer's stored annotation key of every annotated article, by article id: an
   * article whose key is unchanged need not be annotated again.
   */
  public java.util.Map<String, String> annotationStates() {
    return read("read annotation states", () -> new NlpTables(c).states());
  }

  /**
   * Stores the language layer's results for a chunk of articles in one transaction: their names,
   * time expressions (each replacing the article's earlier rows), annotation keys and new
   * publication dates.
   */
  public void commitAnnotations(List<ArticleAnnotation> annotated) {
    write("store the annotations of " + annotated.size() + " articles",
        () -> new NlpTables(c).commit(annotated));
  }

  /**
   * The stored names of every annotated article (no times, no date), ordered by source then id:
   * the input of the cross-article entity resolution that runs every build.
   */
  public List<ArticleAnnotation> annotatedNames() {
    return read("read annotated names", () -> new NlpTables(c).names());
  }

  /** Drops the language layer's rows of articles no longer stored; returns how many articles. */
  public int dropStaleAnnotations() {
    int[] n = {0};
    write("drop stale annotations", () -> n[0] = new NlpTables(c).dropStale());
    return n[0];
  }

  /**
   * The events stage's stored key of every article it read, by article id: an article whose key
   * is unchanged need not be read again.
   */
  public java.util.Map<String, String> eventStates() {
    return read("read event states", () -> new EventTables(c).states());
  }

  /** Stores the events stage's per-article results for a chunk of articles, in one transaction. */
  public void commitEventMentions(List<ArticleEventMentions> rows) {
    write("store the event mentions of " + rows.size() + " articles",
        () -> new EventTables(c).commit(rows));
  }

  /** The events stage's per-article results, in the order articles are read (source, then id). */
  public List<ArticleEventMentions> eventMentions() {
    return read("read event mentions", () -> new EventTables(c).all());
  }

  /** Drops the events stage's rows of articles no longer stored; returns how many. */
  public int dropStaleEventMentions() {
    int[] n = {0};
    write("drop stale event mentions", () -> n[0] = new EventTables(c).dropStale());
    return n[0];
  }

  /** Replaces all events with their participants and sources. */
  public void replaceEvents(List<Event> events) {
    write("store events", () -> annotations().replaceEvents(events));
  }

  /** Replaces all figures with their sources. */
  public void replaceFigures(List<Figure> figures) {
    write("store figures", () -> annotations().replaceFigures(figures));
  }

  /** Drops the duplicates stage's signatures and pairs of articles no longer stored. */
  public void dropStaleDedup() {
    write("drop stale signatures", () -> dedup().dropStale());
  }

  /** Ids of articles without a stored signature (new since the last duplicates run). */
  public List<String> unsignedArticles() {
    return read("find unsigned articles", () -> dedup().unsigned());
  }

  /** Texts of the stored articles among {@code ids}, by id: one query. */
  public java.util.Map<String, String> texts(java.util.Collection<String> ids) {
    return read("read " + ids.size() + " texts", () -> dedup().texts(ids));
  }

  /** The stored articles among {@code ids}, by id: one query per table. */
  public java.util.Map<String, Article> articles(java.util.Collection<String> ids) {
    return read("read " + ids.size() + " articles", () -> {
      java.util.Map<String, Article> out = new java.util.HashMap<>();
      new ArticleReader(c).byIds(ids).forEach(a -> out.put(a.id(), a));
      return out;
    });
  }

  /** Sets the publication date of stored articles (by id), leaving every other column and row. */
  public void updatePublished(List<Article> articles) {
    write("update " + articles.size() + " dates", () -> new ArticleReader(c).updatePublished(articles));
  }

  /** Stores duplicate signatures (for incremental runs). */
  public void addSignatures(List<Signature> signatures) {
    write("store signatures", () -> dedup().addSignatures(signatures));
  }

  /** Every stored duplicate signature, in article id order. */
  public List<Signature> signatures() {
    return read("read signatures", () -> dedup().signatures());
  }

  /** Stores verified pairs (copies and shared passages). */
  public void addMatches(List<Match> matches) {
    write("store verified pairs", () -> dedup().addMatches(matches));
  }

  /** Every stored verified pair. */
  public List<Match> matches() {
    return read("read verified pairs", () -> dedup().matches());
  }

  /** Replaces the duplicate groups, the copies' changes and the article flags together. */
  public void replaceDuplicates(List<DuplicateGroup> groups, List<CopyChanges> changes,
      List<ArticleFlag> flags) {
    write("store duplicate groups", () -> dedup().replaceResults(groups, changes, flags));
  }

  /**
   * Replaces only the groups a build regrouped: drops {@code dropped} groups and their changes,
   * writes {@code groups} with their changes, replaces the article flags; one transaction.
   */
  public void updateDuplicates(java.util.Collection<String> dropped, List<DuplicateGroup> groups,
      List<CopyChanges> changes, List<ArticleFlag> flags) {
    write("store regrouped duplicates", () -> dedup().updateResults(dropped, groups, changes, flags));
  }

  /** What each copy changed against its canonical article, in copy id order. */
  public List<CopyChanges> copyChanges() {
    return read("read copy changes", () -> dedup().changes());
  }

  /** Article flags ({@code composite}) by article id. */
  public java.util.Map<String, List<ArticleFlag>> articleFlags() {
    return read("read article flags", () -> dedup().flags());
  }

  private DedupTables dedup() {
    return new DedupTables(c);
  }

  /** Records a build run (a run with the same id is replaced, so a run can be recorded twice). */
  public void recordRun(RunRecord run) {
    write("record run " + run.id(), () -> annotations().recordRun(run));
  }

  /** Streams every article, ordered by source then id, a page at a time. */
  public void forEachArticle(Consumer<Article> sink) {
    read("read the articles", () -> {
      new ArticleReader(c).forEach(sink);
      return null;
    });
  }

  /**
   * Each article's publication range by id, read from the date columns alone (the timeline needs
   * no texts: streaming whole articles took ~55 s on 100,000 of them).
   */
  public Map<String, DateRange> publishedRanges() {
    return read("read publication dates", () -> {
      Map<String, DateRange> out = new HashMap<>();
      try (var s = c.createStatement(); var r = s.executeQuery("SELECT id, published_value,"
          + " published_earliest, published_latest FROM articles")) {
        while (r.next()) {
          out.put(r.getString(1), Dates.read(r, "published"));
        }
      }
      return out;
    });
  }

  public Optional<Article> article(String id) {
    return read("read article " + id, () -> new ArticleReader(c).byId(id));
  }

  public List<Entity> entities() {
    return read("read entities", () -> new AnnotationReader(c).entities());
  }

  /**
   * Every resolved mention, of the body and of the captions: {@link Mention#part()} says which
   * text its offsets point into ("text", "caption:N" for {@code captions().get(N).text()}).
   * Ordered by article, body first, then by offset.
   */
  public List<Mention> mentions() {
    return read("read mentions", () -> new AnnotationReader(c).mentions());
  }

  /** Mention counts and articles of every mentioned entity, by entity id. */
  public java.util.Map<String, EntityStats> entityStats() {
    return read("count mentions", () -> new AnnotationReader(c).entityStats());
  }

  public List<DuplicateGroup> duplicates() {
    return read("read duplicate groups", () -> new AnnotationReader(c).duplicates());
  }

  public List<Story> stories() {
    return read("read stories", () -> new AnnotationReader(c).stories());
  }

  public List<Event> events() {
    return read("read events", () -> new AnnotationReader(c).events());
  }

  public List<Figure> figures() {
    return read("read figures", () -> new AnnotationReader(c).figures());
  }

  /**
   * Every time expression, of the body and of the captions ({@link TimeExpression#part()}, as for
   * {@link #mentions()}). Ordered by article, body first, then by offset.
   */
  public List<TimeExpression> times() {
    return read("read time expressions", () -> new AnnotationReader(c).times());
  }

  /** The recorded build runs, oldest first. */
  public List<RunRecord> runs() {
    return read("read runs", () -> new AnnotationReader(c).runs());
  }

  /** Counts, problem files, date span, outlets and credits. */
  public Info info() {
    return read("summarise", () -> InfoQuery.run(c));
  }

  /** Outlet of every stored article, by id (null when unknown): one query, for the search index. */
  public java.util.Map<String, String> outlets() {
    return read("read outlets", () -> {
      java.util.Map<String, String> out = new java.util.HashMap<>();
      Rows.list(c, "SELECT id, outlet FROM articles", r -> out.put(r.getString(1), r.getString(2)));
      return out;
    });
  }

  /** Number of rows of one of the dossier's tables (for export headers and checks). */
  public long count(String table) {
    if (!Schema.tables().contains(table)) {
      throw new IllegalArgumentException("no table " + table + " in a dossier");
    }
    return read("count " + table, () -> Rows.list(c, "SELECT count(*) FROM " + table,
        r -> r.getLong(1)).get(0));
  }

  @Override
  public void close() {
    closeQuietly(c);
  }

  private AnnotationWriter annotations() {
    return new AnnotationWriter(c);
  }

  private <T> T read(String what, Rows.SqlCall<T> call) {
    return Rows.read(dir, what, call);
  }

  private void write(String what, Transactions.Work work) {
    if (readOnly) {
      throw new IllegalStateException(dir + " is open read-only: cannot " + what);
    }
    read(what, () -> {
      work.run();
      return null;
    });
  }

  private static void closeQuietly(DuckDBConnection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // nothing left to do with a connection that fails to close
    }
  }
}

package dossier.store;

import dossier.model.Article;
import dossier.model.CopyChanges;
import dossier.model.CopyChanges.Change;
import dossier.model.CopyChanges.Edit;
import dossier.model.CopyChanges.Passage;
import dossier.model.CopyChanges.Respelling;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Claim;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Span;
import dossier.model.Story;
import dossier.model.Storyline;
import dossier.model.TimeExpression;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paged, filtered reads for the web API: one page of rows per call, never a whole table. Every
 * value from a request reaches SQL as a bound parameter; only constant SQL text is concatenated.
 * Use one reader per thread (it shares its store's connection).
 */
public final class ApiReader {
  /** One page of results and the number of rows matching in all. */
  public record Page<T>(long total, List<T> items) {}

  /** An article's listing fields (no text). */
  public record ArticleRow(String id, String source, String url, String title, String outlet,
      String credit, String language, dossier.model.PublicationDate published, String group) {}

  /** Article filters; null means no restriction. {@code from}/{@code to} keep articles whose
   *  publication range may reach the bound. */
  public record ArticleFilter(String outlet, String credit, String language, LocalDate from,
      LocalDate to, String story, String entity) {}

  /** An entity with its mention count. */
  public record EntityRow(Entity entity, long mentions, long articles) {}

  /** Another entity mentioned in the same articles, and in how many. */
  public record Cooccurrence(String id, String name, String type, long articles) {}

  /** Articles per story, made by {@link Snapshot#publish} (absent from the live store). */
  static final String STORY_SIZES = "snapshot_story_sizes";
  /** Mentions and mentioning articles per entity, made by {@link Snapshot#publish}. */
  static final String ENTITY_COUNTS = "snapshot_entity_counts";
  /** Mentions and mentioning articles per entity and month, made by {@link Snapshot#publish}. */
  static final String ENTITY_MONTHS = "snapshot_entity_months";
  /**
   * The {@link #COOCCURRING_KEPT} entities most often mentioned in the same articles as each entity
   * in at least {@link #COOCCURRING_FROM} articles, made by {@link Snapshot#publish}: counting them
   * per request reads every mention of those articles (0.15–1.4 s for an entity in 29,000 of
   * 100,000 articles); for a rarer entity the count per request is cheap.
   */
  static final String COOCCURRING = "snapshot_cooccurring";
  static final int COOCCURRING_FROM = 200;
  static final int COOCCURRING_KEPT = 100;

  private final DossierStore store;
  private final Connection c;

  public ApiReader(DossierStore store) {
    this.store = store;
    this.c = store.connection();
  }

  // ---- articles

  public Page<ArticleRow> articles(ArticleFilter f, int offset, int limit) {
    return read("list articles", () -> {
      List<Object> args = new ArrayList<>();
      StringBuilder where = new StringBuilder(" WHERE 1=1");
      if (f.outlet() != null) {
        where.append(" AND lower(a.outlet) = lower(?)");
        args.add(f.outlet());
      }
      if (f.language() != null) {
        where.append(" AND a.language = ?");
        args.add(f.language());
      }
      if (f.credit() != null) {
        where.append(" AND a.id IN (SELECT article_id FROM article_credits WHERE lower(credit) = lower(?))");
        args.add(f.credit());
      }
      if (f.from() != null) {
        where.append(" AND a.published_latest IS NOT NULL AND a.published_latest >= ?");
        args.add(f.from());
      }
      if (f.to() != null) {
        where.append(" AND a.published_earliest IS NOT NULL AND a.published_earliest <= ?");
        args.add(f.to());
      }
      if (f.story() != null) {
        where.append(" AND a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)");
        args.add(f.story());
      }
      if (f.entity() != null) {
        where.append(" AND a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)");
        args.add(f.entity());
      }
      long total = count("SELECT count(*) FROM articles a" + where, args);
      List<Object> pageArgs = new ArrayList<>(args);
      pageArgs.add(limit);
      pageArgs.add(offset);
      // pick the page on the key columns only, then read those rows and their parts by id
      List<String> ids = query("SELECT a.id FROM articles a" + where
          + " ORDER BY a.source, a.id LIMIT ? OFFSET ?", pageArgs, r -> r.getString(1));
      return new Page<>(total, rows(ids));
    });
  }

  /** The ids of all articles in listing order (source, id): one sort, for a caller to keep. */
  public List<String> articleOrder() {
    return read("order the articles", () -> query("SELECT id FROM articles ORDER BY source, id",
        List.of(), r -> r.getString(1)));
  }

  /** Articles in one month: {@code month} is YYYY-MM. */
  public record MonthCount(String month, long articles) {}

  /**
   * Articles per month of publication (the day, else the earliest day it may be), oldest first;
   * undated articles are left out. Copies count: this is activity, not distinct reports.
   */
  public List<MonthCount> articlesByMonth() {
    return read("count articles by month", () -> query("SELECT strftime(d, '%Y-%m') m, count(*) FROM"
        + " (SELECT coalesce(published_value, published_earliest) d FROM articles) WHERE d IS NOT NULL"
        + " GROUP BY m ORDER BY m", List.of(), r -> new MonthCount(r.getString(1), r.getLong(2))));
  }

  /** Articles that copy another one: members of duplicate groups other than their canonical copy. */
  public long copies() {
    return read("count copies", () -> count("SELECT count(*) FROM duplicate_members m JOIN"
        + " duplicate_groups g ON g.id = m.group_id WHERE m.article_id <> g.canonical", List.of()));
  }

  /** The listing rows of {@code ids}, in that order (ids not stored are left out). */
  public List<ArticleRow> articleRows(List<String> ids) {
    return read("read articles", () -> rows(ids));
  }

  private List<ArticleRow> rows(List<String> ids) throws SQLException {
      if (ids.isEmpty()) {
        return List.of();
      }
      Array arr = c.createArrayOf("VARCHAR", ids.toArray());
      Map<String, String> credit = new HashMap<>();
      query("SELECT article_id, credit FROM article_credits WHERE ord = 0 AND article_id IN"
          + " (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr),
          r -> credit.put(r.getString(1), r.getString(2)));
      Map<String, String> group = new HashMap<>();
      query("SELECT article_id, group_id FROM duplicate_members WHERE article_id IN"
          + " (SELECT unnest(CAST(? AS VARCHAR[]))) UNION ALL SELECT canonical, id FROM duplicate_groups"
          + " WHERE canonical IN (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr, arr),
          r -> group.putIfAbsent(r.getString(1), r.getString(2)));
      Map<String, ArticleRow> byId = new HashMap<>();
      query("SELECT a.id, a.source, a.url, a.title, a.outlet, a.language,"
          + " a.published_value, a.published_earliest, a.published_latest, a.published_basis,"
          + " a.published_evidence, a.published_confidence FROM articles a"
          + " WHERE a.id IN (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr),
          r -> byId.put(r.getString(1), new ArticleRow(r.getString(1), r.getString(2),
              r.getString(3), r.getString(4), r.getString(5), credit.get(r.getString(1)),
              r.getString(6), published(r), group.get(r.getString(1)))));
      return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  private static dossier.model.PublicationDate published(ResultSet r) throws SQLException {
    var range = Dates.read(r, "published");
    String basis = r.getString("published_basis");
    return new dossier.model.PublicationDate(range,
        basis == null ? dossier.model.DateBasis.UNKNOWN : dossier.model.DateBasis.valueOf(basis),
        r.getString("published_evidence"), r.getDouble("published_confidence"));
  }

  public Optional<Article> article(String id) {
    return store.article(id);
  }

  /** Article flags of one article. */
  public List<dossier.model.ArticleFlag> flags(String articleId) {
    return read("read flags", () -> query("SELECT article_id, flag, detail, parts FROM article_flags"
        + " WHERE article_id = ? ORDER BY ord", List.of(articleId), r -> new dossier.model.ArticleFlag(
            r.getString(1), r.getString(2), r.getString(3), Rows.strings(r.getArray(4)))));
  }

  // ---- duplicate groups

  public Page<DuplicateGroup> groups(int offset, int limit) {
    return read("list duplicate groups", () -> {
      long total = count("SELECT count(*) FROM duplicate_groups", List.of());
      List<String> ids = query("SELECT id FROM duplicate_groups ORDER BY id LIMIT ? OFFSET ?",
          List.of(limit, offset), r -> r.getString(1));
      return new Page<>(total, groupsById(ids));
    });
  }

  public Optional<DuplicateGroup> group(String id) {
    return read("read a duplicate group", () -> groupsById(List.of(id)).stream().findFirst());
  }

  /** The group an article belongs to (as canonical article or copy). */
  public Optional<DuplicateGroup> groupOf(String articleId) {
    return read("find the group of an article", () -> {
      List<String> ids = query("SELECT group_id FROM duplicate_members WHERE article_id = ?"
          + " UNION SELECT id FROM duplicate_groups WHERE canonical = ? ORDER BY 1 LIMIT 1",
          List.of(articleId, articleId), r -> r.getString(1));
      return groupsById(ids).stream().findFirst();
    });
  }

  private List<DuplicateGroup> groupsById(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Array arr = c.createArrayOf("VARCHAR", ids.toArray());
    Map<String, List<DuplicateGroup.Member>> members = grouped("SELECT group_id, article_id, relation,"
        + " similarity FROM duplicate_members WHERE group_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY group_id, ord",
        arr, r -> new DuplicateGroup.Member(r.getString(2), r.getString(3), r.getDouble(4)));
    Map<String, String> canonical = new HashMap<>();
    query("SELECT id, canonical FROM duplicate_groups WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr),
        r -> canonical.put(r.getString(1), r.getString(2)));
    List<DuplicateGroup> out = new ArrayList<>();
    for (String id : ids) {
      if (canonical.containsKey(id)) {
        out.add(new DuplicateGroup(id, canonical.get(id), members.getOrDefault(id, List.of())));
      }
    }
    return out;
  }

  /** What each of {@code copies} changed against its canonical article, by copy id. */
  public Map<String, CopyChanges> changes(List<String> copies) {
    return read("read copy changes", () -> {
      Map<String, Object[]> b = new LinkedHashMap<>();
      if (copies.isEmpty()) {
        return Map.of();
      }
      Array arr = c.createArrayOf("VARCHAR", copies.toArray());
      query("SELECT * FROM duplicate_changes WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))"
          + " ORDER BY article_id, ord", List.of(arr), r -> {
            // [canonical, title, added, removed, edited, spelling]
            Object[] x = b.computeIfAbsent(r.getString("article_id"), k -> new Object[] {null, null,
                new ArrayList<Passage>(), new ArrayList<Passage>(), new ArrayList<Edit>(),
                new ArrayList<Respelling>()});
            x[0] = r.getString("canonical_id");
            Passage from = passage(r, "from");
            Passage to = passage(r, "to");
            switch (r.getString("kind")) {
              case "title" -> x[1] = new Change(r.getString("from_text"), r.getString("to_text"));
              case "added" -> cast(x[2], Passage.class).add(to);
              case "removed" -> cast(x[3], Passage.class).add(from);
              case "edited" -> cast(x[4], Edit.class).add(new Edit(from, to));
              case "spelling" -> cast(x[5], Respelling.class).add(new Respelling(
                  r.getString("from_text"), r.getString("to_text"), r.getInt("count")));
              default -> { } // a kind this reader does not know is left out, not a failure
            }
            return null;
          });
      Map<String, CopyChanges> out = new LinkedHashMap<>();
      b.forEach((id, x) -> out.put(id, new CopyChanges(id, (String) x[0], (Change) x[1],
          cast(x[2], Passage.class), cast(x[3], Passage.class), cast(x[4], Edit.class),
          cast(x[5], Respelling.class))));
      return out;
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(Object list, Class<T> type) {
    return (List<T>) list;
  }

  private static Passage passage(ResultSet r, String side) throws SQLException {
    int start = r.getInt(side + "_start");
    if (r.wasNull()) {
      return null;
    }
    return new Passage(new Span(start, r.getInt(side + "_end")), r.getString(side + "_text"));
  }

  // ---- stories and storylines

  public Page<Story> stories(String entity, String article, int offset, int limit) {
    return stories(entity, article, StoryOrder.ID, offset, limit);
  }

  /** Orders of a story list: by id, latest reported first, most articles first (ties by id). */
  public enum StoryOrder {
    ID(" ORDER BY id"),
    LATEST(" ORDER BY coalesce(span_latest, span_value, span_earliest) DESC NULLS LAST, id"),
    /** Joined with the article counts ({@link #storySizes}). */
    LARGEST(" ORDER BY coalesce(z.n, 0) DESC, id");

    private final String sql;

    StoryOrder(String sql) {
      this.sql = sql;
    }
  }

  public Page<Story> stories(String entity, String article, StoryOrder order, int offset, int limit) {
    return read("list stories", () -> {
      List<Object> args = new ArrayList<>();
      StringBuilder where = new StringBuilder(" WHERE 1=1");
      if (entity != null) {
        where.append(" AND id IN (SELECT story_id FROM story_entities WHERE entity_id = ?)");
        args.add(entity);
      }
      if (article != null) {
        where.append(" AND id IN (SELECT story_id FROM story_articles WHERE article_id = ?)");
        args.add(article);
      }
      long total = count("SELECT count(*) FROM stories" + where, args);
      args.add(limit);
      args.add(offset);
      String from = order == StoryOrder.LARGEST
          ? "stories LEFT JOIN " + storySizes() + " z ON z.story_id = stories.id" : "stories";
      List<String> ids = query("SELECT id FROM " + from + where + order.sql + " LIMIT ? OFFSET ?",
          args, r -> r.getString(1));
      return new Page<>(total, storiesById(ids));
    });
  }

  public Optional<Story> story(String id) {
    return read("read a story", () -> storiesById(List.of(id)).stream().findFirst());
  }

  private List<Story> storiesById(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Array arr = c.createArrayOf("VARCHAR", ids.toArray());
    Map<String, List<String>> articles = grouped("SELECT story_id, article_id FROM story_articles"
        + " WHERE story_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY story_id, ord", arr, r -> r.getString(2));
    Map<String, List<String>> entities = grouped("SELECT story_id, entity_id FROM story_entities"
        + " WHERE story_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY story_id, ord", arr, r -> r.getString(2));
    Map<String, Story> byId = new HashMap<>();
    query("SELECT * FROM stories WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr), r -> {
      String id = r.getString("id");
      return byId.put(id, new Story(id, r.getString("label"), articles.get(id), Dates.read(r, "span"),
          entities.get(id), r.getString("summary")));
    });
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  /** The sources of a story's summary sentences, in summary order. */
  public List<Evidence> citations(String storyId) {
    return read("read story citations", () -> query("SELECT article_id, start_char, end_char"
        + " FROM story_citations WHERE story_id = ? ORDER BY ord", List.of(storyId),
        r -> new Evidence(r.getString(1), r.getInt(2), r.getInt(3), null)));
  }

  public Page<Storyline> storylines(int offset, int limit) {
    return read("list storylines", () -> {
      long total = count("SELECT count(*) FROM storylines", List.of());
      List<String> ids = query("SELECT id FROM storylines ORDER BY id LIMIT ? OFFSET ?",
          List.of(limit, offset), r -> r.getString(1));
      return new Page<>(total, storylinesById(ids));
    });
  }

  public Optional<Storyline> storyline(String id) {
    return read("read a storyline", () -> storylinesById(List.of(id)).stream().findFirst());
  }

  private List<Storyline> storylinesById(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Array arr = c.createArrayOf("VARCHAR", ids.toArray());
    Map<String, List<String>> stories = grouped("SELECT storyline_id, story_id FROM storyline_stories"
        + " WHERE storyline_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY storyline_id, ord", arr, r -> r.getString(2));
    Map<String, Storyline> byId = new HashMap<>();
    query("SELECT id, label FROM storylines WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr),
        r -> byId.put(r.getString(1), new Storyline(r.getString(1), r.getString(2),
            stories.getOrDefault(r.getString(1), List.of()))));
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  // ---- entities

  /** Entities, most mentioned first; {@code q} matches a name or alias (substring, any case). */
  public Page<EntityRow> entities(String type, String q, int offset, int limit) {
    return read("list entities", () -> {
      List<Object> args = new ArrayList<>();
      StringBuilder where = new StringBuilder(" WHERE 1=1");
      if (type != null) {
        where.append(" AND upper(e.type) = upper(?)");
        args.add(type);
      }
      if (q != null) {
        // the pattern is bound, with LIKE's wildcards escaped, so it matches the text as written
        String like = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
            .replace("%", "\\%").replace("_", "\\_") + "%";
        where.append(" AND (lower(e.name) LIKE ? ESCAPE '\\' OR e.id IN (SELECT entity_id FROM"
            + " entity_aliases WHERE lower(alias) LIKE ? ESCAPE '\\'))");
        args.add(like);
        args.add(like);
      }
      long total = count("SELECT count(*) FROM entities e" + where, args);
      args.add(limit);
      args.add(offset);
      List<Object[]> rows = query("SELECT e.id, coalesce(m.n, 0), coalesce(m.a, 0) FROM entities e"
          + " LEFT JOIN " + entityCounts() + " m ON m.entity_id = e.id" + where
          + " ORDER BY coalesce(m.n, 0) DESC, e.id LIMIT ? OFFSET ?", args,
          r -> new Object[] {r.getString(1), r.getLong(2), r.getLong(3)});
      Map<String, Entity> byId = entitiesById(rows.stream().map(x -> (String) x[0]).toList());
      return new Page<>(total, rows.stream().map(x -> new EntityRow(byId.get((String) x[0]),
          (Long) x[1], (Long) x[2])).toList());
    });
  }

  public Optional<EntityRow> entity(String id) {
    return read("read an entity", () -> {
      Entity e = entitiesById(List.of(id)).get(id);
      if (e == null) {
        return Optional.<EntityRow>empty();
      }
      List<long[]> n = has(ENTITY_COUNTS)
          ? query("SELECT n, a FROM " + ENTITY_COUNTS + " WHERE entity_id = ?", List.of(id),
              r -> new long[] {r.getLong(1), r.getLong(2)})
          : query("SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE entity_id = ?",
              List.of(id), r -> new long[] {r.getLong(1), r.getLong(2)});
      return Optional.of(n.isEmpty() ? new EntityRow(e, 0, 0) : new EntityRow(e, n.get(0)[0], n.get(0)[1]));
    });
  }

  /** Entities by id, with their aliases (ids not stored are absent). */
  public Map<String, Entity> entitiesById(List<String> ids) {
    return read("read entities", () -> {
      if (ids.isEmpty()) {
        return Map.of();
      }
      Array arr = c.createArrayOf("VARCHAR", ids.toArray());
      Map<String, List<String>> aliases = grouped("SELECT entity_id, alias FROM entity_aliases"
          + " WHERE entity_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY entity_id, ord", arr, r -> r.getString(2));
      Map<String, Entity> out = new LinkedHashMap<>();
      query("SELECT id, name, type FROM entities WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr),
          r -> out.put(r.getString(1), new Entity(r.getString(1), r.getString(2), r.getString(3),
              aliases.get(r.getString(1)))));
      return out;
    });
  }

  public Page<Mention> mentions(String entityId, int offset, int limit) {
    return read("list mentions", () -> {
      long total = count("SELECT count(*) FROM mentions WHERE entity_id = ?", List.of(entityId));
      return new Page<>(total, query("SELECT article_id, start_char, end_char, text, type, entity_id"
          + " FROM mentions WHERE entity_id = ? ORDER BY article_id, start_char, end_char"
          + " LIMIT ? OFFSET ?", List.of(entityId, limit, offset),
          r -> new Mention(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4),
              r.getString(5), r.getString(6))));
    });
  }

  /** Mentions in one article, in text order. */
  public List<Mention> articleMentions(String articleId) {
    return read("read mentions", () -> query("SELECT article_id, start_char, end_char, text, type,"
        + " entity_id FROM mentions WHERE article_id = ? ORDER BY start_char, end_char",
        List.of(articleId), r -> new Mention(r.getString(1), r.getInt(2), r.getInt(3),
            r.getString(4), r.getString(5), r.getString(6))));
  }

  /** The time expressions of one article (body, title and captions), in text order. */
  public List<TimeExpression> articleTimes(String articleId) {
    return read("read time expressions", () -> query("SELECT * FROM time_expressions WHERE article_id = ?"
        + " ORDER BY part, start_char, end_char", List.of(articleId),
        r -> new TimeExpression(r.getString("article_id"), r.getInt("start_char"),
            r.getInt("end_char"), r.getString("text"), r.getString("timex_type"),
            r.getString("timex_value"), Dates.read(r, "date"), r.getString("part"))));
  }

  /** Entities mentioned in the articles that mention {@code entityId}, by shared articles. */
  public List<Cooccurrence> cooccurring(String entityId, int limit) {
    if (limit <= COOCCURRING_KEPT) {
      List<Cooccurrence> kept = read("read co-occurring entities", () -> has(COOCCURRING)
          ? query("SELECT e.id, e.name, e.type, x.articles FROM " + COOCCURRING + " x JOIN entities e"
              + " ON e.id = x.other_id WHERE x.entity_id = ? ORDER BY x.rank LIMIT ?",
              List.of(entityId, limit), r -> new Cooccurrence(r.getString(1), r.getString(2),
                  r.getString(3), r.getLong(4)))
          : List.<Cooccurrence>of());
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    return read("find co-occurring entities", () -> query("SELECT e.id, e.name, e.type, x.n FROM"
        + " (SELECT m.entity_id, count(DISTINCT m.article_id) n FROM mentions m WHERE m.article_id IN"
        + " (SELECT article_id FROM mentions WHERE entity_id = ?) AND m.entity_id IS NOT NULL"
        + " AND m.entity_id <> ? GROUP BY m.entity_id) x JOIN entities e ON e.id = x.entity_id"
        + " ORDER BY x.n DESC, e.id LIMIT ?", List.of(entityId, entityId, limit),
        r -> new Cooccurrence(r.getString(1), r.getString(2), r.getString(3), r.getLong(4))));
  }

  // ---- events and figures

  /** Events; {@code from}/{@code to} keep events whose range may reach the bound. */
  public Page<Event> events(String type, String status, String entity, String article,
      LocalDate from, LocalDate to, int offset, int limit) {
    return read("list events", () -> {
      List<Object> args = new ArrayList<>();
      StringBuilder where = new StringBuilder(" WHERE 1=1");
      if (type != null) {
        where.append(" AND upper(type) = upper(?)");
        args.add(type);
      }
      if (status != null) {
        where.append(" AND lower(status) = lower(?)");
        args.add(status);
      }
      if (entity != null) {
        // also the events where it is only a generic actor's affiliation ("Turkish police")
        boolean actors = has(EventActors.TABLE);
        where.append(" AND (location_id = ? OR id IN (SELECT event_id FROM event_participants"
            + " WHERE entity_id = ?" + (actors ? " UNION ALL SELECT event_id FROM "
            + EventActors.TABLE + " WHERE affiliation_id = ?" : "") + "))");
        args.add(entity);
        args.add(entity);
        if (actors) {
          args.add(entity);
        }
      }
      if (article != null) {
        where.append(" AND id IN (SELECT event_id FROM event_sources WHERE article_id = ?)");
        args.add(article);
      }
      dateBounds(where, args, "date", from, to);
      long total = count("SELECT count(*) FROM events" + where, args);
      args.add(limit);
      args.add(offset);
      List<String> ids = query("SELECT id FROM events" + where + " ORDER BY id LIMIT ? OFFSET ?",
          args, r -> r.getString(1));
      return new Page<>(total, eventsById(ids));
    });
  }

  public Optional<Event> event(String id) {
    return read("read an event", () -> eventsById(List.of(id)).stream().findFirst());
  }

  /**
   * The sources of the given events with their sentences, by event id, each in its stored order
   * (a page of the server's timeline, whose entries carry none: {@link TimelineRows}).
   */
  public Map<String, List<Evidence>> eventSources(List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    return read("read event sources", () -> grouped("SELECT event_id, article_id, start_char,"
        + " end_char, context FROM event_sources WHERE event_id IN (SELECT unnest(CAST(? AS"
        + " VARCHAR[]))) ORDER BY event_id, ord", c.createArrayOf("VARCHAR", eventIds.toArray()),
        r -> new Evidence(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5))));
  }

  private static void dateBounds(StringBuilder where, List<Object> args, String prefix,
      LocalDate from, LocalDate to) {
    // prefix is a constant column prefix of this class, never input
    if (from != null) {
      where.append(" AND " + prefix + "_latest IS NOT NULL AND " + prefix + "_latest >= ?");
      args.add(from);
    }
    if (to != null) {
      where.append(" AND " + prefix + "_earliest IS NOT NULL AND " + prefix + "_earliest <= ?");
      args.add(to);
    }
  }

  private List<Event> eventsById(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Array arr = c.createArrayOf("VARCHAR", ids.toArray());
    Map<String, List<EventActors.Ordered>> named = grouped("SELECT event_id, entity_id, role, ord FROM"
        + " event_participants WHERE event_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY event_id, ord", arr,
        r -> new EventActors.Ordered(r.getInt(4), new Participant(r.getString(2), r.getString(3))));
    Map<String, List<EventActors.Ordered>> actors = has(EventActors.TABLE)
        ? grouped("SELECT " + EventActors.COLUMNS + " FROM " + EventActors.TABLE
            + " WHERE event_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY event_id, ord", arr,
            EventActors::read)
        : Map.of();
    Map<String, List<Participant>> participants = EventActors.merge(named, actors);
    Map<String, List<Evidence>> sources = grouped("SELECT event_id, article_id, start_char, end_char,"
        + " context, part FROM event_sources WHERE event_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY event_id, ord",
        arr, r -> new Evidence(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5), r.getString(6)));
    Map<String, List<Claim>> claims = has(EventClaims.TABLE)
        ? grouped("SELECT " + EventClaims.COLUMNS + " FROM " + EventClaims.TABLE
            + " WHERE event_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY event_id, ord", arr,
            EventClaims::read)
        : Map.of();
    Map<String, Event> byId = new HashMap<>();
    query("SELECT * FROM events WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr), r -> {
      String id = r.getString("id");
      return byId.put(id, new Event(id, r.getString("type"), r.getString("mode"),
          r.getString("status"), Dates.read(r, "date"), r.getString("location_id"),
          participants.get(id), sources.get(id), r.getDouble("confidence"), claims.get(id),
          r.getString("date_basis")));
    });
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  public Page<Figure> figures(String kind, String claimant, String article, LocalDate from,
      LocalDate to, int offset, int limit) {
    return figures(kind, claimant, article, null, from, to, offset, limit);
  }

  /** Figures as above; {@code story} keeps those with a source in one of the story's articles. */
  public Page<Figure> figures(String kind, String claimant, String article, String story,
      LocalDate from, LocalDate to, int offset, int limit) {
    return read("list figures", () -> {
      List<Object> args = new ArrayList<>();
      StringBuilder where = new StringBuilder(" WHERE 1=1");
      if (kind != null) {
        where.append(" AND upper(kind) = upper(?)");
        args.add(kind);
      }
      if (claimant != null) {
        where.append(" AND claimant_id = ?");
        args.add(claimant);
      }
      if (article != null) {
        where.append(" AND id IN (SELECT figure_id FROM figure_sources WHERE article_id = ?)");
        args.add(article);
      }
      if (story != null) {
        where.append(" AND id IN (SELECT figure_id FROM figure_sources WHERE article_id IN"
            + " (SELECT article_id FROM story_articles WHERE story_id = ?))");
        args.add(story);
      }
      dateBounds(where, args, "date", from, to);
      long total = count("SELECT count(*) FROM figures" + where, args);
      args.add(limit);
      args.add(offset);
      List<String> ids = query("SELECT id FROM figures" + where + " ORDER BY id LIMIT ? OFFSET ?",
          args, r -> r.getString(1));
      return new Page<>(total, figuresById(ids));
    });
  }

  public Optional<Figure> figure(String id) {
    return read("read a figure", () -> figuresById(List.of(id)).stream().findFirst());
  }

  private List<Figure> figuresById(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Array arr = c.createArrayOf("VARCHAR", ids.toArray());
    Map<String, List<Evidence>> sources = grouped("SELECT figure_id, article_id, start_char, end_char,"
        + " context FROM figure_sources WHERE figure_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY figure_id, ord",
        arr, r -> new Evidence(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5)));
    Map<String, Figure> byId = new HashMap<>();
    query("SELECT * FROM figures WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", List.of(arr), r -> {
      String id = r.getString("id");
      return byId.put(id, new Figure(id, r.getDouble("value"), r.getString("kind"),
          r.getString("qualifier"), r.getString("claimant_id"), Dates.read(r, "date"),
          sources.get(id)));
    });
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  /**
   * Tables whose name holds "dispute" (the figures stage may add them). Read generically so this
   * reader works with and without them.
   */
  public List<String> disputeTables() {
    return read("list tables", () -> query("SELECT table_name FROM information_schema.tables"
        + " WHERE table_name LIKE '%dispute%' ORDER BY table_name", List.of(), r -> r.getString(1)));
  }

  /**
   * Rows of a dispute table that name {@code figureId} in any column ending in {@code figure_id}
   * or {@code figure}, as column → value maps.
   */
  public List<Map<String, Object>> disputeRows(String table, String figureId) {
    if (!disputeTables().contains(table)) {
      throw new IllegalArgumentException("no dispute table " + table);
    }
    return read("read disputes", () -> {
      List<String> cols = query("SELECT column_name FROM information_schema.columns"
          + " WHERE table_name = ? ORDER BY ordinal_position", List.of(table), r -> r.getString(1));
      List<String> keys = cols.stream().filter(x -> x.equals("figure") || x.endsWith("figure_id")
          || x.equals("figure_a") || x.equals("figure_b")).toList();
      if (keys.isEmpty()) {
        return List.<Map<String, Object>>of();
      }
      // table and column names come from the catalogue, checked above; the id is bound
      String where = String.join(" OR ", keys.stream().map(k -> "\"" + k + "\" = ?").toList());
      List<Object> args = new ArrayList<>();
      keys.forEach(k -> args.add(figureId));
      return query("SELECT * FROM \"" + table + "\" WHERE " + where + " LIMIT 1000", args, r -> {
        ResultSetMetaData md = r.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = r.getObject(i);
          row.put(md.getColumnLabel(i), v instanceof Array a ? Rows.strings(a)
              : v == null || v instanceof Number || v instanceof Boolean ? v : v.toString());
        }
        return row;
      });
    });
  }

  // ---- charts and disputes (web UI): small aggregates, so a page never pages through a table

  /** A count in one month ({@code YYYY-MM}; null month = undated), with the articles behind it. */
  public record MonthTally(String month, String kind, long count, long articles, Double max) {}

  /**
   * Mentions of an entity per month of the mentioning article's publication. Articles dated no
   * closer than a month count under the null month.
   */
  public List<MonthTally> mentionMonths(String entityId) {
    return read("count mentions by month", () -> has(ENTITY_MONTHS)
        ? query("SELECT mo, n, a FROM " + ENTITY_MONTHS + " WHERE entity_id = ? ORDER BY mo NULLS LAST",
            List.of(entityId), r -> new MonthTally(r.getString(1), null, r.getLong(2), r.getLong(3), null))
        : query("SELECT " + MONTH.formatted("a.published")
        + " mo, count(*), count(DISTINCT m.article_id) FROM mentions m JOIN articles a"
        + " ON a.id = m.article_id WHERE m.entity_id = ? GROUP BY mo ORDER BY mo NULLS LAST",
        List.of(entityId), r -> new MonthTally(r.getString(1), null, r.getLong(2), r.getLong(3), null)));
  }

  /**
   * Figures per kind and month of the day they refer to (their date, else the first publication
   * of a report of them), with the largest value claimed; {@code kind} null for every kind.
   */
  public List<MonthTally> figureMonths(String kind) {
    return read("count figures by month", () -> {
      List<Object> args = new ArrayList<>();
      String where = "";
      if (kind != null) {
        where = " WHERE upper(f.kind) = upper(?)";
        args.add(kind);
      }
      // a figure without a date of its own is placed at its earliest report
      String sql = "SELECT coalesce(" + MONTH.formatted("f.date") + ", min(" + MONTH.formatted("a.published")
          + ")) mo, f.kind, f.id, f.value, count(DISTINCT s.article_id) FROM figures f"
          + " LEFT JOIN figure_sources s ON s.figure_id = f.id LEFT JOIN articles a ON a.id = s.article_id"
          + where + " GROUP BY f.id, f.kind, f.value, f.date_value, f.date_earliest, f.date_latest";
      return query("SELECT mo, kind, count(*), sum(n), max(value) FROM (" + sql + ") x(mo, kind, id, value, n)"
          + " GROUP BY mo, kind ORDER BY mo NULLS LAST, kind", args, r -> new MonthTally(r.getString(1),
              r.getString(2), r.getLong(3), r.getLong(4), r.getDouble(5)));
    });
  }

  /** {@code YYYY-MM} of a stored date range when it lies within 31 days, else null. */
  static final String MONTH = "(CASE WHEN %1$s_earliest IS NOT NULL AND %1$s_latest IS NOT NULL"
      + " AND date_diff('day', %1$s_earliest, %1$s_latest) <= 31 THEN strftime(coalesce(%1$s_value,"
      + " %1$s_earliest + CAST(date_diff('day', %1$s_earliest, %1$s_latest) // 2 AS INTEGER)), '%%Y-%%m') END)";

  /** Disputes between figures (id order), optionally of one kind; none when the store has none. */
  public Page<FigureDispute> disputes(String kind, int offset, int limit) {
    return read("list disputes", () -> {
      if (!disputeTables().contains("figure_disputes")) {
        return new Page<FigureDispute>(0, List.of());
      }
      List<Object> args = new ArrayList<>();
      String where = "";
      if (kind != null) {
        where = " WHERE upper(kind) = upper(?)";
        args.add(kind);
      }
      long total = count("SELECT count(*) FROM figure_disputes" + where, args);
      args.add(limit);
      args.add(offset);
      List<FigureDispute> rows = query("SELECT * FROM figure_disputes" + where
          + " ORDER BY id LIMIT ? OFFSET ?", args, r -> new FigureDispute(r.getString("id"),
              r.getString("kind"), r.getString("counted_group"), r.getString("side_id"),
              Dates.read(r, "period"), List.of()));
      if (rows.isEmpty()) {
        return new Page<>(total, rows);
      }
      Array arr = c.createArrayOf("VARCHAR", rows.stream().map(FigureDispute::id).toArray());
      Map<String, List<String>> members = grouped("SELECT dispute_id, figure_id FROM"
          + " figure_dispute_members WHERE dispute_id IN (SELECT unnest(CAST(? AS VARCHAR[])))"
          + " ORDER BY dispute_id, ord", arr, r -> r.getString(2));
      return new Page<>(total, rows.stream().map(d -> new FigureDispute(d.id(), d.kind(), d.group(),
          d.side(), d.period(), members.getOrDefault(d.id(), List.of()))).toList());
    });
  }

  /** Figures by id, in the order asked (ids not stored are absent). */
  public List<Figure> figuresByIds(List<String> ids) {
    return read("read figures", () -> figuresById(ids));
  }

  /** What the figures stage says about each figure (counted group, side, claimant's words,
   *  source sentences), by figure id; empty when the store has no details. */
  public Map<String, FigureDetail> figureDetails(List<String> ids) {
    return read("read figure details", () -> {
      if (ids.isEmpty() || !disputeTables().contains("figure_disputes")) {
        return Map.<String, FigureDetail>of();
      }
      Array arr = c.createArrayOf("VARCHAR", ids.toArray());
      Map<String, List<String>> sentences = grouped("SELECT figure_id, sentence FROM figure_sentences"
          + " WHERE figure_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY figure_id, ord", arr,
          r -> r.getString(2));
      Map<String, FigureDetail> out = new LinkedHashMap<>();
      query("SELECT * FROM figure_details WHERE figure_id IN (SELECT unnest(CAST(? AS VARCHAR[])))",
          List.of(arr), r -> out.put(r.getString("figure_id"), new FigureDetail(r.getString("figure_id"),
              r.getString("counted"), r.getString("counted_group"), r.getString("side_id"),
              r.getString("claimant_text"), r.getString("period"), Dates.read(r, "period"),
              Dates.read(r, "reported"), r.getString("base_id"), r.getString("derivation"),
              nullable(r, "low"), nullable(r, "high"), r.getInt("independent_sources"),
              sentences.getOrDefault(r.getString("figure_id"), List.of()))));
      return out;
    });
  }

  /** A source of an event with the words it points at and the article's listing fields. */
  public record EvidenceText(Evidence evidence, String text, ArticleRow article) {}

  /**
   * A page of an event's sources (in their order), each with the text of its range cut from the
   * part it points into (body, title or caption), so a reader sees the sentence without the article.
   */
  public Page<EvidenceText> eventEvidence(String eventId, int offset, int limit) {
    return read("read event evidence", () -> {
      long total = count("SELECT count(*) FROM event_sources WHERE event_id = ?", List.of(eventId));
      List<Evidence> sources = query("SELECT article_id, start_char, end_char, context, part"
          + " FROM event_sources WHERE event_id = ? ORDER BY ord LIMIT ? OFFSET ?",
          List.of(eventId, limit, offset), r -> new Evidence(r.getString(1), r.getInt(2),
              r.getInt(3), r.getString(4), r.getString(5)));
      if (sources.isEmpty()) {
        return new Page<EvidenceText>(total, List.of());
      }
      Object[] ids = sources.stream().map(Evidence::article).distinct().toArray();
      Array arr = c.createArrayOf("VARCHAR", ids);
      Map<String, String[]> texts = new HashMap<>();
      query("SELECT id, text, title FROM articles WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))",
          List.of(arr), r -> texts.put(r.getString(1), new String[] {r.getString(2), r.getString(3)}));
      Map<String, List<String>> captions = grouped("SELECT article_id, text FROM article_captions"
          + " WHERE article_id IN (SELECT unnest(CAST(? AS VARCHAR[]))) ORDER BY article_id, ord",
          arr, r -> r.getString(2));
      Map<String, ArticleRow> rows = new HashMap<>();
      rows(java.util.Arrays.stream(ids).map(String.class::cast).toList()).forEach(a -> rows.put(a.id(), a));
      return new Page<>(total, sources.stream().map(e -> {
        String[] t = texts.get(e.article());
        String part = t == null ? null : dossier.model.Part.TITLE.equals(e.part()) ? t[1]
            : dossier.model.Part.captionIndex(e.part()) >= 0
                ? nth(captions.get(e.article()), dossier.model.Part.captionIndex(e.part())) : t[0];
        String cut = part == null || e.start() < 0 || e.end() > part.length() || e.start() > e.end()
            ? null : part.substring(e.start(), e.end());
        return new EvidenceText(e, cut, rows.get(e.article()));
      }).toList());
    });
  }

  private static String nth(List<String> list, int i) {
    return list == null || i >= list.size() ? null : list.get(i);
  }

  private static Double nullable(ResultSet r, String column) throws SQLException {
    double d = r.getDouble(column);
    return r.wasNull() ? null : d;
  }

  // ---- helpers

  /** Articles per story (story_id, n): the snapshot's table, else counted now. */
  private String storySizes() throws SQLException {
    return has(STORY_SIZES) ? STORY_SIZES
        : "(SELECT story_id, count(*) AS n FROM story_articles GROUP BY story_id)";
  }

  /** Mentions per entity (entity_id, n, a): the snapshot's table, else counted now. */
  private String entityCounts() throws SQLException {
    return has(ENTITY_COUNTS) ? ENTITY_COUNTS : "(SELECT entity_id, count(*) AS n,"
        + " count(DISTINCT article_id) AS a FROM mentions GROUP BY entity_id)";
  }

  /** Whether a table exists (the snapshot's summaries are absent from older snapshots). */
  private boolean has(String table) throws SQLException {
    return Rows.hasTable(c, table);
  }

  private long count(String sql, List<Object> args) throws SQLException {
    return query(sql, args, r -> r.getLong(1)).get(0);
  }

  private <T> List<T> query(String sql, List<?> args, Rows.Reader<T> reader) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        Object a = args.get(i);
        if (a instanceof Array arr) {
          p.setArray(i + 1, arr);
        } else {
          p.setObject(i + 1, a);
        }
      }
      List<T> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(reader.read(r));
        }
      }
      return out;
    }
  }

  private <T> Map<String, List<T>> grouped(String sql, Array ids, Rows.Reader<T> reader)
      throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    query(sql, List.of(ids), r -> out.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
        .add(reader.read(r)));
    return out;
  }


  private <T> T read(String what, Rows.SqlCall<T> call) {
    return Rows.read(store.dir(), what, call);
  }
}

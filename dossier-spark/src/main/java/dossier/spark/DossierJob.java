package dossier.spark;

import dossier.dedup.CompositeFlags;
import dossier.dedup.DedupResult;
import dossier.dedup.Grouper;
import dossier.dedup.Match;
import dossier.dedup.Signature;
import dossier.events.EventStage;
import dossier.extract.LineStats;
import dossier.figures.FigureStage;
import dossier.model.Article;
import dossier.model.ArticleFlag;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.TimeExpression;
import dossier.nlp.EntityResolver;
import dossier.spark.LanguageSteps.Annotated;
import dossier.spark.stories.SparkStories;
import dossier.spark.stories.StoryRow;
import dossier.spark.stories.Windowing;
import dossier.store.ArticleAnnotation;
import dossier.stories.StoryParams;
import dossier.stories.StoryResult;
import dossier.stories.StoryStage;
import dossier.store.Batch;
import dossier.store.DossierStore;
import dossier.store.FileRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The stages of {@code dossier build} on Spark, in the build's order: read, duplicates, language
 * layer, events and figures; then the tables as Parquet. Per-article work runs in the tasks; the
 * cross-article steps run on the driver over what they need gathered (see docs/ARCHITECTURE.md,
 * "The Spark job").
 */
final class DossierJob {
  private final JavaSparkContext sc;
  private final PrintStream log;

  DossierJob(JavaSparkContext sc, PrintStream log) {
    this.sc = sc;
    this.log = log;
  }

  /** Runs the job; returns the rows written per table by the driver and the part files written. */
  Map<String, Long> run(List<String> inputs, String out, long maxPage, List<String> fields) throws IOException {
    Map<String, Long> said = new LinkedHashMap<>();
    Configuration hadoop = sc.hadoopConfiguration();
    Conf conf = new Conf(hadoop);
    checkEmpty(hadoop, out);
    long t0 = System.nanoTime();

    List<Inputs.FileRef> files = Inputs.list(hadoop, inputs, out);
    int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
    JavaRDD<Inputs.FileRef> fileRdd = sc.parallelize(files, slices);
    LineStats stats = ReadStep.lineStats(fileRdd, conf, maxPage);
    Broadcast<LineStats> bStats = sc.broadcast(stats);
    JavaRDD<ReadStep.Read> read = ReadStep.read(fileRdd, conf, bStats, maxPage, List.copyOf(fields))
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<FileRecord> fileRows = new ArrayList<>();
    for (ReadStep.Read r : read.map(r -> new ReadStep.Read(r.file(), List.of(), r.problems())).collect()) {
      fileRows.add(r.file());
      r.problems().forEach(p -> log.println("skipped " + p));
    }
    JavaRDD<Article> articles = read.flatMap(r -> r.articles().iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    long articleCount = articles.count();
    said.put("files", (long) files.size());
    said.put("articles", articleCount);
    log.printf("read: %d files, %d articles (%.1fs)%n", files.size(), articleCount, secs(t0));

    // duplicates: signatures, band buckets, verified pairs in the tasks; components on the driver
    long t1 = System.nanoTime();
    JavaPairRDD<Long, Signature> sigs = DedupSteps.sign(articles).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> pairs = DedupSteps.candidates(sigs, Models.detector().config());
    List<Match> found = new ArrayList<>(DedupSteps.verify(pairs, sigs, articles).collect());
    found.sort(Comparator.comparing(Match::a).thenComparing(Match::b)); // the store's order
    Map<String, Set<String>> sharing = sharing(found);
    Broadcast<Map<String, Set<String>>> bSharing = sc.broadcast(sharing);
    List<ArticleFlag> textFlags = articles.flatMap(a ->
        CompositeFlags.of(a, bSharing.value().getOrDefault(a.id(), Set.of())).stream().iterator()).collect();
    Set<String> inPairs = new HashSet<>();
    found.forEach(m -> {
      inPairs.add(m.a());
      inPairs.add(m.b());
    });
    Broadcast<Set<String>> bInPairs = sc.broadcast(inPairs);
    Map<String, Article> paired = new HashMap<>();
    articles.filter(a -> bInPairs.value().contains(a.id())).collect().forEach(a -> paired.put(a.id(), a));
    DedupResult dedup = new Grouper(Models.detector()).group(found, ids -> pick(paired, ids));
    List<ArticleFlag> flags = CompositeFlags.merge(dedup.flags(), sortFlags(textFlags));
    Map<String, Article> redated = new HashMap<>();
    dedup.redated().forEach(a -> redated.put(a.id(), a));
    Broadcast<Map<String, Article>> bRedated = sc.broadcast(redated);
    said.put("duplicate_groups", (long) dedup.groups().size());
    log.printf("duplicates: %d verified pairs, %d groups, %d dated from copies (%.1fs)%n", found.size(),
        dedup.groups().size(), redated.size(), secs(t1));

    // language layer: one CoreNLP pipeline per executor JVM, articles annotated in their partition
    long t2 = System.nanoTime();
    JavaRDD<Annotated> annotated = LanguageSteps.annotate(articles, bRedated);
    EntityResolver.Result resolved = LanguageSteps.resolve(annotated);
    annotated.filter(x -> x.problem() != null).map(Annotated::problem).collect()
        .forEach(p -> log.println("skipped " + p));
    said.put("entities", (long) resolved.entities().size());
    log.printf("language layer: %d entities (%.1fs)%n", resolved.entities().size(), secs(t2));

    // the tables of the articles, written by the tasks
    long t3 = System.nanoTime();
    JavaPairRDD<String, Signature> sigById = sigs.mapToPair(t -> new Tuple2<>(t._2().articleId(), t._2()));
    String runId = UUID.randomUUID().toString().substring(0, 8);
    long parts = annotated.mapToPair(x -> new Tuple2<>(x.article().id(), x))
        .leftOuterJoin(sigById)
        .mapPartitionsWithIndex((i, it) -> writeArticles(i, it, out, conf, runId), false)
        .reduce(Integer::sum);
    log.printf("article tables: %d part files (%.1fs)%n", parts, secs(t3));

    // the cross-article steps on the driver, over what they need gathered
    long t4 = System.nanoTime();
    Path scratch = Files.createTempDirectory("dossier-driver");
    try (DossierStore store = DossierStore.open(scratch.resolve("store"))) {
      List<Article> finals = new ArrayList<>();
      List<TimeExpression> times = new ArrayList<>();
      for (Annotated x : annotated.collect()) {
        finals.add(x.article());
        if (x.annotation() != null) {
          times.addAll(x.annotation().times());
        }
      }
      // read back through the store: the stages see the records in the order and form a build gives them
      store.commit(new Batch(fileRows, finals));
      store.addTimes(times);
      store.addMatches(found);
      store.updateDuplicates(List.of(), dedup.groups(), dedup.changes(), flags);
      store.replaceEntities(resolved.entities(), resolved.mentions());
      List<Article> ordered = new ArrayList<>();
      store.forEachArticle(ordered::add);
      List<Mention> mentions = store.mentions();
      List<TimeExpression> storedTimes = store.times();
      // every part (body, title, captions): FigureStage picks each part's own mentions, as the build does
      FigureStage.Result fr = FigureStage.analyse(ordered, mentions, storedTimes, store.duplicates());
      store.replaceFigures(fr.figures());
      store.replaceFigureDetails(fr.details(), fr.disputes());
      List<Event> events = events(annotated, ordered, store.entities(), mentions, storedTimes);
      store.replaceEvents(events);
      StoryResult stories = stories(annotated, ordered, store, mentions, storedTimes);
      store.replaceStories(stories.stories(), stories.citations(), stories.storylines());
      said.put("stories", (long) stories.stories().size());
      said.put("events", (long) events.size());
      said.put("figures", (long) fr.figures().size());
      log.printf("events and figures: %d events, %d figures (%.1fs)%n", events.size(), fr.figures().size(),
          secs(t4));
      TableParts.upload(store, TableParts.DRIVER_TABLES, scratch, out, "part-driver-" + runId, hadoop);
    } finally {
      Scratch.delete(scratch);
    }
    log.printf("done: %s in %.1fs%n", out, secs(t0));
    return said;
  }

  private static java.util.Iterator<Integer> writeArticles(int index,
      java.util.Iterator<Tuple2<String, Tuple2<Annotated, org.apache.spark.api.java.Optional<Signature>>>> it,
      String out, Conf conf, String runId) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<ArticleAnnotation> annotations = new ArrayList<>();
    List<Signature> signatures = new ArrayList<>();
    while (it.hasNext()) {
      Tuple2<Annotated, org.apache.spark.api.java.Optional<Signature>> t = it.next()._2();
      articles.add(t._1().article());
      if (t._1().annotation() != null) {
        annotations.add(t._1().annotation());
      }
      if (t._2().isPresent()) {
        signatures.add(t._2().get());
      }
    }
    if (articles.isEmpty()) {
      return List.of(0).iterator();
    }
    Path scratch = Files.createTempDirectory("dossier-part");
    try (DossierStore store = DossierStore.open(scratch.resolve("store"))) {
      store.commit(new Batch(List.of(), articles));
      store.commitAnnotations(annotations);
      store.addSignatures(signatures);
      int n = TableParts.upload(store, TableParts.ARTICLE_TABLES, scratch, out,
          String.format("part-%05d-%s", index, runId), conf.get());
      return List.of(n).iterator();
    } finally {
      Scratch.delete(scratch);
    }
  }

  /**
   * Events: each article's sentences parsed in its task (the costly part: the dependency parser,
   * one per executor JVM), given the entity types and the article's mentions and times; the merge
   * across articles on the driver, in the store's article order.
   */
  private List<Event> events(JavaRDD<Annotated> annotated, List<Article> ordered,
      List<dossier.model.Entity> entities, List<Mention> mentions, List<TimeExpression> times) {
    Map<String, String> types = new HashMap<>();
    entities.forEach(e -> types.put(e.id(), e.type()));
    Map<String, List<Mention>> ms = new HashMap<>();
    mentions.forEach(m -> ms.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m));
    Map<String, List<TimeExpression>> ts = new HashMap<>();
    times.forEach(t -> ts.computeIfAbsent(t.articleId(), k -> new ArrayList<>()).add(t));
    Broadcast<Map<String, String>> bTypes = sc.broadcast(types);
    Broadcast<Map<String, List<Mention>>> bMentions = sc.broadcast(ms);
    Broadcast<Map<String, List<TimeExpression>>> bTimes = sc.broadcast(ts);
    Map<String, List<Event>> perArticle = new HashMap<>(annotated.mapToPair(x -> {
      Article a = x.article();
      return new Tuple2<>(a.id(), new ArrayList<>(EventStage.article(a,
          bMentions.value().getOrDefault(a.id(), List.of()), bTimes.value().getOrDefault(a.id(), List.of()),
          bTypes.value()).events()));
    }).collectAsMap());
    List<List<Event>> inOrder = new ArrayList<>();
    ordered.forEach(a -> inOrder.add(perArticle.getOrDefault(a.id(), List.of())));
    return EventStage.merge(inOrder);
  }

  /**
   * Stories: articles assigned to stories by time window with a merge step in the tasks
   * ({@link SparkStories}); the core's {@link StoryStage} then writes each story's label, span,
   * entities, cited summary and the storylines on the driver, taking the assignment as the stories
   * of an earlier run (so it keeps every article where the windows put it).
   */
  private StoryResult stories(JavaRDD<Annotated> annotated, List<Article> ordered, DossierStore store,
      List<Mention> mentions, List<TimeExpression> times) {
    List<dossier.model.DuplicateGroup> groups = store.duplicates();
    Map<String, String> canonical = new HashMap<>();
    groups.forEach(g -> g.members().forEach(m -> canonical.put(m.articleId(), g.canonical())));
    Broadcast<Map<String, String>> bCanonical = sc.broadcast(canonical);
    // resolved entities stand for the names in the terms, as in the build's StoryStage
    Map<String, List<String>> entityIds = new HashMap<>();
    mentions.forEach(m -> {
      if (m.entityId() != null) {
        entityIds.computeIfAbsent(m.articleId(), x -> new ArrayList<>()).add(m.entityId());
      }
    });
    Broadcast<Map<String, List<String>>> bEntities = sc.broadcast(entityIds);
    JavaRDD<StoryRow> rows = annotated.map(x -> {
      Article a = x.article();
      return new StoryRow(a.id(), a.published().range().earliest(), a.published().range().latest(),
          a.title(), a.text(), bCanonical.value().get(a.id()), bEntities.value().get(a.id()));
    });
    Map<String, List<String>> members = new java.util.TreeMap<>();
    SparkStories.assign(rows, StoryParams.news(), Windowing.defaults()).collect()
        .forEach(t -> members.computeIfAbsent(t._2(), k -> new ArrayList<>()).add(t._1()));
    List<dossier.model.Story> assigned = new ArrayList<>();
    members.forEach((id, ids) -> {
      List<String> sortedIds = new ArrayList<>(ids);
      sortedIds.sort(Comparator.naturalOrder());
      // no id: the story stage names it as a build does ("story-" + its first article)
      assigned.add(new dossier.model.Story(null, null, sortedIds, null, List.of(), null));
    });
    Map<String, String> names = new HashMap<>();
    store.entities().forEach(e -> names.put(e.id(), e.name()));
    return new StoryStage(StoryParams.news(), names).run(ordered, groups, assigned, mentions, times);
  }

  /** Each article's partners in shared passages that are no copies (input of the text flags). */
  private static Map<String, Set<String>> sharing(List<Match> matches) {
    Map<String, Set<String>> sharing = new HashMap<>();
    for (Match m : matches) {
      if (!m.copy() && m.sharedSentences() > 0) {
        sharing.computeIfAbsent(m.a(), k -> new HashSet<>()).add(m.b());
        sharing.computeIfAbsent(m.b(), k -> new HashSet<>()).add(m.a());
      }
    }
    return sharing;
  }

  private static List<ArticleFlag> sortFlags(List<ArticleFlag> flags) {
    List<ArticleFlag> out = new ArrayList<>(flags);
    out.sort(Comparator.comparing(ArticleFlag::articleId));
    return out;
  }

  private static Map<String, Article> pick(Map<String, Article> all, java.util.Collection<String> ids) {
    Map<String, Article> out = new HashMap<>();
    for (String id : ids) {
      Article a = all.get(id);
      if (a != null) {
        out.put(id, a);
      }
    }
    return out;
  }

  private static void checkEmpty(Configuration conf, String out) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
    org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(conf);
    if (fs.exists(p) && fs.listStatus(p).length > 0) {
      throw new IOException(out + " is not empty; write the tables to a new folder");
    }
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

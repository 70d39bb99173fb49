package dossier.figures;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import dossier.model.Mention;
import dossier.model.Part;
import dossier.model.Span;
import dossier.model.TimeExpression;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures stage: numbers about people and forces in every article's sentences, with who claims
 * them, what they count and the period they refer to, merged across articles (same value, kind and
 * claimant: one figure, many sources, copies of one story counted once), and the disputes between
 * figures that cannot all be true.
 */
public final class FigureStage {
  private FigureStage() {}

  /** The stage's output: figures, what each is about, and the disputes between them. */
  public record Result(List<Figure> figures, List<FigureDetail> details,
      List<FigureDispute> disputes) {}

  /**
   * Figures of {@code articles}; {@code mentions} are the resolved mentions of the dossier (any
   * order). Dated by the publication range of their first report.
   */
  public static List<Figure> run(List<Article> articles, List<Mention> mentions) {
    return analyse(articles, mentions, List.of(), List.of()).figures();
  }

  /**
   * Figures of {@code articles} with their details and disputes. {@code times} (time expressions,
   * any order) date the periods figures refer to; {@code groups} (duplicate groups) make copies
   * of one story count as one independent source.
   */
  public static Result analyse(List<Article> articles, List<Mention> mentions,
      List<TimeExpression> times, List<DuplicateGroup> groups) {
    Map<String, List<Mention>> byArticle = byArticle(mentions);
    Map<String, List<TimeExpression>> timesOf = new HashMap<>();
    for (TimeExpression t : times) {
      timesOf.computeIfAbsent(t.articleId(), k -> new ArrayList<>()).add(t);
    }
    List<FigureMention> all = new ArrayList<>();
    for (Article a : articles) {
      all.addAll(mentions(a, byArticle.getOrDefault(a.id(), List.of()),
          timesOf.getOrDefault(a.id(), List.of())));
    }
    return merge(all, groups);
  }

  /**
   * The figures one article reports, each with its evidence, in the order they are written: the
   * per-article half of the stage, which depends on nothing but the article, its resolved
   * mentions and its time expressions (any part: body, title, captions; each part reads its own).
   */
  public static List<FigureMention> mentions(Article a, List<Mention> ms,
      List<TimeExpression> ts) {
    List<FigureMention> out = new ArrayList<>();
    DateRange reported = a.published().range();
    // a dateline ("CITY (Agency) -") names no claimant and no side
    String text = a.text();
    int from = a.dateline() != null && text.startsWith(a.dateline()) ? a.dateline().length() : 0;
    read(a, Part.TEXT, text, from, ms, ts, reported, out);
    List<FigureMention> others = new ArrayList<>();
    if (a.title() != null && !a.title().isBlank()) {
      read(a, Part.TITLE, a.title(), 0, ms, ts, reported, others);
    }
    for (int i = 0; i < a.captions().size(); i++) {
      read(a, Part.caption(i), a.captions().get(i).text(), 0, ms, ts, reported, others);
    }
    // a headline or caption sums up the body: its unattributed figure is the body's figure of the
    // same value and kind, claimed by whoever the body says claims it
    Map<String, String> claimed = new HashMap<>();
    for (FigureMention m : out) {
      if (m.claimantId() != null) {
        claimed.putIfAbsent(m.value() + "|" + m.kind(), m.claimantId());
      }
    }
    for (FigureMention m : others) {
      String claimant = claimed.get(m.value() + "|" + m.kind());
      out.add(m.claimantId() != null || claimant == null ? m : claimedBy(m, claimant));
    }
    return out;
  }

  private static FigureMention claimedBy(FigureMention m, String claimant) {
    String key = m.value() + "|" + m.kind() + "|" + claimant;
    FigureDetail d = m.detail();
    return new FigureMention(key, m.value(), m.kind(), m.qualifier(), claimant, m.date(),
        m.evidence(), new FigureDetail(id(key), d.counted(), d.group(), d.side(), d.claimantText(),
            d.period(), d.periodRange(), d.reported(), d.baseId(), d.derivation(), d.low(),
            d.high(), d.independentSources(), d.sentences()));
  }

  private static void read(Article a, String part, String text, int from, List<Mention> all,
      List<TimeExpression> times, DateRange reported, List<FigureMention> out) {
    // the body reads its own mentions, as it always has; a title has none of its own and a
    // caption few, so they also take the names the article writes elsewhere
    List<Mention> own = all.stream().filter(m -> part.equals(m.part())).toList();
    List<Mention> ms = (Part.TEXT.equals(part) ? own : partMentions(all, part, text)).stream()
        .filter(m -> m.start() >= from).toList();
    List<TimeExpression> ts = times.stream().filter(t -> part.equals(t.part())).toList();
    for (Span s : Sentences.split(text)) {
      Map<FigureFinder.Found, String> keys = new HashMap<>();
      String lastSide = null;
      int lastSideFrom = -1;
      for (FigureFinder.Found f : FigureFinder.find(text, s.start(), s.end())) {
        Claimants.Claim claim = PlacesOf.described(text, s.start(), f)
            ? new Claimants.Claim(null, null) // "Qeshm, home to 120,000, the agency said"
            : Restated.claim(text, f, Claimants.claim(text, s.start(), s.end(), f.numberAt(), ms),
                out); // "the 14 killings"
        String claimant = claim.entityId();
        String key = f.value() + "|" + f.kind() + "|" + claimant;
        keys.put(f, key);
        String side = f.sideFrom() == lastSideFrom ? lastSide
            : Sides.of(text, s.start(), s.end(), f, claimant, ms);
        lastSide = side;
        lastSideFrom = f.sideFrom();
        Periods.Period period = Incidents.of(text, s.start(), f.start(), Periods.find(text,
            s.start(), s.end(), f.start(), f.end(), ts, reported), reported); // ", killing three"
        Evidence ev = new Evidence(a.id(), s.start(), s.end(), context(part, text, s), part);
        String baseId = f.base() == null || keys.get(f.base()) == null ? null
            : id(keys.get(f.base()));
        FigureDetail d = new FigureDetail(id(key), f.counted(), group(f), side, claim.text(),
            period == null ? null : period.text(), period == null ? null : period.range(),
            reported, baseId, f.derivation(), f.low(), f.high(), 1, List.of(s.of(text)));
        out.add(new FigureMention(key, f.value(), f.kind(), f.qualifier(), claimant, reported, ev,
            d));
      }
    }
  }

  /**
   * The cross-article half of the stage: figure mentions of all articles (each article's in
   * order, articles in the dossier's order) merged into figures (same value, kind and claimant),
   * with their details, independent sources and disputes. Cheap: no text is read.
   */
  public static Result merge(List<FigureMention> mentions, List<DuplicateGroup> groups) {
    Map<String, Figure> merged = new LinkedHashMap<>();
    Map<String, FigureDetail> details = new LinkedHashMap<>();
    for (FigureMention m : mentions) {
      add(merged, details, m);
    }
    Map<String, DateRange> dated = new HashMap<>();
    Map<String, FigureDetail> counted = independent(List.copyOf(merged.values()), details, groups,
        dated);
    List<Figure> figures = merged.values().stream().map(f -> dated.containsKey(f.id())
        ? new Figure(f.id(), f.value(), f.kind(), f.qualifier(), f.claimantId(), dated.get(f.id()),
            f.sources()) : f).toList();
    return new Result(figures, List.copyOf(counted.values()), Disputes.find(figures, counted));
  }

  private static void add(Map<String, Figure> merged, Map<String, FigureDetail> details,
      FigureMention m) {
    String key = m.key();
    Evidence ev = m.evidence();
    FigureDetail d = m.detail();
    DateRange date = m.date();
    Figure old = merged.get(key);
    if (old == null) {
      merged.put(key, new Figure(id(key), m.value(), m.kind(), m.qualifier(), m.claimantId(), date,
          List.of(ev)));
      details.put(key, d);
      return;
    }
    if (old.sources().contains(ev)) {
      return;
    }
    List<Evidence> sources = new ArrayList<>(old.sources());
    sources.add(ev);
    merged.put(key, new Figure(old.id(), old.value(), old.kind(),
        old.qualifier() != null ? old.qualifier() : m.qualifier(), m.claimantId(),
        hull(old.date(), date), sources));
    FigureDetail o = details.get(key);
    // the period read with a date wins over one without: "in the 1998 war" over "in a war"
    boolean keepOld = o.period() != null && (o.periodRange().isKnown() || d.period() == null
        || !d.periodRange().isKnown());
    List<String> sentences = new ArrayList<>(o.sentences());
    sentences.addAll(d.sentences());
    details.put(key, new FigureDetail(o.figureId(), or(o.counted(), d.counted()),
        or(o.group(), d.group()), or(o.side(), d.side()), or(o.claimantText(), d.claimantText()),
        keepOld ? o.period() : d.period(), keepOld ? o.periodRange() : d.periodRange(),
        hull(o.reported(), d.reported()),
        or(o.baseId(), d.baseId()), or(o.derivation(), d.derivation()), o.low(), o.high(), 1,
        sentences));
  }

  /** Details with the number of independent sources: copies in one duplicate group count once. */
  private static Map<String, FigureDetail> independent(List<Figure> figures,
      Map<String, FigureDetail> byKey, List<DuplicateGroup> groups, Map<String, DateRange> dated) {
    Map<String, String> groupOf = new HashMap<>();
    for (DuplicateGroup g : groups) {
      for (DuplicateGroup.Member m : g.members()) {
        groupOf.put(m.articleId(), g.id());
      }
      groupOf.put(g.canonical(), g.id());
    }
    Map<String, FigureDetail> byId = new LinkedHashMap<>();
    for (FigureDetail d : byKey.values()) {
      byId.put(d.figureId(), d);
    }
    Map<String, FigureDetail> out = new LinkedHashMap<>();
    for (Figure f : figures) {
      FigureDetail d = byId.get(f.id());
      long n = f.sources().stream().map(e -> groupOf.getOrDefault(e.article(), e.article()))
          .distinct().count();
      if (d.period() != null && !Periods.open(d.period()) && d.periodRange().latest() != null
          && d.reported().earliest() != null
          && !d.periodRange().latest().isAfter(d.reported().earliest())) {
        // a past period: the figure holds for it, not for the days it was reported
        dated.put(f.id(), d.periodRange());
      }
      out.put(f.id(), new FigureDetail(d.figureId(), d.counted(), d.group(), d.side(),
          d.claimantText(), d.period(), d.periodRange(), d.reported(), d.baseId(), d.derivation(),
          d.low(), d.high(), (int) n, d.sentences()));
    }
    return out;
  }

  /** What a figure counts, folded so that "soldiers" and "troops" compare equal. */
  static String group(FigureFinder.Found f) {
    String c = f.counted();
    String g;
    if (c == null || c.matches("people|persons|deaths|dead|fatalities|lives|bodies|victims|"
        + "casualties|killings|murders|slayings|homicides")) {
      g = "people";
    } else if (c.matches("observers|monitors|peacekeepers")) {
      g = "observers";
    } else if (FigureFinder.FORCES.matcher(c).matches() || c.matches("fighters|militants|rebels|"
        + "insurgents|combatants|guerrillas")) {
      g = "military";
    } else if (c.matches("prisoners|detainees|hostages")) {
      g = "prisoners";
    } else if (c.matches("civilians|residents|inhabitants|villagers|children|women|citizens|"
        + "families|refugees|migrants|displaced")) {
      g = "civilians";
    } else {
      g = c;
    }
    return f.withdrawn() ? g + " (withdrawn)" : g;
  }

  private static String or(String a, String b) {
    return a != null ? a : b;
  }

  /** Mentions grouped by article. */
  public static Map<String, List<Mention>> byArticle(List<Mention> mentions) {
    Map<String, List<Mention>> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      out.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
    }
    return out;
  }

  /** "title" or "caption" for those parts; in the body as {@link #context(String, Span)}. */
  static String context(String part, String text, Span s) {
    if (Part.captionIndex(part) >= 0) {
      return "caption";
    }
    return Part.TITLE.equals(part) ? "title" : context(text, s);
  }

  /**
   * The mentions of one part, completed with the other places where the article writes a name it
   * uses elsewhere: the name model misses a name now and then ("Velmora and Dastria signed" with
   * only the second tagged), and titles have no mentions of their own.
   */
  public static List<Mention> partMentions(List<Mention> all, String part, String text) {
    List<Mention> out = new ArrayList<>(all.stream().filter(m -> part.equals(m.part())).toList());
    Map<String, Mention> names = new LinkedHashMap<>();
    for (Mention m : all) {
      if (m.entityId() != null && m.text().length() > 2 && !"NATIONALITY".equals(m.type())) {
        names.putIfAbsent(m.text(), m);
      }
    }
    for (Mention m : names.values()) {
      for (int at = text.indexOf(m.text()); at >= 0; at = text.indexOf(m.text(), at + 1)) {
        int end = at + m.text().length();
        boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        int start = at;
        if (word && out.stream().noneMatch(o -> o.start() < end && start < o.end())) {
          out.add(new Mention(m.articleId(), at, end, m.text(), m.type(), m.entityId(), part));
        }
      }
    }
    return out;
  }

  /** "quote" when the sentence is quoted speech, else "body". */
  public static String context(String text, Span s) {
    char c = text.charAt(s.start());
    return c == '"' || c == '“' || c == '«' ? "quote" : "body";
  }

  /** A stable 16-hex id over {@code key}. */
  public static String id(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The smallest range holding both (unknown when either is open). */
  public static DateRange hull(DateRange a, DateRange b) {
    if (a.earliest() == null || b.earliest() == null || a.latest() == null || b.latest() == null) {
      return a.isKnown() ? a : b;
    }
    return DateRange.between(a.earliest().isBefore(b.earliest()) ? a.earliest() : b.earliest(),
        a.latest().isAfter(b.latest()) ? a.latest() : b.latest());
  }
}

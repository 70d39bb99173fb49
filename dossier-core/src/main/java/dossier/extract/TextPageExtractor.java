package dossier.extract;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.Caption;
import dossier.model.RemovedLine;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the article inside a web page saved as plain text: title, body, byline, dateline, stated
 * publication date, outlet, wire credit and captions; every other line is kept as removed, with
 * its reason. A pure function of the page and the corpus line statistics.
 *
 * <p>Steps: classify each line (cut reasons from wording and shape), find the region with the
 * densest prose, pick the title above it, keep the region's lines that have no cut reason, then
 * read the page's metadata from the kept and cut lines.
 */
public final class TextPageExtractor {
  private final LineStats corpus;

  /** An extractor that also uses lines recurring across the corpus as a boilerplate signal. */
  public TextPageExtractor(LineStats corpus) {
    this.corpus = corpus == null ? LineStats.empty() : corpus;
  }

  public TextPageExtractor() {
    this(LineStats.empty());
  }

  /**
   * Extracts the article of one page.
   *
   * @param source the input path as given, kept in the article
   * @param page the decoded page text
   */
  public Article extract(String source, String page) {
    List<Line> lines = Line.split(page == null ? "" : page);
    String[] reasons = new String[lines.size()];
    for (int i = 0; i < reasons.length; i++) {
      reasons[i] = classify(lines.get(i));
    }
    markPlaceBylines(lines, reasons);
    Map<String, Integer> counts = RegionFinder.counts(lines);
    int[] region = RegionFinder.find(lines, reasons, counts);
    if (region != null && Teasers.markRuns(lines, reasons, region[0], region[1])) {
      region = RegionFinder.find(lines, reasons, counts);
    }
    int start = region == null ? lines.size() : region[0];
    int end = region == null ? -1 : region[1];
    Norms norms = new Norms(lines);
    TitleFinder.Title title = TitleFinder.find(lines, reasons, start, norms);
    String titleKey = title == null ? null : TitleFinder.norm(title.text());
    boolean[] keep = new boolean[lines.size()];
    String previous = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      if (title != null && i == title.index()) {
        reasons[i] = "title";
      } else if (titleKey != null && l.text().length() < 300
          && l.text().length() >= titleKey.length() && norms.mayEndWith(i, titleKey)
          && norms.get(i).equals(titleKey)) {
        reasons[i] = "repeated-title";
      } else if (i < start || i > end) {
        reasons[i] = reasons[i] != null ? reasons[i]
            : l.bullet() ? "navigation" : l.words() < 8 ? "short-fragment" : "outside-article";
      } else if (reasons[i] == null && l.bullet() && !RegionFinder.isProse(l) && l.words() < 5) {
        reasons[i] = "navigation";
      } else if (reasons[i] == null && (counts.get(l.text()) >= 3 || l.text().equals(previous))) {
        // Widgets print the same line again and again; galleries print a caption twice in a row.
        reasons[i] = "repeated";
      }
      keep[i] = reasons[i] == null;
      previous = l.text();
    }
    Duplicates.dropRepeatedLead(lines, keep, reasons, norms);
    Duplicates.dropPullQuotes(lines, keep, reasons, norms);
    return assemble(source, lines, reasons, keep, title, start, end);
  }

  private Article assemble(String source, List<Line> lines, String[] reasons, boolean[] keep,
      TitleFinder.Title title, int start, int end) {
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    List<String> cut = new ArrayList<>();
    List<String> all = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();
    int top = title == null ? Math.max(0, start - 12) : title.index();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      all.add(l.text());
      if (keep[i]) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        String shown = l.shown();
        paragraphs.add(new Span(text.length(), text.length() + shown.length()));
        text.append(shown);
        kept.add(l.text());
        continue;
      }
      removed.add(new RemovedLine(l.no(), l.raw().strip(), reasons[i]));
      if (reasons[i].equals("caption") && i >= top && i <= end + 3) {
        captions.add(CaptionFinder.caption(l));
      }
      if (!l.bullet() && Metadata.INFORMATIVE.contains(reasons[i])) {
        cut.add(l.text());
      }
    }
    String body = text.toString();
    BylineParser.Dateline dateline = Metadata.dateline(kept);
    List<String> credits = CreditFinder.find(kept, cut);
    String byline = Metadata.byline(lines, reasons, credits);
    String titleText = title == null ? null : OutletFinder.stripSuffix(title.text());
    String outlet = OutletFinder.find(all, dateline == null ? null : dateline.paren(),
        title == null ? null : title.text());
    return new Article(ArticleIds.of(source, body), source, null, titleText, body, paragraphs,
        outlet, credits, byline, dateline == null ? null : dateline.text(), captions,
        Metadata.published(lines, reasons, captions), LanguageGuesser.guess(body), removed);
  }

  /**
   * Marks "Jane Doe in Lorvik" lines as bylines when a date line follows them, as it follows a
   * byline; a title of that shape ("Floods in Texas") has no date line right after it as often,
   * and a longer headline line above.
   */
  private static void markPlaceBylines(List<Line> lines, String[] reasons) {
    int prev = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      if (reasons[i] == null && l.words() <= 6 && BylineParser.personIn(l.text()) != null
          && prev >= 0 && reasons[prev] == null && lines.get(prev).words() > l.words()) {
        int next = i + 1;
        while (next < lines.size() && lines.get(next).blank()) {
          next++;
        }
        if (next < lines.size() && "date".equals(reasons[next])) {
          reasons[i] = "byline";
        }
      }
      prev = i;
    }
  }

  private String classify(Line l) {
    if (l.blank()) {
      return null;
    }
    String t = l.text();
    String r = LineClassifier.reason(l);
    if (r != null) {
      return r;
    }
    if (Teasers.isGlued(l) || Teasers.isTagged(l)) {
      return "teaser";
    }
    if (CaptionFinder.isCaption(l)) {
      return "caption";
    }
    if (BylineParser.isReportingCredit(t) || l.words() <= 16 && BylineParser.byline(t) != null) {
      return "byline";
    }
    if (Metadata.isDateLine(l)) {
      return "date";
    }
    if (corpus.isRecurring(t)) {
      return "boilerplate-recurring";
    }
    return null;
  }
}

package dossier.cli;

import dossier.events.EventStage;
import dossier.figures.FigureStage;
import dossier.model.Article;
import dossier.model.Event;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Part;
import dossier.model.TimeExpression;
import dossier.store.DossierStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The events and figures stage of a build, after the language layer: reads every article with its
 * resolved mentions and stores the dossier's figures (and events) anew.
 */
final class EventStep {
  private EventStep() {}

  /** Runs the stage on {@code store}; returns a one-line summary. */
  static String run(DossierStore store) {
    List<Article> articles = new ArrayList<>();
    store.forEachArticle(articles::add);
    // figures read offsets into the body only: caption mentions and times (part "caption:N") stay out
    List<Mention> all = store.mentions();
    List<TimeExpression> times = store.times();
    FigureStage.Result fr = FigureStage.analyse(articles,
        all.stream().filter(m -> Part.TEXT.equals(m.part())).toList(),
        times.stream().filter(t -> Part.TEXT.equals(t.part())).toList(), store.duplicates());
    List<Figure> figures = fr.figures();
    store.replaceFigures(figures);
    store.replaceFigureDetails(fr.details(), fr.disputes());
    long t0 = System.nanoTime();
    // events read every part (body, title, captions) and pick each part's own mentions and times
    EventStage.Result r = EventStage.runMeasured(articles, store.entities(), all, times);
    List<Event> events = r.events();
    store.replaceEvents(events);
    return String.format("events: %d events, %d figures; events %.1fs (parser load %.1fs), "
        + "parsed %d of %d sentences, %d tokens, %.0f tokens/s per thread", events.size(),
        figures.size(), (System.nanoTime() - t0) / 1e9, r.loadNanos() / 1e9, r.parsed(),
        r.sentences(), r.tokens(), r.tokensPerSecond());
  }
}

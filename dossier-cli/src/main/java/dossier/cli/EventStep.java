package dossier.cli;

import dossier.events.EventStage;
import dossier.figures.FigureStage;
import dossier.model.Article;
import dossier.model.Event;
import dossier.model.Figure;
import dossier.model.Mention;
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
    List<Mention> mentions = store.mentions();
    FigureStage.Result fr = FigureStage.analyse(articles, mentions, store.times(), store.duplicates());
    List<Figure> figures = fr.figures();
    store.replaceFigures(figures);
    store.replaceFigureDetails(fr.details(), fr.disputes());
    List<Event> events = EventStage.run(articles, store.entities(), mentions, store.times());
    store.replaceEvents(events);
    return String.format("events: %d events, %d figures", events.size(), figures.size());
  }
}

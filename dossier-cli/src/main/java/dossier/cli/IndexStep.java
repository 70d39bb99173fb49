package dossier.cli;

import dossier.search.SearchIndexer;
import dossier.store.DossierStore;

/**
 * The search index step of a build, after every other stage: adds new records to {@code DIR/index}
 * and re-indexes those whose story, group, entities or text changed (dossier-search).
 */
final class IndexStep {
  private IndexStep() {}

  /** Runs the step on {@code store}; returns a one-line summary. */
  static String run(DossierStore store) {
    return SearchIndexer.update(store).summary();
  }
}

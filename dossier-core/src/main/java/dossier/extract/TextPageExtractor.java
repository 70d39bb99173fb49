package dossier.extract;

import dossier.model.Article;

/**
 * Finds the article inside a web page saved as plain text: title, body, byline, dateline, stated
 * publication date, outlet, wire credit and captions; every other line is kept as removed, with
 * its reason. A pure function of the page and the corpus line statistics.
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
    throw new UnsupportedOperationException("not built yet");
  }
}

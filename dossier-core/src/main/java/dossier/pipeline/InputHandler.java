package dossier.pipeline;

import dossier.ingest.BadInputException;
import dossier.ingest.InputFile;
import dossier.model.Article;

/**
 * Reads one kind of input file into articles. New input kinds (HTML, WARC) plug in here.
 * Implementations are stateless and shared by all worker threads.
 */
interface InputHandler {
  /**
   * Reads {@code file} from record {@code skip} on, giving each article to {@code out}.
   *
   * @throws BadInputException when the file as a whole cannot be read
   */
  void read(InputFile file, long skip, Emitter out) throws BadInputException;

  /** Receives what a handler reads. */
  interface Emitter {
    /** One article; {@code index} is its record's position in the file, from 0. */
    void article(long index, Article article);

    /** A record that gave no article: "record N: what is wrong" (the file is known to the emitter). */
    void bad(long index, String problem);

    /** The SHA-256 of the file's bytes, when the handler read them whole. */
    default void digest(String sha256) {}
  }
}

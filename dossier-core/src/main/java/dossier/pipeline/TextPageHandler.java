package dossier.pipeline;

import dossier.extract.TextPageExtractor;
import dossier.ingest.BadInputException;
import dossier.ingest.Decoder;
import dossier.ingest.InputFile;
import dossier.model.Article;
import dossier.text.TextNormalizer;

/** Pages saved as text: read whole (with a size limit), decode, extract the article. */
final class TextPageHandler implements InputHandler {
  private final TextPageExtractor extractor;
  private final long maxPageBytes;
  private final StageTimes times;

  TextPageHandler(TextPageExtractor extractor, long maxPageBytes, StageTimes times) {
    this.extractor = extractor;
    this.maxPageBytes = maxPageBytes;
    this.times = times;
  }

  @Override
  public void read(InputFile file, long skip, Emitter out) throws BadInputException {
    byte[] bytes = PageBytes.read(file, maxPageBytes, times, out);
    long t1 = System.nanoTime();
    String page = TextNormalizer.clean(Decoder.decode(bytes, file.source()).text());
    long t2 = System.nanoTime();
    times.add("decode", t2 - t1);
    if (page.isBlank()) {
      throw new BadInputException(file.source(), "no text (only white space)");
    }
    Article a;
    try {
      a = extractor.extract(file.source(), page);
    } catch (RuntimeException e) {
      throw new BadInputException(file.source(), "extraction failed: " + e, e);
    } finally {
      times.add("extract", System.nanoTime() - t2);
    }
    if (a.text().isBlank()) {
      out.bad(0, "no article text found in the page");
    } else {
      out.article(0, a);
    }
  }
}

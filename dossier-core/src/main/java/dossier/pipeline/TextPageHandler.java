package dossier.pipeline;

import dossier.extract.TextPageExtractor;
import dossier.ingest.BadInputException;
import dossier.ingest.Decoder;
import dossier.ingest.InputFile;
import dossier.model.Article;
import dossier.text.TextNormalizer;

/** Pages saved as text: decoded by {@link Decoder}, cut by {@link TextPageExtractor}. */
final class TextPageHandler extends PageHandler {
  private final TextPageExtractor extractor;

  TextPageHandler(TextPageExtractor extractor, long maxPageBytes, StageTimes times) {
    super(maxPageBytes, times, "extract");
    this.extractor = extractor;
  }

  @Override
  String decode(InputFile file, byte[] bytes) throws BadInputException {
    String page = TextNormalizer.clean(Decoder.decode(bytes, file.source()).text());
    if (page.isBlank()) {
      throw new BadInputException(file.source(), "no text (only white space)");
    }
    return page;
  }

  @Override
  Article extract(InputFile file, String page) {
    return extractor.extract(file.source(), page);
  }
}

package dossier.pipeline;

import dossier.ingest.BadInputException;
import dossier.ingest.FieldMap;
import dossier.ingest.InputFile;
import dossier.ingest.JsonArticleReader;
import dossier.model.Article;

/** JSON and JSON-lines files of article records, streamed record by record. */
final class JsonHandler implements InputHandler {
  private final JsonArticleReader reader;
  private final StageTimes times;

  JsonHandler(FieldMap fields, StageTimes times) {
    this.reader = new JsonArticleReader(fields);
    this.times = times;
  }

  @Override
  public void read(InputFile file, long skip, Emitter out) throws BadInputException {
    long t0 = System.nanoTime();
    try {
      reader.read(file, skip, new JsonArticleReader.Handler() {
        @Override
        public boolean article(long index, Article article) {
          out.article(index, article);
          return true;
        }

        @Override
        public void bad(long index, String problem) {
          out.bad(index, problem);
        }
      });
    } finally {
      times.add("read-json", System.nanoTime() - t0);
    }
  }
}

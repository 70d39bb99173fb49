package dossier.spark;

import dossier.dedup.DedupConfig;
import dossier.dedup.Detector;
import dossier.nlp.CoreNlpEngine;
import dossier.nlp.NlpEngine;

/**
 * What each executor JVM builds once and shares between its tasks: the CoreNLP pipeline (loaded
 * when a first task needs it, about 10 s and 1 GB) and the duplicates detector. Never serialized:
 * tasks reach it through these static methods.
 */
final class Models {
  private static volatile NlpEngine engine;
  private static volatile Detector detector;

  private Models() {}

  static NlpEngine engine() {
    NlpEngine e = engine;
    if (e == null) {
      synchronized (Models.class) {
        if (engine == null) {
          engine = CoreNlpEngine.standard();
        }
        e = engine;
      }
    }
    return e;
  }

  static Detector detector() {
    Detector d = detector;
    if (d == null) {
      synchronized (Models.class) {
        if (detector == null) {
          detector = new Detector(DedupConfig.news());
        }
        d = detector;
      }
    }
    return d;
  }
}

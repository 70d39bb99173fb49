package dossier.spark;

import dossier.model.Article;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;

/** The job's duplicates steps for the scaling bench (they are package-private to the job). */
public final class BenchSteps {
  private BenchSteps() {}

  /** Signatures, band-bucket candidates and verification; returns the verified copy pairs. */
  public static long dedup(JavaRDD<Article> articles) {
    var sigs = DedupSteps.sign(articles).persist(StorageLevel.MEMORY_AND_DISK());
    var pairs = DedupSteps.candidates(sigs, Models.detector().config());
    long copies = DedupSteps.verify(pairs, sigs, articles).filter(m -> m.copy()).count();
    sigs.unpersist();
    return copies;
  }
}

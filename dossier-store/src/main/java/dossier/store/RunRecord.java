package dossier.store;

import java.time.Instant;
import java.util.Map;

/**
 * One build run, for the record: when it ran, what it read and wrote, and how long each stage took.
 *
 * @param finished null while the run is still going (or was killed)
 * @param skipped files skipped because an earlier run already handled them
 * @param stageMillis milliseconds per stage name, in the order the stages ran
 */
public record RunRecord(
    String id, Instant started, Instant finished, int filesRead, int articlesWritten, int skipped,
    Map<String, Long> stageMillis) {
  public RunRecord {
    stageMillis = stageMillis == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(stageMillis));
  }
}

package dossier.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    // keeps the stages' order, which Map.copyOf would lose
    stageMillis = stageMillis == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
  }
}

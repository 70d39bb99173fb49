package dossier.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage, summed over all threads; safe to add to from many threads. */
public final class StageTimes {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  /** Adds {@code elapsedNanos} to {@code stage}. */
  public void add(String stage, long elapsedNanos) {
    order.putIfAbsent(stage, order.size());
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  /** Milliseconds per stage, in the order stages were first seen. */
  public Map<String, Long> millis() {
    Map<String, Long> out = new LinkedHashMap<>();
    order.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1_000_000));
    return out;
  }
}

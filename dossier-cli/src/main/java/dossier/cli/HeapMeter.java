package dossier.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap for benchmarks: the sum of the heap pools' peaks since the last reset. The pools peak
 * at different moments, so this is an upper bound of the true peak, which is what a limit needs.
 */
final class HeapMeter {
  private HeapMeter() {}

  /** Collects garbage and starts a new measurement. */
  static void reset() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Peak heap in MB since the last {@link #reset()}. */
  static long peakMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }
}

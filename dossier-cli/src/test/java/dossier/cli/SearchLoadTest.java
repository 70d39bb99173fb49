package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchLoadTest {
  @Test
  void readsAProcesssCpuAndItsJitCompilersCpu() {
    long pid = ProcessHandle.current().pid();
    // this JVM has run JUnit: its compilers have worked, and their time is part of the process's
    long busy = 0;
    for (int i = 0; i < 3_000_000; i++) {
      busy += Long.toString(i).hashCode();
    }
    long jit = SearchLoad.compilerTicks(pid);
    long all = SearchLoad.serverCpuTicks(pid);
    assertTrue(jit >= 0 && all > 0 && jit <= all, "jit " + jit + " of " + all + " (" + busy + ")");
    assertEquals(-1, SearchLoad.compilerTicks(null));
    assertEquals(-1, SearchLoad.serverCpuTicks(null));
    assertEquals(-1, SearchLoad.serverCpuTicks(Long.MAX_VALUE));
    assertEquals(-1, SearchLoad.compilerTicks(Long.MAX_VALUE));
  }
}

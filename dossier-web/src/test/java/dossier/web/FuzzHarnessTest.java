package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The fuzzer against a scripted socket server: what it counts as a failure and what not. */
class FuzzHarnessTest {
  @Test
  void aServerThatAlwaysFailsFailsTheRun() throws Exception {
    Fuzz.Report r = against(n -> 500, 20);
    assertEquals(20, r.failures().size(), r.toString());
    assertTrue(r.failures().get(0).startsWith("500 for "), r.failures().get(0));
  }

  @Test
  void aLoneFiveHundredThatAResendDoesNotRepeatIsReportedNotFailed() throws Exception {
    // The fifth connection alone gets a 505; its resend, the sixth, gets a 404.
    Fuzz.Report r = against(n -> n == 5 ? 505 : 404, 20);
    assertTrue(r.ok(), r.toString());
    assertEquals(1, r.unrepeatable().size(), r.toString());
    assertTrue(r.toString().contains("1 5xx that a resend did not repeat"), r.toString());
  }

  @Test
  void aStackTraceInABodyFailsTheRun() throws Exception {
    Fuzz.Report r = against(n -> -400, 5);
    assertEquals(5, r.failures().size(), r.toString());
    assertTrue(r.failures().get(0).startsWith("stack trace"), r.failures().get(0));
  }

  /** Runs the fuzzer against a server answering connection n (from 1) with status(n); negative: with a trace. */
  private static Fuzz.Report against(IntFunction<Integer> status, int requests) throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      AtomicInteger count = new AtomicInteger();
      Thread t = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            readHead(s.getInputStream());
            int code = status.apply(count.incrementAndGet());
            String body = code < 0 ? "java.lang.IllegalStateException\n\tat dossier.web.X" : "{}";
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 " + Math.abs(code) + " X\r\nConnection: close\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
          } catch (IOException e) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
      return new Fuzz("127.0.0.1", server.getLocalPort(), 7).run(requests);
    }
  }

  /** Reads up to the blank line that ends a request head. */
  private static void readHead(InputStream in) throws IOException {
    int tail = 0;
    for (int c; (c = in.read()) >= 0; ) {
      tail = (tail << 8) | c;
      if (tail == 0x0d0a0d0a) {
        return;
      }
    }
  }
}

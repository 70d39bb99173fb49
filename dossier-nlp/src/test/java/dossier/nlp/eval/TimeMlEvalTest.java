package dossier.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dossier.nlp.CoreNlpEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlEvalTest {
  @Test
  void readsTextDctAndGoldSpans(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.tml");
    Files.writeString(f, "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-03-10\""
        + " functionInDocument=\"CREATION_TIME\">March 10, 2021</TIMEX3></DCT>\n<TEXT>The envoy"
        + " <EVENT eid=\"e1\">arrived</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-03-09\">yesterday"
        + "</TIMEX3> &amp; left <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"PRESENT_REF\">today</TIMEX3>.</TEXT></TimeML>");
    TimeMlFile t = TimeMlFile.read(f);
    assertEquals("The envoy arrived yesterday & left today.", t.text());
    assertEquals("2021-03-10", t.dct().toString());
    assertEquals(2, t.gold().size());
    assertEquals("yesterday", t.text().substring(t.gold().get(0).start(), t.gold().get(0).end()));
    TimeMlEval.Report r = TimeMlEval.run(dir, CoreNlpEngine.standard(), 1);
    assertEquals(1.0, r.strictF1(), 1e-9);
    assertEquals(0.5, r.valueF1(), 1e-9, "'today' is the day itself, not PRESENT_REF");
  }

  @Test
  void aFolderAndItsJsonLinesScoreTheSame(@TempDir Path dir) throws IOException {
    Path tml = Files.createDirectories(dir.resolve("tml"));
    Files.writeString(tml.resolve("a.tml"), "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-03-10\""
        + " functionInDocument=\"CREATION_TIME\">March 10, 2021</TIMEX3></DCT>\n<TEXT>\n\nLISBON  (AP) _\n\nThe"
        + " port strike ended <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-03-08\">Monday</TIMEX3>, and dockers"
        + " will vote <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2021-W11\">next week</TIMEX3> on a deal that runs"
        + " <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>.\n\n</TEXT></TimeML>");
    Files.writeString(tml.resolve("b.tml"), "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2020-11-02\""
        + " functionInDocument=\"CREATION_TIME\">Nov. 2, 2020</TIMEX3></DCT>\n<TEXT>Sales rose 4% in"
        + " <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-Q3\">the third quarter</TIMEX3> &amp; the company"
        + " <EVENT eid=\"e1\">expects</EVENT> more <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"PRESENT_REF\">now"
        + "</TIMEX3>.</TEXT></TimeML>");
    Path jsonl = dir.resolve("docs.jsonl");
    assertEquals(2, TimeMlEval.writeJsonl(tml, jsonl));
    TimeMlEval.Report a = TimeMlEval.run(tml, CoreNlpEngine.standard(), 1);
    TimeMlEval.Report b = TimeMlEval.run(jsonl, CoreNlpEngine.standard(), 1);
    assertEquals(5, a.gold());
    assertTrue(a.relaxedF1() > 0.5, "the fixture is mostly found: " + a.files());
    assertEquals(a.gold(), b.gold());
    assertEquals(a.system(), b.system());
    assertEquals(a.strictF1(), b.strictF1(), 1e-12);
    assertEquals(a.relaxedF1(), b.relaxedF1(), 1e-12);
    assertEquals(a.valueF1(), b.valueF1(), 1e-12);
    assertEquals(a.files().get(0).errors(), b.files().get(0).errors());
  }

  /** The development half of TempEval-3's training data: the floor reached, so a regression fails. */
  @Test
  void timeBankAndAquaintFloor() throws IOException {
    Path dir = Path.of(System.getProperty("dossier.shared", "../shared"), "datasets", "timeml");
    assumeTrue(Files.isDirectory(dir), "no TimeML data at " + dir + "; skipped");
    TimeMlEval.Report r = TimeMlEval.run(dir, CoreNlpEngine.standard(), Runtime.getRuntime().availableProcessors());
    assertTrue(r.relaxedF1() >= 0.94, "relaxed extent F1 " + r.relaxedF1());
    assertTrue(r.strictF1() >= 0.86, "strict extent F1 " + r.strictF1());
    assertTrue(r.valueF1() >= 0.80, "value F1 " + r.valueF1());
  }
}

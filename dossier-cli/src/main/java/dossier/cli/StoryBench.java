package dossier.cli;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import dossier.stories.ClusterScores;
import dossier.stories.StoryParams;
import dossier.stories.StoryResult;
import dossier.stories.StoryStage;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code dossier bench --stories}: story clustering on a generated corpus with known stories. Each
 * story is an event of one of a few kinds (so many stories share a topic's words), with its own
 * invented names, place and figures, reported by 1 to 12 articles over a few days; stories are
 * spread over two years. Measures the stage alone (no store, no language layer).
 */
final class StoryBench {
  private static final String[][] TOPICS = {
      {"earthquake", "magnitude", "rescue", "collapsed", "injured", "aftershock", "rubble", "killed"},
      {"summit", "leaders", "talks", "agreement", "ministers", "delegation", "negotiations", "border"},
      {"election", "votes", "candidate", "ballot", "turnout", "campaign", "parliament", "coalition"},
      {"flood", "rainfall", "evacuated", "river", "dam", "homes", "rescuers", "water"},
      {"strike", "workers", "union", "wages", "factory", "protest", "walkout", "management"},
      {"fire", "blaze", "firefighters", "forest", "hectares", "smoke", "evacuation", "wind"}};
  private static final String[] FILLER = ("the a said on in of to and was were that with after for by"
      + " officials reported local people region week statement news agency later told reporters").split(" ");
  private static final String SYL = "ka,lo,ren,vi,sta,mor,dun,el,tra,bis,go,ran,pe,lu,zor,an,ti,mer,os,val";

  private StoryBench() {}

  static void run(int n, PrintWriter out) {
    Random rnd = new Random(7);
    String[] syl = SYL.split(",");
    List<Article> articles = new ArrayList<>(n);
    List<String> gold = new ArrayList<>(n);
    LocalDate start = LocalDate.of(2020, 1, 1);
    int story = 0;
    while (articles.size() < n) {
      String[] topic = TOPICS[rnd.nextInt(TOPICS.length)];
      String[] names = new String[4];
      for (int i = 0; i < names.length; i++) {
        names[i] = cap(syl[rnd.nextInt(syl.length)] + syl[rnd.nextInt(syl.length)] + syl[rnd.nextInt(syl.length)]);
      }
      int figure = 2 + rnd.nextInt(500);
      LocalDate day = start.plusDays(rnd.nextInt(730));
      int reports = Math.min(n - articles.size(), 1 + rnd.nextInt(12));
      for (int r = 0; r < reports; r++) {
        StringBuilder t = new StringBuilder();
        for (int s = 0; s < 8; s++) {
          t.append(names[rnd.nextInt(names.length)]).append(' ');
          for (int w = 0; w < 14; w++) {
            t.append(rnd.nextInt(3) == 0 ? topic[rnd.nextInt(topic.length)] : FILLER[rnd.nextInt(FILLER.length)]);
            t.append(w == 6 ? " " + names[rnd.nextInt(names.length)] + " " + (rnd.nextBoolean() ? figure : "") + " " : " ");
          }
          t.append(". ");
        }
        String id = "b" + articles.size();
        LocalDate d = day.plusDays(rnd.nextInt(4));
        articles.add(new Article(id, id, null, null, t.toString(), List.of(), null, List.of(), null, null,
            List.of(), new PublicationDate(DateRange.exact(d), DateBasis.INPUT, null, 1), "en", List.of()));
        gold.add("s" + story);
      }
      story++;
    }
    long bytes = articles.stream().mapToLong(a -> a.text().length()).sum();
    out.printf("corpus: %d generated articles in %d stories, %.1f MB of text, %d cores%n", n, story,
        bytes / 1048576.0, Runtime.getRuntime().availableProcessors());
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long before = rt.totalMemory() - rt.freeMemory();
    java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(
        java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    long t0 = System.nanoTime();
    StoryResult r = new StoryStage(StoryParams.news()).run(articles, List.of(), List.of(), List.of());
    double secs = (System.nanoTime() - t0) / 1e9;
    Map<String, String> storyOf = new HashMap<>();
    r.stories().forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
    ClusterScores sc = ClusterScores.of(articles.stream().map(a -> storyOf.get(a.id())).toList(), gold);
    out.printf("stories: %d found, %d storylines; %.1fs, %.0f articles/s%n", r.stories().size(),
        r.storylines().size(), secs, n / secs);
    out.printf("BCubed P %.4f R %.4f F1 %.4f; pairwise F1 %.4f%n", sc.bcubedPrecision(), sc.bcubedRecall(),
        sc.bcubedF1(), sc.pairF1());
    long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    // the generated corpus itself is held by the bench: the stage's own share is peak - before
    out.printf("heap: %d MB in use before the stage (the generated corpus), peak during it %d MB"
        + " (upper bound: sum of pool peaks), %d MB after%n", before >> 20, peak >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    out.flush();
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

package dossier.dedup;

import dossier.extract.TextPageExtractor;
import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Invented news reports: a wire story, its copies, a same-event report and unrelated ones. */
final class Fixtures {
  private Fixtures() {}

  static final String WIRE = String.join("\n\n",
      "Flooding along the Marrow river forced the evacuation of about 4,200 people on Monday, "
          + "regional officials said, as rain continued to fall across the northern provinces.",
      "The regional governor, Tomas Zelenka, said emergency crews had reached the town of Brisk "
          + "by boat and that two shelters had been opened in school buildings. \"We are moving "
          + "families out street by street,\" Zelenka told reporters at a briefing in the capital.",
      "The civil defence agency said water levels at the Orlin dam were the highest recorded "
          + "since 1997 and that engineers were monitoring the structure around the clock.",
      "At least three people were reported missing after a bridge collapsed near the village of "
          + "Kesh late on Sunday, according to the agency.",
      "Forecasters expect the rain to ease by Wednesday, but warned that rivers downstream would "
          + "keep rising for several days as the flood wave moves south towards the coast.",
      "The government has released emergency funds and asked neighbouring regions to send pumps, "
          + "generators and drinking water to the affected districts.",
      "Farmers in the valley said thousands of hectares of wheat had been destroyed just weeks "
          + "before the harvest, and that livestock had drowned in low-lying fields.",
      "The last major flood in the region, in 1997, killed 31 people and left more than 20,000 "
          + "homeless.");

  static Article article(String id, String title, String text, String outlet, String credit,
      LocalDate day) {
    PublicationDate p = day == null ? PublicationDate.unknown()
        : new PublicationDate(DateRange.exact(day), DateBasis.STATED, "Published " + day, 0.9);
    return new Article(id, id + ".txt", null, title, text, List.of(), outlet,
        credit == null ? List.of() : List.of(credit), null, null, List.of(), p, "en", List.of());
  }

  /** The first five paragraphs and a credit line: a trimmed copy. */
  static String trimmed() {
    String[] p = WIRE.split("\n\n");
    return String.join("\n\n", java.util.Arrays.copyOf(p, 5)) + "\n\n— AFP";
  }

  /** A local paragraph added, names with accents, American spelling. */
  static String extended() {
    String[] p = WIRE.split("\n\n");
    String local = "In Brisk itself, volunteers from the local football club filled sandbags "
        + "through the night outside the town hall, residents said.";
    return String.join("\n\n", p[0], p[1], local, String.join("\n\n",
        java.util.Arrays.copyOfRange(p, 2, p.length)))
        .replace("Tomas Zelenka", "Tomáš Zelenka").replace("defence", "defense")
        .replace("towards", "toward");
  }

  /** The same floods reported in other words: not a copy. */
  static final String SAME_EVENT = String.join("\n\n",
      "Thousands of residents left their homes in the north on Monday as the Marrow burst its "
          + "banks after a week of heavy rain.",
      "Governor Tomas Zelenka described the situation in Brisk as critical and said boats were "
          + "being used to reach people trapped on upper floors.",
      "Officials fear the Orlin dam could be damaged if the water keeps rising, and three people "
          + "are still missing after a bridge gave way near Kesh.",
      "Aid agencies appealed for pumps and clean water, while meteorologists said the rain should "
          + "stop by midweek.");

  static final String FOOTBALL = String.join("\n\n",
      "Harbour Athletic clinched promotion on Saturday with a 3-1 win over Dunmore City in front of "
          + "a sold-out crowd at the Quayside ground.",
      "Striker Owen Brady scored twice in the first half and captain Leo Marsh added a third from "
          + "the penalty spot after the break.",
      "Manager Ruth Calder said the squad had earned its place in the top division after a season "
          + "in which the club lost only four league games.",
      "The club will celebrate with an open-top bus parade through the city centre on Sunday "
          + "afternoon, the organisers said.");

  /** The names of the text pages in {@code dir} (in name order) whose extracted article {@code flag} holds for. */
  static List<String> flagged(Path dir, Predicate<Article> flag) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        if (flag.test(new TextPageExtractor().extract(name, Files.readString(p)))) {
          out.add(name);
        }
      }
    }
    return out;
  }
}

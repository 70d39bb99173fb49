package dossier.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates realistic-looking saved news pages for benchmarks: several site styles (menus,
 * breadcrumbs, share bars, promos, related lists, footers), a title, a byline or date line, and
 * six to fourteen paragraphs of prose built from a general vocabulary. Deterministic per seed.
 */
final class SyntheticCorpus {
  private static final String[] SUBJECTS = {"The ministry", "Officials", "The prime minister", "Local residents",
      "The foreign minister", "Negotiators", "The opposition leader", "Aid groups", "The defence ministry",
      "Observers", "The regional governor", "A spokesperson for the council", "Analysts", "The envoy"};
  private static final String[] VERBS = {"said", "warned", "announced", "confirmed", "denied", "told reporters",
      "stated", "acknowledged", "insisted", "reported"};
  private static final String[] CLAUSES = {"that talks would resume next week", "that the border crossing remained closed",
      "that several villages had been shelled overnight", "that a new round of negotiations was planned",
      "that the ceasefire was holding in most areas", "that thousands of people had fled their homes",
      "that humanitarian convoys were waiting for clearance", "that the delegation would travel to the capital",
      "that no agreement had been reached on the prisoner exchange", "that troops had been moved closer to the line",
      "that the parliament would debate the proposal on Tuesday", "that the economy had suffered from the blockade",
      "that the mediators had proposed a phased withdrawal", "that schools in the region would reopen"};
  private static final String[] TAILS = {"", " on Monday", " late on Thursday", " earlier this week",
      " in a statement", " according to state media", " at a news conference", " after the meeting"};
  private static final String[][] STYLES = {
      {"Home\nWorld\nPolitics\nBusiness\nSport\nOpinion", "Share this article\nFacebook\nTwitter\nEmail",
          "Related articles\n{R1}\n{R2}\n{R3}", "© 2024 The Evening Ledger. All rights reserved."},
      {"Menu\n  * News\n  * Regions\n  * Video\n  * Podcasts\n  * Newsletters", "Advertisement",
          "Download our app on the App Store\nGet it on Google Play", "Northgate Post is an independent news site covering world affairs."},
      {"Home » World » {T}", "Tweet\nShare\nWhatsApp", "Leave a Comment\nYour email address will not be published.",
          "Copyright 2024 Harbour Daily Media Group"},
  };

  private final SplittableRandom rnd;

  SyntheticCorpus(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  /** {@code n} pages. */
  List<String> pages(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(page(i));
    }
    return out;
  }

  String page(int i) {
    String[] style = STYLES[i % STYLES.length];
    String title = sentence(false).replace(".", "");
    title = title.length() > 90 ? title.substring(0, 90) : title;
    StringBuilder b = new StringBuilder(6000);
    b.append(style[0].replace("{T}", title)).append("\n\n").append(title).append("\n\n");
    b.append(i % 2 == 0 ? "By Staff Reporter\n\n" : "Published: 10:" + (10 + i % 50) + " AM, " + (1 + i % 28)
        + " Mar, 2024\n\n");
    b.append(style[1]).append("\n\n");
    int paragraphs = 6 + rnd.nextInt(9);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 1 + rnd.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        b.append(s == 0 ? "" : " ").append(sentence(true));
      }
      b.append("\n\n");
      if (p == paragraphs / 2) {
        b.append(style[1].split("\n")[0]).append("\n\n");
      }
    }
    b.append(style[2].replace("{R1}", sentence(false)).replace("{R2}", sentence(false))
        .replace("{R3}", sentence(false))).append("\n\n").append(style[3]).append('\n');
    return b.toString();
  }

  private String sentence(boolean withTail) {
    return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(CLAUSES) + (withTail ? pick(TAILS) : "") + ".";
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }
}

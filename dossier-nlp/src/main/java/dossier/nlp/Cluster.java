package dossier.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentions of one thing within one article, named by its longest form there. Built by
 * {@link #ofArticle}: a shorter person name joins the full name it ends (by key, or by surname
 * skeleton: "Sarkisian" joins "Serzh Sargsyan"), an acronym joins its expansion, a lone word joins
 * the hyphenated compound it ends; anything else with the same key joins too.
 */
final class Cluster {
  final String articleId;
  final String coarse;
  final String name;
  final String key;
  final List<NlpDoc.Name> mentions = new ArrayList<>();

  private Cluster(String articleId, NlpDoc.Name first) {
    this.articleId = articleId;
    this.coarse = first.type();
    this.name = first.text();
    this.key = Names.key(first.text());
  }

  static List<Cluster> ofArticle(ArticleNames a) {
    List<Cluster> out = new ArrayList<>();
    List<NlpDoc.Name> byLength = new ArrayList<>(a.names());
    // longest names first, so shorter forms find the full one wherever it is written
    byLength.sort(java.util.Comparator.comparingInt((NlpDoc.Name n) -> -Names.words(Names.key(n.text())).size())
        .thenComparingInt(NlpDoc.Name::start));
    for (NlpDoc.Name n : byLength) {
      Cluster home = null;
      for (Cluster c : out) {
        if (c.key.equals(Names.key(n.text())) && c.coarse.equals(n.type())) {
          home = c;
          break;
        }
      }
      if (home == null) {
        Cluster probe = new Cluster(a.articleId(), n);
        List<Cluster> fits = out.stream().filter(probe::standsFor).toList();
        if (fits.isEmpty()) {
          fits = out.stream().filter(probe::givenNameOf).toList();
        }
        home = fits.size() == 1 ? fits.get(0) : null;
      }
      if (home == null) {
        home = new Cluster(a.articleId(), n);
        out.add(home);
      }
      home.mentions.add(n);
    }
    return out;
  }

  /** Whether this (shorter) name stands for {@code longer}: a surname, an acronym, a compound's tail. */
  boolean standsFor(Cluster longer) {
    List<String> mine = Names.words(key);
    List<String> theirs = Names.words(longer.key);
    if (mine.isEmpty() || mine.size() >= theirs.size()) {
      return false;
    }
    if (longer.coarse.equals("PERSON")) {
      // any type: the tagger sometimes calls a lone surname a place or an organisation
      List<String> tail = theirs.subList(theirs.size() - mine.size(), theirs.size());
      if (tail.equals(mine)) {
        return true;
      }
      // a skeleton of two consonants says little ("Dale" and "Diallo" are both t-l)
      String skeleton = Names.skeleton(mine.get(0));
      return mine.size() == 1 && coarse.equals("PERSON") && mine.get(0).length() >= 4
          && skeleton.length() >= 3
          && skeleton.equals(Names.skeleton(theirs.get(theirs.size() - 1)));
    }
    if (!coarse.equals(longer.coarse) && !(isPlaceOrOrg(coarse) && isPlaceOrOrg(longer.coarse))) {
      return false;
    }
    if (Names.isAcronym(name)) {
      String acr = Names.acronym(longer.name);
      return acr != null && acr.equals(name.replace(".", ""));
    }
    if (!coarse.equals(longer.coarse)) {
      return false;
    }
    if (coarse.equals("LOCATION")) {
      return mine.size() == 1 && longer.name.matches("(?s).*-\\s*\\Q" + name + "\\E$");
    }
    return mine.size() >= 2 && theirs.subList(theirs.size() - mine.size(), theirs.size()).equals(mine);
  }

  /**
   * Whether this lone person name is the given name of {@code longer}, a full person name of the
   * same article ("Dale wrote" after "her brother Dale Ford"): features and reports about families
   * call people by their first names. Only within an article, and only when one full name fits.
   */
  boolean givenNameOf(Cluster longer) {
    List<String> mine = Names.words(key);
    List<String> theirs = Names.words(longer.key);
    return mine.size() == 1 && theirs.size() >= 2 && coarse.equals("PERSON")
        && longer.coarse.equals("PERSON") && theirs.get(0).equals(mine.get(0));
  }

  /** Index keys under which a shorter form of this name looks it up (see {@link #shortFormKeys}). */
  List<String> longFormKeys() {
    List<String> w = Names.words(key);
    List<String> out = new ArrayList<>();
    for (int i = 1; i < w.size(); i++) {
      out.add("tail|" + String.join(" ", w.subList(i, w.size())));
    }
    if (coarse.equals("PERSON") && w.size() >= 2) {
      out.add("skel|" + Names.skeleton(w.get(w.size() - 1)));
    }
    String acr = Names.acronym(name);
    if (acr != null && w.size() >= 2) {
      out.add("acr|" + acr);
    }
    return out;
  }

  /** Index keys of this name as a shorter form: a tail, a surname skeleton, an acronym. */
  List<String> shortFormKeys() {
    List<String> out = new ArrayList<>(List.of("tail|" + key, "acr|" + name.replace(".", "")));
    if (Names.words(key).size() == 1) {
      out.add("skel|" + Names.skeleton(key));
    }
    return out;
  }

  private static boolean isPlaceOrOrg(String type) {
    return type.equals("LOCATION") || type.equals("ORGANIZATION");
  }
}

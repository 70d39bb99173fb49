package dossier.nlp;

import dossier.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of one article as the resolver needs them: each name cleaned (titles, possessives and
 * edge punctuation cut, offsets moved to match), the demonyms ("Azeri") written in its text, and
 * its capitalised words that may be adjectives of places ("Velmoran"), by which the resolver tells
 * a place the tagger took for a person. Small, so a whole corpus of them fits in memory while the
 * engine's documents do not need to.
 */
public record ArticleNames(String articleId, List<NlpDoc.Name> names, List<NlpDoc.Name> demonyms,
    java.util.Set<String> adjectives) implements java.io.Serializable {
  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");

  public ArticleNames {
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    adjectives = java.util.Set.copyOf(adjectives);
  }

  /** An article with no names. */
  public static ArticleNames empty(String articleId) {
    return new ArticleNames(articleId, List.of(), List.of(), java.util.Set.of());
  }

  /** Reads the names of {@code doc}, the annotated body {@code text} of article {@code articleId}. */
  public static ArticleNames of(String articleId, String text, NlpDoc doc) {
    return of(articleId, text, doc, dossier.model.Part.TEXT);
  }

  /**
   * Reads the names of {@code doc}, the annotated {@code text} of one part of article
   * {@code articleId} (the body, a caption); each name and demonym carries {@code part}.
   */
  public static ArticleNames of(String articleId, String text, NlpDoc doc, String part) {
    Gazetteer gaz = Gazetteer.get();
    List<NlpDoc.Name> names = new ArrayList<>();
    List<NlpDoc.Name> demonyms = new ArrayList<>();
    boolean[] inName = new boolean[text.length() + 1];
    for (NlpDoc.Name n : doc.names()) {
      if (gaz.placeOf(n.text()) != null) {
        demonyms.add(new NlpDoc.Name(n.start(), n.end(), n.text(), "NATIONALITY", part));
        continue;
      }
      String clean = "PERSON".equals(n.type()) ? Names.clean(n.text()) : Names.cleanThing(n.text());
      int at = n.text().indexOf(clean);
      if (clean.length() < 2 || at < 0 || clean.chars().noneMatch(Character::isUpperCase)) {
        continue;
      }
      int start = n.start() + at;
      names.add(new NlpDoc.Name(start, start + clean.length(), clean, n.type(), part));
      for (int i = n.start(); i < n.end(); i++) {
        inName[i] = true;
      }
    }
    java.util.Set<String> adjectives = new java.util.HashSet<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      if (!inName[m.start()] && gaz.placeOf(m.group()) != null) {
        demonyms.add(new NlpDoc.Name(m.start(), m.end(), m.group(), "NATIONALITY", part));
      } else if (PlaceWords.mayBeAdjective(m.group())) {
        adjectives.add(m.group());
      }
    }
    demonyms.sort(java.util.Comparator.comparingInt(NlpDoc.Name::start));
    return new ArticleNames(articleId, names, demonyms, adjectives);
  }

  /**
   * The names and demonyms as the store keeps them, before resolution: one mention each with no
   * entity, demonyms typed NATIONALITY ({@link #fromStored} reads them back).
   */
  public List<Mention> stored() {
    List<Mention> out = new ArrayList<>(names.size() + demonyms.size());
    for (NlpDoc.Name n : names) {
      out.add(new Mention(articleId, n.start(), n.end(), n.text(), n.type(), null, n.part()));
    }
    for (NlpDoc.Name n : demonyms) {
      out.add(new Mention(articleId, n.start(), n.end(), n.text(), "NATIONALITY", null, n.part()));
    }
    return out;
  }

  /** The resolver's view of stored names ({@link #stored()}): NATIONALITY ones are the demonyms. */
  public static ArticleNames fromStored(String articleId, List<Mention> stored, java.util.Set<String> adjectives) {
    List<NlpDoc.Name> names = new ArrayList<>();
    List<NlpDoc.Name> demonyms = new ArrayList<>();
    for (Mention m : stored) {
      NlpDoc.Name n = new NlpDoc.Name(m.start(), m.end(), m.text(), m.type(), m.part());
      ("NATIONALITY".equals(m.type()) ? demonyms : names).add(n);
    }
    return new ArticleNames(articleId, names, demonyms, adjectives);
  }

  /**
   * These names followed by {@code other}'s (another part of the same article): a caption's names
   * resolve with the body's, so a surname in a caption joins the full name in the text.
   */
  public ArticleNames plus(ArticleNames other) {
    List<NlpDoc.Name> n = new ArrayList<>(names);
    n.addAll(other.names());
    List<NlpDoc.Name> d = new ArrayList<>(demonyms);
    d.addAll(other.demonyms());
    java.util.Set<String> adj = new java.util.HashSet<>(adjectives);
    adj.addAll(other.adjectives());
    return new ArticleNames(articleId, n, d, adj);
  }
}

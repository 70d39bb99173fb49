package dossier.nlp;

import dossier.model.Entity;
import dossier.model.Mention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves names into entities, one per real thing. Within an article a surname (or any shorter
 * tail of a name, "de Waal") stands for the full person name written there, also when spelled
 * another way ("Sarkisian" after "Serzh Sargsyan"). Across articles it merges names that fold to
 * the same key (İlham / Ilham), full person names whose first names and surnames share their
 * skeletons ({@link Names#skeleton}: Arkady / Arkadiy, Sargsyan / Sarkisian), a lone surname with the one full name that carries it, an
 * acronym with its one expansion, and a place with the one hyphenated compound it ends
 * ("Karabakh" / "Nagorno-Karabakh"). Demonyms ("Azeri") are mentions linked to their country,
 * never aliases of it.
 */
public final class EntityResolver {
  private EntityResolver() {}

  /** Entities and mentions (every mention resolved) of a corpus's names. */
  public record Result(List<Entity> entities, List<Mention> mentions) {}

  /** Resolves the names of all articles at once. */
  public static Result resolve(List<ArticleNames> input) {
    Map<String, String> derived = new HashMap<>();
    List<ArticleNames> articles = retype(input, derived);
    List<Cluster> clusters = new ArrayList<>();
    for (ArticleNames a : articles) {
      clusters.addAll(Cluster.ofArticle(a));
    }
    Unions u = new Unions(clusters.size());
    mergeAcross(clusters, u);
    return build(articles, clusters, u, derived);
  }

  /**
   * Names the gazetteer knows as places, or whose adjective the corpus writes ("Velmora" beside
   * "Velmoran"), become places whatever the tagger said; their adjectives become demonyms, filled
   * into {@code derived} (adjective to place).
   */
  private static List<ArticleNames> retype(List<ArticleNames> articles, Map<String, String> derived) {
    Set<String> written = new HashSet<>();
    for (ArticleNames a : articles) {
      written.addAll(a.adjectives());
      a.names().forEach(n -> written.add(n.text()));
    }
    Gazetteer gaz = Gazetteer.get();
    Set<String> places = new HashSet<>();
    for (ArticleNames a : articles) {
      for (NlpDoc.Name n : a.names()) {
        String fine = gaz.fineType(Names.key(n.text()));
        boolean single = !n.text().contains(" ");
        if (n.type().equals("LOCATION") && single || single && (fine != null && !fine.equals("LOCATION")
            || PlaceWords.hasAdjective(n.text(), written))) {
          places.add(n.text());
        }
      }
    }
    for (String p : places) {
      for (String adj : PlaceWords.adjectives(p)) {
        if (written.contains(adj)) {
          derived.putIfAbsent(adj, p);
        }
      }
    }
    places.removeAll(derived.keySet()); // "Velmoran" tagged as a place is the adjective of one
    List<ArticleNames> out = new ArrayList<>(articles.size());
    for (ArticleNames a : articles) {
      List<NlpDoc.Name> names = new ArrayList<>();
      List<NlpDoc.Name> demonyms = new ArrayList<>(a.demonyms());
      for (NlpDoc.Name n : a.names()) {
        if (derived.containsKey(n.text())) {
          demonyms.add(n.withType("NATIONALITY"));
        } else if (places.contains(n.text()) && !n.type().equals("LOCATION")) {
          names.add(n.withType("LOCATION"));
        } else {
          names.add(n);
        }
      }
      demonyms.sort(java.util.Comparator.comparingInt(NlpDoc.Name::start));
      out.add(new ArticleNames(a.articleId(), names, demonyms, Set.of()));
    }
    return out;
  }

  private static void mergeAcross(List<Cluster> cs, Unions u) {
    Map<String, Integer> byKey = new HashMap<>();
    Map<String, Integer> byPersonSkeleton = new HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Cluster c = cs.get(i);
      Integer same = byKey.putIfAbsent(c.coarse + "|" + c.key, i);
      if (same != null) {
        u.union(same, i);
      }
      List<String> w = Names.words(c.key);
      if (c.coarse.equals("PERSON") && w.size() >= 2) {
        String sk = Names.skeleton(w.get(0)) + "|" + Names.skeleton(w.get(w.size() - 1)) + "|" + w.size();
        Integer other = byPersonSkeleton.putIfAbsent(sk, i);
        if (other != null) {
          u.union(other, i); // first name and surname spelled alike: one person
        }
      }
    }
    // lone surnames, acronyms and compound places attach to their one longer form
    Map<String, List<Integer>> longer = new HashMap<>();
    for (int j = 0; j < cs.size(); j++) {
      for (String k : cs.get(j).longFormKeys()) {
        longer.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
      }
    }
    for (int i = 0; i < cs.size(); i++) {
      Cluster c = cs.get(i);
      Set<Integer> targets = new HashSet<>();
      for (String k : c.shortFormKeys()) {
        for (int j : longer.getOrDefault(k, List.of())) {
          if (u.find(j) != u.find(i) && c.standsFor(cs.get(j))) {
            targets.add(u.find(j));
          }
        }
      }
      if (targets.size() == 1) {
        u.union(i, targets.iterator().next());
      }
    }
  }

  private static Result build(List<ArticleNames> articles, List<Cluster> cs, Unions u,
      Map<String, String> derived) {
    Map<Integer, List<Cluster>> groups = new LinkedHashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      groups.computeIfAbsent(u.find(i), k -> new ArrayList<>()).add(cs.get(i));
    }
    List<Entity> entities = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Map<String, String> placeIds = new HashMap<>();
    for (List<Cluster> g : groups.values()) {
      Entity e = entity(g);
      entities.add(e);
      for (Cluster c : g) {
        for (NlpDoc.Name n : c.mentions) {
          mentions.add(new Mention(c.articleId, n.start(), n.end(), n.text(), n.type(), e.id(), n.part()));
        }
        if (c.coarse.equals("LOCATION")) {
          placeIds.putIfAbsent(c.key, e.id());
        }
      }
    }
    Gazetteer gaz = Gazetteer.get();
    for (ArticleNames a : articles) {
      for (NlpDoc.Name d : a.demonyms()) {
        String place = gaz.placeOf(d.text()) != null ? gaz.placeOf(d.text()) : derived.get(d.text());
        String id = placeIds.get(Names.key(place));
        if (id == null) {
          Entity e = new Entity(id(place, typeOf(place, "LOCATION")), place, typeOf(place, "LOCATION"), List.of());
          entities.add(e);
          id = e.id();
          placeIds.put(Names.key(place), id);
        }
        mentions.add(new Mention(a.articleId(), d.start(), d.end(), d.text(), "NATIONALITY", id, d.part()));
      }
    }
    entities.sort(java.util.Comparator.comparing(Entity::id));
    // body first, then captions in order: each part's offsets point into its own text
    mentions.sort(java.util.Comparator.comparing(Mention::articleId)
        .thenComparingInt((Mention m) -> dossier.model.Part.captionIndex(m.part()))
        .thenComparingInt(Mention::start));
    return new Result(entities, mentions);
  }

  /** The entity of a group: the most written of its longest forms names it, the rest are aliases. */
  private static Entity entity(List<Cluster> g) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Integer> types = new HashMap<>();
    for (Cluster c : g) {
      for (NlpDoc.Name n : c.mentions) {
        count.merge(n.text(), 1, Integer::sum);
        types.merge(n.type(), 1, Integer::sum);
      }
    }
    String name = null;
    for (String s : count.keySet()) {
      if (name == null || words(s) > words(name) || words(s) == words(name) && count.get(s) > count.get(name)) {
        name = s;
      }
    }
    // the type the tagger gave the full name itself wins; the rest break ties
    Map<String, Integer> nameTypes = new HashMap<>();
    for (Cluster c : g) {
      for (NlpDoc.Name n : c.mentions) {
        if (n.text().equals(name)) {
          nameTypes.merge(n.type(), 1, Integer::sum);
        }
      }
    }
    String coarse = nameTypes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(e -> types.get(e.getKey()))).get().getKey();
    String type = typeOf(name, coarse);
    List<String> aliases = new ArrayList<>(count.keySet());
    aliases.remove(name);
    return new Entity(id(name, type), name, type, aliases);
  }

  private static String typeOf(String name, String coarse) {
    if (!coarse.equals("LOCATION")) {
      return coarse;
    }
    String fine = Gazetteer.get().fineType(Names.key(name));
    return fine == null ? coarse : fine;
  }

  private static int words(String s) {
    return s.split("[\\s\\-]+").length;
  }

  /** A stable id: 16 hex digits of SHA-256 over the type and the folded name. */
  static String id(String name, String type) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((type + "\u0000" + Names.key(name)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Union-find over cluster indexes. */
  private static final class Unions {
    private final int[] parent;

    Unions(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
}

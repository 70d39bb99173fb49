package dossier.events;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An order given to another party (PLOVER REQUEST: "all requests, demands, and orders"): "X
 * ordered all foreigners to assemble at a hotel", "instructed the embassy to close". Only the
 * control construction, one told to do something, with the one who orders as subject: not an
 * order to one's own forces or staff (their act is the news: "ordered troops to withdraw"), nor
 * a court's order (a ruling, read by the law's doors), nor "ordered a review" or goods ordered.
 */
final class Orders {
  private Orders() {}

  /** Who an order goes to inside the orderer's own ranks. */
  private static final Set<String> OWN = Set.of("troop", "troops", "soldier", "soldiers", "army",
      "military", "navy", "force", "forces", "unit", "units", "police", "policeman", "policemen",
      "officer", "officers", "commander", "commanders", "guard", "guards", "staff", "employee",
      "employees", "worker", "workers", "pilot", "pilots", "warship", "warships", "jet", "jets",
      "reservist", "reservists", "agent", "agents", "investigator", "investigators", "aide",
      "aides", "subordinate", "subordinates", "minister", "ministers", "ministry", "department");
  /** A capitalised first word that may be a people's adjective (not any opening word). */
  private static final Pattern NATIONAL = Pattern.compile("[A-Z][a-z]+(?:an|ese|i|ish|ch)");
  /** Auxiliaries of an order not (yet) given. */
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might",
      "should", "must", "can", "shall", "'ll", "wo");
  /** Orders that are a court's ruling. */
  private static final Set<String> COURTS = Set.of("court", "judge", "jury", "tribunal",
      "magistrate", "justice", "panel");

  /** Whether verb {@code v} ("order", "command", "instruct") tells an order given to another. */
  static boolean request(Parse p, int v) {
    if (p.children(v, "xcomp").isEmpty() || p.children(v, "obj").isEmpty()
        || p.children(v, "nsubj").isEmpty() || p.negated(v)
        || p.childIn(v, MODALS, "aux")) {
      // "they will order X to": an order still to come is no request made
      return false;
    }
    return !p.childIn(v, OWN, "obj") && !p.childIn(v, COURTS, "nsubj")
        && p.children(v, "obj").stream().noneMatch(o -> p.childIn(o, OWN, "conj"))
        && p.children(v, "nsubj").stream().allMatch(s -> named(p, s));
  }

  /**
   * Whether the one who orders is named or of a named side ("Velmora", "he", "Velmoran military
   * authorities", "the Velmoran government"): "doctors ordered him to rest" is no political order.
   */
  private static boolean named(Parse p, int s) {
    String tag = p.tok(s).tag();
    if (tag.startsWith("NNP") || tag.startsWith("PRP")) {
      return true;
    }
    for (Parse.Arc a : p.out(s)) {
      String r = a.rel();
      String w = p.tok(a.dep()).word();
      if ((r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || r.equals("nmod:of"))
          && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && (a.dep() > 0 || NATIONAL.matcher(w).matches())) {
        return true;
      }
    }
    return false;
  }
}

package dossier.events;

import static dossier.events.CoverageArgs.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Coverage verbs of pressure and yielding (SANCTION, RETREAT, CONCEDE): flows and ties cut,
 * papers revoked, restrictions lifted, land or suspects handed over, offices resigned, guilt
 * admitted.
 */
final class SanctionVerbs {
  private SanctionVerbs() {}

  /** Flows between states whose ban, halt or cut is a sanction. */
  static final Set<String> FLOWS = Set.of("aid", "assistance", "funding", "fund",
      "funds", "trade", "tie", "ties", "relation", "relations", "cooperation", "export",
      "exports", "import", "imports", "flight", "flights", "delivery", "deliveries",
      "shipment", "shipments", "payment", "payments", "loan", "loans", "visa", "visas",
      "asset", "assets", "account", "accounts", "contact", "contacts", "supply", "supplies",
      "investment", "investments", "transfer", "transfers", "sale", "sales", "membership",
      "subsidies", "grants", "travel", "entry", "goods", "product", "products");

  /** Ties that are severed, broken off, downgraded, restored or established. */
  static final Set<String> TIES = Set.of("tie", "ties", "relation", "relations",
      "contact", "contacts");

  /** Rights and papers whose revocation is a sanction. */
  static final Set<String> PAPERS = Set.of("visa", "visas", "licence", "license",
      "licences", "licenses", "citizenship", "accreditation", "permit", "permits", "passport",
      "passports", "credentials");

  /** Restrictions whose lifting or easing is a concession ("lifted the curfew"). */
  static final Set<String> RESTRICTIONS = Set.of("curfew", "blockade", "restriction",
      "restrictions", "ban", "bans", "embargo", "sanction", "sanctions", "lockdown",
      "emergency", "limits", "controls", "tariff", "tariffs", "closure");

  /** Sanctions, whose lifting EventNouns reads with their target. */
  static final Set<String> SANCTIONS = Set.of("sanction", "sanctions", "embargo",
      "ban", "bans");

  /** Land or control that is handed back or surrendered. */
  static final Set<String> TERRITORY = Set.of("territory", "town", "city", "village",
      "region", "control", "area", "base", "land", "province", "district", "island",
      "territories", "towns", "villages", "positions", "position", "weapons", "arms");

  /** Admitted acts that are a concession of wrongdoing. */
  private static final Set<String> GUILT = Set.of("guilt", "responsibility", "wrongdoing",
      "mistake", "mistakes", "error", "errors", "failure", "failures", "fault", "liability",
      "charge", "charges", "blame", "role", "involvement", "crime", "crimes", "bribe",
      "bribes", "fraud", "lie", "lies");

  /** Ways of pressing that a rejection resists ("resisted pressure", "rebuffed calls"). */
  static final Set<String> PRESSURE = Set.of("pressure", "call", "calls", "demand",
      "demands", "appeal", "appeals", "request", "requests", "ultimatum");

  /** Officers of state whose resignation is news (PLOVER RETREAT: officials' resignations). */
  private static final Set<String> OFFICES = Set.of("minister", "president", "premier",
      "prime", "governor", "mayor", "chancellor", "speaker", "senator", "lawmaker", "mp",
      "deputy", "secretary", "ambassador", "envoy", "commissioner", "chief", "head", "leader",
      "government", "cabinet", "parliament", "office", "post", "presidency", "premiership",
      "ministry", "prosecutor", "judge", "general", "commander", "official", "spokesman",
      "spokeswoman", "director", "coalition", "party");

  /** Companies and posts of business: a chief executive's resignation is no public event. */
  private static final Set<String> BUSINESS = Set.of("ceo", "executive", "company", "firm",
      "board", "chairman", "chairwoman", "bank", "club", "manager", "coach", "team", "group",
      "corporation", "shareholder", "shareholders", "founder", "investor", "studio", "label",
      "band", "show", "network", "brand", "store", "retailer");

  /**
   * Whether the flow cut is the maker's own with no one at its other end: "cut its imports" is
   * a policy of its own, "cut its aid to B" or "froze their assets" a sanction.
   */
  static boolean ownFlow(Parse p, int v) {
    if (!CoverageVerbs.recipients(p, v).isEmpty()) {
      return false;
    }
    for (int o : p.children(v, "obj")) {
      if (p.childIn(o, Set.of("its", "our", "my"), "nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /** "handed over the suspect to B" (COOPERATE); "handed back the town" (RETREAT). */
  static String handed(Parse p, int v, Set<String> prt) {
    if (!prt.contains("over") && !prt.contains("back")
        && !p.childIn(v, Set.of("over", "back"), "advmod", "obl")) {
      return null;
    }
    if (objectIn(p, v, TERRITORY)) {
      return "RETREAT";
    }
    return (people(p, v) || properObject(p, v)) && !objectIn(p, v, Set.of("power", "reins"))
        && !p.children(v, "obl:to").isEmpty() ? "COOPERATE" : null;
  }

  /** "resigned as minister", "the prime minister stepped down": an officer of state leaves. */
  static boolean office(Parse p, int v) {
    if (hasObject(p, v) && !objectIn(p, v, OFFICES)) {
      return false; // "quit smoking", "resigned himself to defeat"
    }
    List<Integer> around = new ArrayList<>();
    for (String rel : new String[] {"nsubj", "obl:as", "obl:from", "obj"}) {
      around.addAll(p.children(v, rel));
    }
    boolean office = false;
    for (int x : around) {
      if (in(p, x, BUSINESS) || p.out(x).stream().anyMatch(a -> in(p, a.dep(), BUSINESS))) {
        return false;
      }
      office |= in(p, x, OFFICES)
          || p.out(x).stream().anyMatch(a -> in(p, a.dep(), OFFICES));
    }
    return office;
  }

  /** "admitted taking bribes", "admitted responsibility", "admitted he had lied". */
  static boolean admitted(Parse p, int v) {
    if (passive(p, v) || objectIn(p, v, GUILT)) {
      return !passive(p, v);
    }
    for (String rel : new String[] {"xcomp", "ccomp"}) {
      for (int x : p.children(v, rel)) {
        String l = p.tok(x).lemma().toLowerCase();
        if (StatementVerbs.WRONGDOING.contains(l) || objectIn(p, x, GUILT)
            || Lexicon.type(p.tok(x)) != null && Set.of("ASSAULT", "COERCE")
                .contains(Lexicon.type(p.tok(x)))) {
          return true;
        }
      }
    }
    return false;
  }
}

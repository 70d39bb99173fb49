package dossier.events;

import java.util.Set;

/**
 * Trigger verbs in the turns of phrase that make them no event: "seized on an idea", "retreated
 * from public view", "released an album", "fighting pollution", "rallied to win", "demonstrated
 * how it works", "the tapes captured him", "urged people to be careful", "the much-praised film".
 * Each check looks at the trigger's own arguments only.
 */
final class Idioms {
  /** What is fought that is no one: a disease, a fire, a social ill. */
  private static final Set<String> ILLS = Set.of("air", "pollution", "smog", "disease", "cancer",
      "virus", "infection", "epidemic", "pandemic", "fire", "blaze", "wildfire", "flame", "poverty",
      "corruption", "crime", "inflation", "hunger", "addiction", "illness", "climate", "drought",
      "obesity", "misinformation", "odds", "tear", "urge", "temptation", "fatigue", "injury", "cold",
      "flu", "traffic", "waste", "emission", "unemployment");
  /** Causes one fights for with no foe ("well" heads "well-being", which the tokenizer splits). */
  private static final Set<String> CAUSES = Set.of("well", "wellbeing", "welfare", "right",
      "freedom", "justice", "equality", "dignity", "cause", "future", "survival", "recognition",
      "compensation", "reform", "change", "access", "fairness", "respect", "life", "health");
  /** What is released that is no captive: a work, a product, a statement, figures. */
  private static final Set<String> WORKS = Set.of("film", "movie", "album", "song", "single",
      "record", "book", "video", "trailer", "report", "statement", "product", "version", "game",
      "data", "figure", "result", "detail", "image", "photo", "picture", "recording", "footage",
      "transcript", "memoir", "novel", "documentary", "series", "update", "software", "app",
      "phone", "model", "edition", "episode", "earnings", "list", "study", "survey", "guideline");
  /** What is withdrawn in business: a filing, an offering. */
  private static final Set<String> FILINGS = Set.of("filing", "application", "offering", "listing",
      "prospectus", "product", "registration", "ipo", "offer", "bid");
  /** What one wants to happen that no one is asked to do: "wanted the affair to vanish". */
  private static final Set<String> OUTCOMES = Set.of("vanish", "disappear", "fade", "end", "die",
      "succeed", "fail", "happen", "last", "work", "go");
  /** From where one retreats who only leaves the public eye. */
  private static final Set<String> PUBLIC_EYE = Set.of("view", "spotlight", "limelight", "life",
      "eye", "stage", "scene", "public");
  /** Who captures on record, not in custody. */
  private static final Set<String> RECORDERS = Set.of("tape", "camera", "recording", "lens",
      "photographer", "image", "film", "video", "footage", "photo", "photograph", "picture");
  /** What is attacked, invaded or killed in words only: a plan, a market, time. */
  private static final Set<String> IDEAS = Set.of("plan", "policy", "budget", "proposal", "idea",
      "decision", "remark", "comment", "claim", "record", "bill", "law", "speech", "report",
      "approach", "handling", "stance", "market", "program", "programme", "strategy", "reform",
      "view", "argument", "time", "engine", "light", "mood", "momentum", "rumor", "rumour",
      "story", "narrative", "system");
  /** What is arrested that is a trend: "arrested the decline". */
  private static final Set<String> TRENDS = Set.of("decline", "fall", "slide", "drop", "trend",
      "growth", "spread", "slump", "momentum", "deterioration", "rise", "erosion");
  /** Deals of trade and show business: "a book deal", "film talks". */
  private static final Set<String> TRADE = Set.of("book", "film", "movie", "record", "recording",
      "publishing", "sponsorship", "endorsement", "tv", "television", "broadcast", "licensing",
      "shoe", "kit", "music", "streaming", "distribution", "merchandising");
  /** Where a bomb is a flop: "bombed in the polls", "at the box office". */
  private static final Set<String> PENALTIES = Set.of("tariff", "sanction", "fine", "duty",
      "levy", "penalty", "ban", "embargo", "tax", "lawsuit", "suit", "charge", "restriction");
  private static final Set<String> FLOPS = Set.of("poll", "office", "rating", "theater", "theatre",
      "chart");
  /** Words of arms that make "under attack" or "under fire" a real one. */
  private static final Set<String> ARMS = Set.of("gun", "gunman", "gunmen", "rocket", "missile",
      "bomb", "shell", "mortar", "drone", "troop", "force", "soldier", "militant", "rebel",
      "police", "convoy", "base", "position", "post", "army", "fighter", "jet", "artillery",
      "patrol", "ship", "vessel", "town", "village", "city", "camp", "checkpoint");
  /** Pacts one leaves without moving a soldier: "withdrew from the treaty". */
  private static final Set<String> PACTS = Set.of("treaty", "agreement", "accord", "pact",
      "deal", "convention", "protocol", "alliance");
  /** Adjectives that make a weapon or a blow a figure of speech: "rhetorical rockets". */
  private static final Set<String> WORDS_ONLY = Set.of("rhetorical", "verbal", "figurative");
  private static final Set<String> CUSTODY = Set.of("prison", "jail", "custody", "detention",
      "captivity", "hostage", "bail", "captor", "prisoner");

  private Idioms() {}

  /** Whether the event of {@code type} at token {@code t} is only a turn of phrase. */
  static boolean drop(Parse p, int t, String type) {
    if (Senses.drop(p, t, type)) {
      return true; // a word in a sense of no event: "took a $5 million charge", "meet demand"
    }
    if (Diplomacy.drop(p, t, type)) {
      return true; // "agreed that the law was unfair", "by demonstrating his support"
    }
    String lemma = p.tok(t).lemma().toLowerCase();
    switch (type) {
      case "COERCE":
        return lemma.equals("arrest") && arg(p, t, TRENDS, "obj") || lemma.equals("seize") && next(p, t, "on", "upon") // "seized on a rumour"
            || lemma.equals("capture") && arg(p, t, RECORDERS, "nsubj");
      case "RETREAT":
        return lemma.equals("retreat") && arg(p, t, PUBLIC_EYE, "obl")
            || lemma.equals("release") && (arg(p, t, WORKS, "obj", "nsubj:pass")
                || any(p, Set.of("hospital", "clinic")) && !any(p, CUSTODY))
            || lemma.equals("withdraw") && arg(p, t, FILINGS, "obj", "nsubj:pass")
            // "withdrew from the treaty": leaving a pact, no material retreat (PLOVER RETREAT)
            || lemma.equals("withdraw") && arg(p, t, PACTS, "obl:from");
      case "ASSAULT":
        boolean fight = lemma.equals("fight") || lemma.equals("battle") || lemma.equals("combat");
        return fight && (arg(p, t, ILLS, "obj") || !p.children(t, "xcomp").isEmpty()
            // "fought for the well-being of others", "battled for equal rights": a cause, no foe
            || arg(p, t, CAUSES, "obl:for") && p.children(t, "obj").isEmpty()
            && p.children(t, "obl:against").isEmpty() && p.children(t, "obl:with").isEmpty())
            || arg(p, t, IDEAS, "obj") || arg(p, t, ILLS, "nsubj")
            || lemma.equals("bomb") && arg(p, t, FLOPS, "obl")
            // "hits X with tariffs": a penalty, no blow
            || (lemma.equals("hit") || lemma.equals("slap")) && arg(p, t, PENALTIES, "obl:with")
            // "fired rhetorical rockets at X": the weapon is a figure of speech
            || p.children(t, "obj").stream().anyMatch(o -> arg(p, o, WORDS_ONLY, "amod"))
            // "the candidate was under constant attack": criticism, where no arms are named
            || (lemma.equals("attack") || lemma.equals("fire")) && p.tok(t).noun()
            && arg(p, t, Set.of("under"), "case") && !any(p, ARMS);
      case "PROTEST":
        // "rallied to win", "rallied from two sets down", "rallied back"; "demonstrated how"
        return lemma.equals("rally") && (!p.children(t, "xcomp").isEmpty()
            || !p.children(t, "obl:from").isEmpty()
            || arg(p, t, Set.of("back"), "advmod", "compound:prt"))
            || lemma.equals("demonstrate") && (!p.children(t, "obj").isEmpty()
                || !p.children(t, "ccomp").isEmpty() || !p.children(t, "xcomp").isEmpty());
      case "CONSULT":
        return trade(p);
      case "AGREE":
        if (trade(p)) {
          return true;
        }
        // "offered the player a five-year, $90 million contract": a job, not a commitment
        return lemma.equals("offer") && p.children(t, "obj").stream().anyMatch(o -> terms(p, o));
      case "REQUEST":
        if ((lemma.equals("want") || lemma.equals("wish"))
            && arg(p, t, OUTCOMES, "xcomp")) {
          return true;
        }
        // "urged people to be cautious": advice, not a demand on anyone
        return p.children(t, "xcomp").stream().anyMatch(x -> p.tok(x).tag().startsWith("JJ")
            && !p.children(x, "cop").isEmpty());
      case "SUPPORT":
        return p.tok(t).verb() && p.governor(t, "amod") >= 0; // "the much-praised actress"
      default:
        return false;
    }
  }

  private static boolean arg(Parse p, int t, Set<String> words, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(t, rel)) {
        if (words.contains(p.tok(x).lemma().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the sentence tells of a deal of trade or show business ("a book deal"). */
  private static boolean trade(Parse p) {
    for (int i = 0; i < p.tokens().size(); i++) {
      String l = p.tok(i).lemma().toLowerCase();
      if ((l.equals("deal") || l.equals("contract") || l.equals("talk")
          || l.equals("negotiation")) && arg(p, i, TRADE, "compound")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a deal is told by its money or its years: "$90 million", "a five-year contract". */
  private static boolean terms(Parse p, int o) {
    for (Parse.Arc a : p.out(o)) {
      String w = p.tok(a.dep()).word().toLowerCase();
      if (w.contains("$") || w.matches("\\w+-(?:year|season)") || w.equals("million")
          || w.equals("billion") || w.endsWith("mm")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word right after {@code t} is one of {@code words}: a phrasal verb's particle. */
  private static boolean next(Parse p, int t, String... words) {
    if (t + 1 >= p.tokens().size()) {
      return false;
    }
    String w = p.tok(t + 1).word();
    for (String x : words) {
      if (x.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean any(Parse p, Set<String> lemmas) {
    return p.tokens().stream().anyMatch(x -> lemmas.contains(x.lemma().toLowerCase()));
  }
}

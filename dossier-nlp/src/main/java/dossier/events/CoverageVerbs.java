package dossier.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Common news verbs and phrasal verbs of the PLOVER types that the first lexicons lacked, each an
 * event only with the arguments that make it one (PLOVER codebook: each type's definition, modes
 * and examples): "wounded three soldiers" but not "injured his knee", "beat protesters" (by
 * police) but not "beat the home side", "froze the assets of X" but not "froze the budget",
 * "opposed the plan" but not "opposed X in the election". A verb whose doer must be a hand
 * (a person, group or name) is never read of a storm, a crisis or a market. Each word was checked
 * for false alarms on unannotated news and pages before it was kept.
 */
final class CoverageVerbs {
  /** People a violent or coercive act is done to ("wounded three soldiers", "rounded up activists"). */
  private static final Set<String> PEOPLE = union(Lexicon.PERSON_NOUNS, Lexicon.CAPTURED,
      Lexicon.GROUP_ACTORS, Set.of("civilian", "child", "children", "villager", "journalist",
          "reporter", "passenger", "pilgrim", "worshipper", "policeman", "policemen", "official",
          "minister", "opponent", "critic", "dissident", "citizen", "refugee", "detainee",
          "victim", "family", "relative", "local", "bystander", "farmer", "teacher", "doctor",
          "nurse", "priest", "monk", "tourist", "dozen", "dozens", "scores", "hundreds",
          "thousands", "supporter", "blogger", "lawyer", "opposition", "politician", "candidate",
          "lawmaker"));
  /** Doers who beat people: forces, guards, armed men and mobs (not a team, not a candidate). */
  private static final Set<String> BEATERS = Set.of("police", "policeman", "policemen",
      "officer", "soldier", "troop", "troops", "army", "guard", "militia", "mob", "gang",
      "gunman", "gunmen", "militant", "rebel", "insurgent", "attacker", "assailant", "thug",
      "crowd", "rioter", "youth", "vigilante", "extremist", "force", "agent", "jailer", "warder");
  /** Vessels that are sunk in an attack. */
  private static final Set<String> VESSELS = Set.of("ship", "boat", "vessel", "tanker",
      "warship", "frigate", "submarine", "ferry", "destroyer", "cruiser", "trawler", "gunboat");
  /** Arms that make targeting an attack ("targeted the depot with drones"). */
  private static final Set<String> WEAPONS = Set.of("drone", "drones", "missile", "missiles",
      "rocket", "rockets", "bomb", "bombs", "artillery", "mortar", "mortars", "airstrike",
      "airstrikes", "strike", "strikes", "shell", "shells", "attack", "attacks", "fire",
      "gunfire", "grenade", "grenades", "explosive", "explosives", "raid", "raids", "shelling");
  /** Buildings and places that are ransacked or vandalised. */
  private static final Set<String> PROPERTY = union(Lexicon.TARGETS, Set.of("monument",
      "statue", "shrine", "temple", "synagogue", "cemetery", "grave", "graves", "memorial",
      "premises", "property", "offices", "parliament", "residence"));
  /** What is banned or shut down as repression: parties, groups, the press, gatherings. */
  private static final Set<String> CIVIC = Set.of("party", "parties", "group", "groups",
      "organization", "organisation", "organizations", "organisations", "movement", "union",
      "unions", "newspaper", "newspapers", "paper", "channel", "channels", "station",
      "broadcaster", "website", "websites", "site", "sites", "outlet", "outlets", "network",
      "agency", "ngo", "ngos", "charity", "protest", "protests", "rally", "rallies",
      "demonstration", "demonstrations", "gathering", "gatherings", "march", "marches",
      "opposition", "media", "press", "internet", "magazine", "blog", "account",
      "accounts", "broadcast", "broadcasts");
  /** Flows between states whose ban, halt or cut is a sanction. */
  private static final Set<String> FLOWS = Set.of("aid", "assistance", "funding", "fund",
      "funds", "trade", "tie", "ties", "relation", "relations", "cooperation", "export",
      "exports", "import", "imports", "flight", "flights", "delivery", "deliveries",
      "shipment", "shipments", "payment", "payments", "loan", "loans", "visa", "visas",
      "asset", "assets", "account", "accounts", "contact", "contacts", "supply", "supplies",
      "investment", "investments", "transfer", "transfers", "sale", "sales", "membership",
      "subsidies", "grants", "travel", "entry", "goods", "product", "products");
  /** Ties that are severed, broken off, downgraded, restored or established. */
  private static final Set<String> TIES = Set.of("tie", "ties", "relation", "relations",
      "contact", "contacts");
  /** Levies one state imposes on another's goods. */
  private static final Set<String> LEVIES = Set.of("tariff", "tariffs", "duty", "duties",
      "levy", "levies", "quota", "quotas", "embargo");
  /** Rights and papers whose revocation is a sanction. */
  private static final Set<String> PAPERS = Set.of("visa", "visas", "licence", "license",
      "licences", "licenses", "citizenship", "accreditation", "permit", "permits", "passport",
      "passports", "credentials");
  /** Meetings whose boycott is a rejection (PLOVER: cancelling or refusing a meeting). */
  private static final Set<String> MEETINGS = Set.of("talks", "summit", "meeting", "meetings",
      "negotiation", "negotiations", "session", "sessions", "vote", "election", "elections",
      "ceremony", "conference", "inauguration", "parade", "referendum", "hearing", "debate");
  /** Restrictions whose lifting or easing is a concession ("lifted the curfew"). */
  private static final Set<String> RESTRICTIONS = Set.of("curfew", "blockade", "restriction",
      "restrictions", "ban", "bans", "embargo", "sanction", "sanctions", "lockdown",
      "emergency", "limits", "controls", "tariff", "tariffs", "closure");
  /** Sanctions, whose lifting EventNouns reads with their target. */
  private static final Set<String> SANCTIONS = Set.of("sanction", "sanctions", "embargo",
      "ban", "bans");
  /** Land or control that is handed back or surrendered. */
  private static final Set<String> TERRITORY = Set.of("territory", "town", "city", "village",
      "region", "control", "area", "base", "land", "province", "district", "island",
      "territories", "towns", "villages", "positions", "position", "weapons", "arms");
  /** Admitted acts that are a concession of wrongdoing. */
  private static final Set<String> GUILT = Set.of("guilt", "responsibility", "wrongdoing",
      "mistake", "mistakes", "error", "errors", "failure", "failures", "fault", "liability",
      "charge", "charges", "blame", "role", "involvement", "crime", "crimes", "bribe",
      "bribes", "fraud", "lie", "lies");
  /** Goods given as aid (PLOVER AID: economic, military, humanitarian). */
  private static final Set<String> AID_GOODS = Set.of("aid", "assistance", "help", "relief",
      "food", "medicine", "medicines", "supplies", "water", "tent", "tents", "blanket",
      "blankets", "vaccine", "vaccines", "money", "fund", "funds", "funding", "loan", "loans",
      "grant", "grants", "weapon", "weapons", "arms", "ammunition", "equipment", "fuel",
      "shelter", "dollar", "dollars", "euro", "euros", "donation", "donations",
      "asylum", "rations", "generator", "generators", "credit", "credits", "million", "billion");
  /** Who receives aid: a named side, or people in need (not "a charity", "the club"). */
  private static final Set<String> NEEDY = Set.of("refugee", "refugees", "victim", "victims",
      "survivor", "survivors", "resident", "residents", "civilian", "civilians", "government",
      "army", "force", "forces", "people", "population", "family", "families", "country",
      "region", "village", "villager", "villagers", "hospital", "hospitals", "rebel", "rebels",
      "troops", "military", "displaced", "needy", "homeless", "evacuee", "evacuees", "migrant",
      "migrants", "child", "children");
  /** Ways of pressing that a rejection resists ("resisted pressure", "rebuffed calls"). */
  private static final Set<String> PRESSURE = Set.of("pressure", "call", "calls", "demand",
      "demands", "appeal", "appeals", "request", "requests", "ultimatum");
  /** What opposing or supporting is a political act about (beside policies and proposals). */
  private static final Set<String> STANCES = union(StatementVerbs.POLICY, SpeechActs.PROPOSALS,
      SpeechActs.DECISIONS, Set.of("bid", "candidacy", "nomination", "membership", "accession",
          "war", "reform", "reforms", "resolution", "idea", "effort", "efforts", "cause",
          "right", "rights", "independence", "sovereignty", "government", "regime",
          "intervention", "invasion", "strike", "strikes", "campaign", "referendum",
          "annexation", "occupation", "expansion", "integrity", "unification", "claim",
          "withdrawal", "sanctions", "embargo", "blockade"));
  /** What recognising is diplomatic support for ("recognised its independence"). */
  private static final Set<String> STATEHOOD = Set.of("government", "independence", "state",
      "sovereignty", "statehood", "republic", "annexation", "authority", "council");
  /** What blocking or thwarting is a rejection of. */
  private static final Set<String> MOTIONS = Set.of("resolution", "resolutions", "bill",
      "proposal", "plan", "deal", "measure", "bid", "accession", "membership", "nomination",
      "motion", "appointment", "treaty", "agreement", "statement", "declaration", "request",
      "sanctions");
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
  /** Intelligence and evidence that sharing is cooperation. */
  private static final Set<String> INTELLIGENCE = Set.of("intelligence", "information",
      "evidence", "data", "findings", "expertise", "technology", "know-how");
  /** Alerts a force is put on ("put on high alert"). */
  private static final Set<String> ALERTS = Set.of("alert", "standby", "footing", "readiness");
  /** Arms and units stationed or positioned: a show of force. */
  private static final Set<String> ARMS = union(Lexicon.FORCES, Set.of("warship", "warships",
      "ship", "ships", "missile", "missiles", "jets", "fighter", "fighters", "aircraft",
      "submarine", "submarines", "bomber", "bombers", "artillery", "battery", "batteries",
      "tanks", "troops", "soldiers", "units", "forces", "division", "carrier", "destroyer",
      "marines", "paratroopers"));
  /** Exercises that, held jointly, are military cooperation. */
  private static final Set<String> DRILLS = Set.of("exercise", "exercises", "drill", "drills",
      "manoeuvres", "maneuvers", "patrol", "patrols", "operation", "operations");
  /** Weapons of crowd control: using them on people is an assault (PLOVER crowd-control). */
  private static final Set<String> CROWD_WEAPONS = Set.of("cannon", "cannons", "gas", "teargas",
      "bullet", "bullets", "baton", "batons", "truncheon", "truncheons", "grenade", "grenades",
      "spray", "ammunition", "whip", "whips", "club", "clubs", "tasers", "taser");
  /** Homes and offices whose search by the authorities is coercion (PLOVER COERCE seize). */
  private static final Set<String> HOMES = Set.of("home", "homes", "house", "houses", "office",
      "offices", "premises", "apartment", "flat", "headquarters", "residence", "compound",
      "property");
  /** Verbs that cancel a meeting. */
  private static final Set<String> CANCEL = Set.of("cancel", "scrap", "abandon", "boycott",
      "snub", "postpone", "suspend", "skip");
  /** What a side is branded, labelled or described as in an accusation (beside the insults). */
  private static final Set<String> BRANDED = union(StatementVerbs.INSULTS, Set.of("threat",
      "unlawful", "provocation", "aggression", "outrageous", "absurd", "baseless", "false", "lie",
      "lies", "propaganda", "violation", "crime", "hypocritical", "sponsor", "invader", "pariah",
      "rogue", "terrorists", "criminals", "liars", "traitors"));
  /** What one is held or said to be for a wrong: "held X responsible", "said X was to blame". */
  private static final Set<String> CULPABLE = Set.of("responsible", "accountable", "liable",
      "culpable", "guilty");
  /** Harms one is said to be responsible for or behind (beside the lexicon's event nouns). */
  private static final Set<String> HARMS = Set.of("blast", "explosion", "killing", "killings",
      "murder", "murders", "death", "deaths", "plot", "coup", "hack", "hacking", "leak", "leaks",
      "violence", "crisis", "abuse", "abuses", "massacre", "bombings", "shooting", "shootings",
      "crime", "crimes", "fire", "sabotage", "unrest", "riots", "kidnapping", "assassination",
      "disappearance", "poisoning", "downing", "crash", "failure", "losses", "casualties");
  /** Acts a warning or a conditional promise threatens: one's own retaliation. */
  private static final Set<String> REPRISAL_ACTS = Set.of("retaliate", "respond", "punish",
      "hit", "strike", "attack", "invade", "retake", "destroy", "crush", "annihilate", "sever",
      "cut", "expel", "sanction", "arrest", "bomb", "shoot", "fire");
  /** Pronouns by which a warner means itself ("warned that it would strike"). */
  private static final Set<String> SELF = Set.of("it", "we", "i", "he", "she");
  /** Subjects that never make a hand: things, not people ("the data support", "the storm"). */
  private static final Set<String> PRONOUN_HANDS = Set.of("he", "she", "they", "we", "i");

  /** All lemmas (and irregular forms) that may make one of these events: for the word test. */
  private static final Set<String> TRIGGERS = Set.of("wound", "injure", "maim", "beat",
      "beaten", "blow", "blew", "blown", "pound", "pummel", "strafe", "sink", "sank", "sunk",
      "overrun", "overran", "target", "assault", "lynch",
      "strangle", "bludgeon", "slaughter", "butcher", "ransack", "vandalize", "vandalise",
      "firebomb", "crack", "round", "take", "took", "taken", "ban", "outlaw", "prohibit",
      "shut", "censor", "curfew",
      "disperse", "fine", "suspend", "halt", "freeze", "froze", "frozen", "cut", "withhold",
      "withheld", "sever", "downgrade", "recall", "boycott", "blacklist", "punish", "penalize",
      "penalise", "revoke", "impose", "slap", "levy", "free", "resign", "step", "stepped",
      "quit", "lift", "ease", "relax", "hand", "surrender", "admit", "guilty",
      "aid", "loan", "loans", "assistance", "asylum", "donation", "donations", "supplies",
      "yield", "cave", "acquit", "pardon", "donate", "provide", "supply", "deliver",
      "send", "sent", "grant", "ship", "airlift", "contribute", "team", "join",
      "share", "ally", "exercise", "exercises", "drill", "drills", "mass", "massed", "massing",
      "dispatch", "station", "redeploy", "position", "alert", "oppose", "snub", "resist",
      "block", "thwart", "vow", "swear", "swore", "sworn", "warn", "support", "recognize",
      "recognise", "thank", "stand", "stood", "ratify", "settle", "investigate", "probe",
      "impeach", "call", "bow", "receive", "travel", "fly", "flew", "arrive", "strike",
      "walk", "walkout", "picket", "sit-in", "street", "streets", "protest", "sought",
      "restore", "establish", "normalize", "normalise", "arrest", "pressure", "relation",
      "relations", "ties", "brand", "branded", "label", "labelled", "labeled", "dub", "dubbed",
      "describe", "portray", "finger", "responsible", "accountable", "behind", "bar", "barred",
      "kick", "kicked", "weight", "vote", "disown", "disavow", "cancel", "cancelled", "canceled",
      "scrap", "scrapped", "grata", "task", "rally", "rallied", "pledge", "use", "used", "search",
      "handcuff", "occupy", "occupied", "blockade", "custody", "broke", "break");
  /** Aid goods, flows between states and restrictions, as the raw-text test spells them. */
  private static final String AID_RE = "(?:aid|assistance|help|relief|food|medicines?|supplies"
      + "|water|tents|blankets|vaccines?|money|funds?|funding|loans?|grants?|weapons|arms"
      + "|ammunition|equipment|fuel|shelter|asylum|dollars|euros|million|billion|donations?"
      + "|rations)";
  private static final String FLOWS_RE = "(?:aid|assistance|funding|trade|ties|relations"
      + "|cooperation|exports|imports|flights|deliveries|shipments|payments|loans|visas|assets"
      + "|accounts|contacts|supplies|investments?|sales|membership|travel|goods|products)";
  private static final String RESTRICTIONS_RE = "(?:curfews?|blockade|restrictions?|bans?"
      + "|embargo|sanctions|lockdown|siege|limits|controls|tariffs)";
  /** The raw-text test for these verbs' forms (with {@link Lexicon#CANDIDATE} before a parse). */
  /** The raw-text test for these verbs' forms (with {@link Lexicon#CANDIDATE} before a parse). */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:wound|injur|maim|beat(?:s|en|ing)?\\b"
      + "|bl(?:ew|own|ow|ows|owing)\\s+(?:\\w+\\s+){0,3}?up|pound(?:ed|ing)\\b|pummel|strafe"
      + "|sank|sunk|sink(?:s|ing)?\\b|overr[au]n|target(?:s|ed|ing)\\b|assault|lynch"
      + "|(?:h[oe]ld|holds|holding|t[oa]ok|takes|taking|taken)\\s+(?:\\w+\\s+){0,4}?hostages?\\b"
      + "|strangl|bludgeon|slaughter|butcher|ransack|vandali|firebomb"
      + "|crack(?:s|ed|ing)?\\s+down|round(?:s|ed|ing)?\\s+up|bann(?:ed|ing)|bans?\\b|outlaw"
      + "|prohibit|shut\\w*\\s+(?:\\w+\\s+){0,3}?down|censor|curfew|dispers|fined|fining|suspend"
      + "|(?:halt|fro?z|cut|withh[oe]ld|sever|downgrad|stopp?|curtail|break|broke)\\w*\\s+(?:off\\s+)?"
      + "(?:\\w+\\s+){0,3}?" + FLOWS_RE + "|recall\\w*\\s+(?:\\w+\\s+){0,2}?(?:ambassador|envoy|diplomats?"
      + "|consul|representative)|boycott|blacklist|punish|penali|revok|impos|slap\\w*\\s+(?:\\w+\\s+)"
      + "{0,3}?(?:tariffs?|duties|levies|sanctions|embargo)|lev(?:y|ies|ied)\\b|free(?:d|s|ing)\\b"
      + "|resign|step(?:s|ped|ping)?\\s+(?:down|aside)|quit(?:s|ting)?\\b"
      + "|(?:lift|eas|relax)\\w*\\s+(?:\\w+\\s+){0,3}?" + RESTRICTIONS_RE + ""
      + "|hand(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,4}?(?:over|back)|surrender|admit(?:s|ted|ting)?\\b"
      + "|guilty|(?:g[ai]ve|giv(?:es|en|ing)|cav(?:e|es|ed|ing))\\s+in\\b|(?:yield|bow)(?:s|ed|ing)?"
      + "\\s+to|acquit|pardon|(?:donat|provid|suppl|deliver|sen[dt]|grant|shipp|airlift|contribut"
      + "|g[ai]v|extend|allocat)\\w*\\b[^.]{0,60}?\\b" + AID_RE + "\\b|team(?:s|ed|ing)?\\s+up"
      + "|join(?:s|ed|ing)?\\s+(?:forces|hands)|shar(?:e|es|ed|ing)\\b[^.]{0,30}?\\b(?:intelligence"
      + "|information|evidence|data)|(?:all(?:y|ies|ied))\\s+(?:itself\\s+|themselves\\s+)?with"
      + "|joint\\s+(?:\\w+\\s+){0,2}?(?:exercises?|drills?|manoeuvres|maneuvers|patrols?|operations?)"
      + "|mass(?:ed|ing)\\b|dispatch|stationed|stationing|redeploy|positioned|positioning"
      + "|on\\s+(?:high\\s+|full\\s+|maximum\\s+|combat\\s+)?alert|oppos(?:e|es|ed|ing)\\b|snub"
      + "|resist\\w*\\s+(?:\\w+\\s+){0,2}?(?:pressure|calls?|demands?|appeals?)|block(?:s|ed|ing)\\b"
      + "|thwart|vow|swor|swear|warn\\w*\\b[^.]{0,80}?\\b(?:will|would)\\b|support(?:s|ed|ing)\\b"
      + "|recogni[sz](?:e|es|ed|ing)\\b|thanked|thanking|st(?:and|ands|ood|anding)\\s+(?:by|with"
      + "|behind)|ratif|settl\\w*\\s+(?:\\w+\\s+){0,2}?(?:disputes?|conflict|differences|row|feud)"
      + "|investigat|prob(?:e|es|ed|ing)\\b|impeach|call|receiv\\w*\\b[^.]{0,40}?\\b(?:delegation"
      + "|president|minister|leader|counterpart|envoy|call|king|queen|prince|chancellor|premier"
      + "|secretary|ambassador)|for\\s+(?:\\w+\\s+){0,2}?(?:talks|meetings?|summit|negotiations"
      + "|consultations)|walk(?:s|ed|ing)?\\s+out|picket|sit-in|to\\s+the\\s+streets|sought"
      + "|(?:restor|establish|normali|upgrad|resum)\\w*\\s+(?:\\w+\\s+){0,2}?(?:ties|relations)"
      + "|under\\s+(?:house\\s+)?arrest|on\\s+(?:a\\s+)?(?:hunger\\s+)?strike|in\\s+protest"
      // the event nouns added to the lexicon with these verbs
      + "|invasion|incursion|firefight|gunfight|shoot-?out|walkout|walk-out"
      // accusations, rejections and support told by branding, blame, bars and votes
      + "|brand(?:s|ed|ing)\\b|label(?:s|led|ed|ling|ing)\\b|dubb|describ|portray"
      + "|pointed\\s+the\\s+finger|point(?:s|ing)?\\s+(?:the\\s+|a\\s+)?finger"
      + "|(?:responsible|accountable|to\\s+blame|behind\\s+the)\\b|barr(?:ed|ing)\\b|bars\\b"
      + "|kick\\w*\\s+(?:\\w+\\s+){0,3}?out|weight\\s+behind|vot\\w*\\s+against|disown"
      + "|disavow|cancel|scrap|persona\\s+non\\s+grata|to\\s+task|rall\\w*\\s+(?:behind"
      + "|around)|pledg\\w*\\s+(?:\\w+\\s+)?(?:support|backing|solidarity)|call\\w*\\s+off"
      // coercion and crowd control told by the act
      + "|water\\s+cannon|tear\\s?gas|rubber\\s+bullets|batons|into\\s+custody"
      + "|search(?:ed|ing|es)\\b|handcuff|occup(?:y|ied|ies|ying)\\b|blockad"
      + "|br(?:oke|eak|eaks|eaking)\\s+up)");

  private CoverageVerbs() {}

  /** Whether a lemma (or an irregular form) may make one of these events. */
  static boolean trigger(String lemma) {
    return TRIGGERS.contains(lemma);
  }

  /**
   * The PLOVER type verb {@code v} makes with its arguments, or null. Only verbs the lexicons
   * read no type for reach here (DepFinder asks the lexicon, its argument verbs and the speech,
   * legal and statement acts first).
   */
  static String type(Parse p, int v) {
    if (asked(p, v)) {
      return null; // "wants B to lift the curfew", "urged B to free X": only asked for
    }
    String type = read(p, v);
    // a league's fine or ban, a club's support: sport's own acts are no PLOVER events
    return type == null || type.equals("ASSAULT") || !sport(p) ? type : null;
  }

  /**
   * A lexicon verb read otherwise by its arguments: "rallied behind X" is support, not a
   * protest; "pledged support for X" is support, not an agreement.
   */
  static String override(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (lemma.equals("rally") && (p.nameIn(v, "obl:behind", "obl:around")
        || !p.children(v, "obl:behind").isEmpty() && p.children(v, "nsubj").stream()
            .anyMatch(x -> p.tok(x).tag().startsWith("NNP")))) {
      return "SUPPORT";
    }
    if ((lemma.equals("pledge") || lemma.equals("promise") || lemma.equals("offer"))
        && objectIn(p, v, Set.of("support", "backing", "solidarity"))) {
      return "SUPPORT";
    }
    return null;
  }

  /**
   * Whether verb {@code v} calls off or walks out of the meeting it governs ("called off talks",
   * "cancelled the summit"): PLOVER codes that REJECT, so the meeting noun makes no meeting.
   */
  static boolean cancels(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    return CANCEL.contains(lemma) || p.childIn(v, Set.of("off"), "compound:prt")
        || lemma.equals("walk") && (p.childIn(v, Set.of("out"), "compound:prt")
            || !p.children(v, "obl:out_of").isEmpty());
  }

  /** Whether {@code v} is only what someone wants, asks or urges another to do. */
  private static boolean asked(Parse p, int v) {
    int gov = p.governor(v, "xcomp", "ccomp");
    return gov >= 0 && (Lexicon.HOPED.contains(p.tok(gov).lemma().toLowerCase())
        || Set.of("want", "ask", "demand", "urge", "request", "press", "plead", "implore",
            "beg", "order", "tell", "pressure", "encourage", "invite")
            .contains(p.tok(gov).lemma().toLowerCase()));
  }

  /** Whether the sentence uses the words only sport's news uses ("the NFL will fine X"). */
  private static boolean sport(Parse p) {
    StringBuilder sb = new StringBuilder();
    for (Parse.Tok t : p.tokens()) {
      sb.append(t.word()).append(' ');
    }
    return DepFinder.SPORT.matcher(sb).find();
  }

  private static String read(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    Set<String> prt = new HashSet<>();
    for (int x : p.children(v, "compound:prt")) {
      prt.add(p.tok(x).lemma().toLowerCase());
    }
    return switch (lemma) {
      // ASSAULT: harm done by a hand to people, places or ships
      case "wound", "injure", "maim" -> hand(p, v, false) && people(p, v) ? "ASSAULT" : null;
      case "beat" -> beaten(p, v, prt) ? "ASSAULT" : null;
      case "blow" -> prt.contains("up") && hasObject(p, v) && hand(p, v, false)
          ? "ASSAULT" : null;
      case "pound", "pummel", "strafe", "overrun" -> hand(p, v, false)
          && (objectIn(p, v, Lexicon.TARGETS) || properObject(p, v)) ? "ASSAULT" : null;
      case "sink" -> hand(p, v, false) && objectIn(p, v, VESSELS) ? "ASSAULT" : null;
      case "target" -> (objectIn(p, v, Lexicon.TARGETS) || properObject(p, v))
          && (p.childIn(v, WEAPONS, "obl:with", "nsubj", "obl:by", "obl:agent"))
          ? "ASSAULT" : null;
      case "hold", "take" -> hostage(p, v) && people(p, v) ? "ASSAULT"
          : lemma.equals("take") && p.childIn(v, Set.of("custody"), "obl:into")
              && (people(p, v) || properObject(p, v)) ? "COERCE"
          : heldCulpable(p, v) ? "ACCUSE" : protestManner(p, v, lemma);
      case "assault", "lynch", "strangle", "bludgeon", "slaughter", "butcher" ->
          hand(p, v, true) && people(p, v) ? "ASSAULT" : null;
      case "ransack", "vandalize", "vandalise", "firebomb" -> hand(p, v, true)
          && (objectIn(p, v, PROPERTY) || properObject(p, v)) ? "ASSAULT" : null;
      // COERCE: repression short of violence
      case "crack" -> prt.contains("down") && !p.children(v, "obl:on").isEmpty()
          ? "COERCE" : null;
      case "round" -> prt.contains("up") && hand(p, v, true) && people(p, v) ? "COERCE" : null;
      case "ban", "outlaw", "prohibit" -> hand(p, v, true)
          ? objectIn(p, v, CIVIC) ? "COERCE" : objectIn(p, v, FLOWS) ? "SANCTION" : null : null;
      case "shut", "close" -> (lemma.equals("close") || prt.contains("down"))
          && hand(p, v, true) && objectIn(p, v, CIVIC) ? "COERCE" : null;
      case "censor" -> hand(p, v, true) && hasObject(p, v) ? "COERCE" : null;
      case "impose", "declare", "introduce", "enforce", "slap", "levy" -> imposed(p, v) != null
          ? imposed(p, v) : lemma.equals("declare") && nonGrata(p, v) ? "SANCTION" : null;
      case "put", "place" -> placed(p, v);
      case "disperse" -> hand(p, v, true) && (people(p, v) || objectIn(p, v, Lexicon.CROWDS)
          || objectIn(p, v, Lexicon.PROTEST_NOUNS)) ? "COERCE" : null;
      // SANCTION: relations reduced, penalties
      case "fine", "punish", "penalize", "penalise", "blacklist" -> hand(p, v, false)
          && (people(p, v) || properObject(p, v)) ? "SANCTION" : null;
      case "suspend" -> hand(p, v, true) && (objectIn(p, v, FLOWS) || objectIn(p, v, TIES)
          || properObject(p, v)) ? "SANCTION" : null;
      case "halt", "freeze", "cut", "withhold", "stop", "curtail" -> hand(p, v, true)
          && (objectIn(p, v, FLOWS) && !ownFlow(p, v) || objectIn(p, v, TIES)) ? "SANCTION"
          : null;
      case "sever", "break", "downgrade" -> objectIn(p, v, TIES) ? "SANCTION"
          : lemma.equals("break") && prt.contains("up") && hand(p, v, false)
              && (objectIn(p, v, Lexicon.PROTEST_NOUNS) || objectIn(p, v, Lexicon.CROWDS))
              ? "COERCE" : null;
      case "recall" -> objectIn(p, v, StatementVerbs.DIPLOMATS) ? "SANCTION" : null;
      case "revoke" -> objectIn(p, v, PAPERS) ? "SANCTION" : null;
      case "boycott" -> objectIn(p, v, MEETINGS) ? "REJECT"
          : hand(p, v, true) && properObject(p, v) ? "SANCTION" : null;
      // RETREAT and CONCEDE
      case "free" -> hand(p, v, true) && (people(p, v) || properObject(p, v)) ? "RETREAT" : null;
      case "resign", "quit" -> office(p, v) ? "RETREAT" : null;
      case "step" -> (prt.contains("down") || prt.contains("aside") || p.childIn(v,
          Set.of("down", "aside"), "advmod", "obl")) && office(p, v) ? "RETREAT" : null;
      case "surrender" -> hand(p, v, true) && (!hasObject(p, v) || objectIn(p, v, TERRITORY))
          && !p.childIn(v, Set.of("police", "authorities", "court"), "obl:to") ? "RETREAT" : null;
      case "hand" -> handed(p, v, prt);
      case "lift", "ease", "relax" -> objectIn(p, v, SANCTIONS) ? null // EventNouns reads those
          : objectIn(p, v, RESTRICTIONS)
          ? (objectIn(p, v, Set.of("siege")) ? "RETREAT" : "CONCEDE")
          : objectIn(p, v, Set.of("siege")) ? "RETREAT" : null;
      case "admit" -> admitted(p, v) ? "CONCEDE" : null;
      case "give", "cave" -> prt.contains("in") && (lemma.equals("cave") || !hasObject(p, v))
          ? "CONCEDE" : lemma.equals("give") ? given(p, v) : null;
      case "yield", "bow", "bend" -> p.childIn(v, PRESSURE, "obl:to") ? "CONCEDE" : null;
      case "acquit", "pardon" -> people(p, v) || properObject(p, v) ? "CONCEDE" : null;
      // AID
      case "donate", "supply", "deliver", "send", "grant", "ship", "airlift", "contribute",
          "pledge", "extend", "allocate" -> aid(p, v) ? "AID" : null;
      case "provide" -> aid(p, v) || properObject(p, v) && p.childIn(v, AID_GOODS, "obl:with")
          ? "AID" : null;
      // COOPERATE
      case "team" -> prt.contains("up") && !p.children(v, "obl:with").isEmpty()
          ? "COOPERATE" : null;
      case "join" -> objectIn(p, v, Set.of("force", "forces", "hands"))
          ? "COOPERATE" : null;
      case "share" -> objectIn(p, v, INTELLIGENCE) && !p.children(v, "obl:with").isEmpty()
          ? "COOPERATE" : null;
      case "ally" -> !p.children(v, "obl:with").isEmpty() ? "COOPERATE" : null;
      case "conduct", "stage" -> drills(p, v);
      // MOBILIZE
      case "station", "redeploy", "position", "reposition" -> objectIn(p, v, ARMS)
          ? "MOBILIZE" : null;
      // REJECT
      case "oppose" -> hand(p, v, true) && objectIn(p, v, STANCES) ? "REJECT" : null;
      case "snub" -> hand(p, v, true) && (properObject(p, v) || objectIn(p, v, STANCES)
          || objectIn(p, v, MEETINGS)) ? "REJECT" : null;
      case "resist" -> objectIn(p, v, PRESSURE) ? "REJECT" : null;
      case "block", "thwart" -> hand(p, v, true) && objectIn(p, v, MOTIONS) ? "REJECT" : null;
      // THREATEN
      case "vow", "swear" -> objectIn(p, v, union(StatementVerbs.REPRISALS,
          Set.of("revenge", "vengeance"))) ? "THREATEN" : null;
      case "warn" -> warnedOfOwnAct(p, v) ? "THREATEN" : null;
      // SUPPORT
      case "support" -> hand(p, v, true) && (objectIn(p, v, STANCES) || properObject(p, v))
          ? "SUPPORT" : null;
      case "recognize", "recognise" -> objectIn(p, v, STATEHOOD) || properObject(p, v)
          && (!p.children(v, "obl:as").isEmpty() || !p.children(v, "xcomp").isEmpty())
          ? "SUPPORT" : null;
      case "thank" -> hand(p, v, false) && properObject(p, v) ? "SUPPORT" : null;
      case "stand" -> p.children(v, "obj").isEmpty() && p.nameIn(v, "obl:by", "obl:with",
          "obl:behind") ? "SUPPORT" : null;
      case "restore", "establish", "normalize", "normalise", "upgrade", "resume" ->
          objectIn(p, v, TIES) ? "SUPPORT" : null;
      // AGREE
      case "ratify" -> objectIn(p, v, Lexicon.SIGNED) ? "AGREE" : null;
      case "settle" -> objectIn(p, v, Set.of("dispute", "disputes", "conflict", "differences",
          "row", "feud", "quarrel")) ? "AGREE" : null;
      // ACCUSE
      case "investigate", "probe" -> investigated(p, v) ? "ACCUSE" : null;
      case "impeach" -> people(p, v) || properObject(p, v) ? "ACCUSE" : null;
      // CONSULT
      case "call" -> prt.contains("off") && objectIn(p, v, union(MEETINGS, Set.of("visit",
          "trip"))) ? "REJECT" : branded(p, v) ? "ACCUSE" : called(p, v, prt) ? "CONSULT" : null;
      case "receive" -> objectIn(p, v, Lexicon.GUESTS) || objectIn(p, v, Set.of("call"))
          && p.childIn(firstObject(p, v), Set.of("phone", "telephone"), "compound", "amod")
          ? "CONSULT" : null;
      case "travel", "fly", "arrive", "head", "go" -> forTalks(p, v) ? "CONSULT"
          : protestManner(p, v, lemma);
      // PROTEST
      case "walk" -> p.childIn(v, MEETINGS, "obl:out_of") || prt.contains("out")
          && p.childIn(v, MEETINGS, "obl:of") ? "REJECT" : prt.contains("out")
          && p.childIn(v, Lexicon.CROWDS, "nsubj") ? "PROTEST" : null;
      case "picket" -> hasObject(p, v) || p.childIn(v, Lexicon.CROWDS, "nsubj") ? "PROTEST"
          : null;
      case "brand", "label", "dub", "term", "describe", "portray", "paint" -> branded(p, v)
          ? "ACCUSE" : null;
      case "point" -> objectIn(p, v, Set.of("finger")) && !p.children(v, "obl:at").isEmpty()
          ? "ACCUSE" : null;
      case "say", "claim", "insist", "argue", "assert", "maintain", "state", "add", "tell" ->
          saidCulpable(p, v) ? "ACCUSE" : saidConditional(p, v) ? "THREATEN" : null;
      case "bar" -> hand(p, v, true) && (people(p, v) || properObject(p, v))
          && (!p.children(v, "obl:from").isEmpty() || !p.children(v, "xcomp").isEmpty()
              || !p.children(v, "advcl").isEmpty()) ? "REJECT" : null;
      case "kick" -> p.childIn(v, Set.of("out"), "compound:prt", "advmod")
          && properObject(p, v) && hand(p, v, false) ? "SANCTION" : null;
      case "throw" -> objectIn(p, v, Set.of("weight")) && !p.children(v, "obl:behind").isEmpty()
          ? "SUPPORT" : null;
      case "vote" -> p.childIn(v, union(MOTIONS, STANCES), "obl:against") ? "REJECT" : null;
      case "disown", "disavow" -> objectIn(p, v, union(STANCES, StatementVerbs.CLAIMS))
          || properObject(p, v) ? "REJECT" : null;
      case "use" -> hand(p, v, false) && objectIn(p, v, CROWD_WEAPONS) ? "ASSAULT" : null;
      case "search" -> authority(p, v) && objectIn(p, v, HOMES) ? "COERCE" : null;
      case "handcuff" -> people(p, v) || properObject(p, v) ? "COERCE" : null;
      case "occupy" -> p.childIn(v, Lexicon.CROWDS, "nsubj") ? "PROTEST"
          : p.childIn(v, BEATERS, "nsubj") && (objectIn(p, v, Lexicon.TARGETS)
              || objectIn(p, v, TERRITORY) || properObject(p, v)) ? "ASSAULT" : null;
      case "blockade" -> p.childIn(v, Lexicon.CROWDS, "nsubj") && hasObject(p, v)
          ? "PROTEST" : null;
      case "cancel", "scrap", "abandon" -> objectIn(p, v, union(MEETINGS, Set.of("visit",
          "trip", "tour"))) && hand(p, v, true) ? "REJECT" : null;
      default -> protestManner(p, v, lemma);
    };
  }

  /**
   * Who an event of these verbs goes to beyond the finder's slots: aid sent "to" B, a suspect
   * handed over "to" B, an ambassador recalled "from" B, goods banned "from" B.
   */
  /**
   * Whether the flow cut is the maker's own with no one at its other end: "cut its imports" is
   * a policy of its own, "cut its aid to B" or "froze their assets" a sanction.
   */
  private static boolean ownFlow(Parse p, int v) {
    if (!recipients(p, v).isEmpty()) {
      return false;
    }
    for (int o : p.children(v, "obj")) {
      if (p.childIn(o, Set.of("its", "our", "my"), "nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  static List<Integer> recipients(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    if (!p.tok(v).verb()) {
      return out;
    }
    out.addAll(WordNetVerbs.recipients(p, v)); // "capitulated to B", "acquiesced in B's plan"
    String lemma = p.tok(v).lemma().toLowerCase();
    if (Set.of("donate", "supply", "deliver", "send", "grant", "ship", "airlift", "contribute",
        "provide", "hand", "give", "extend", "allocate", "surrender").contains(lemma)) {
      out.addAll(p.children(v, "obl:to"));
    }
    if (Set.of("recall", "ban", "suspend", "halt", "cut", "freeze", "withhold")
        .contains(lemma)) {
      out.addAll(p.children(v, "obl:from"));
      out.addAll(p.children(v, "obl:to"));
      for (int o : p.children(v, "obj")) {
        out.addAll(p.children(o, "nmod:from"));
        out.addAll(p.children(o, "nmod:to"));
        out.addAll(p.children(o, "nmod:with"));
      }
    }
    if (lemma.equals("hold")) {
      out.addAll(culpable(p, v)); // "held X responsible"
    }
    if (Set.of("lift", "ease", "relax").contains(lemma)) {
      out.addAll(p.children(v, "obl:on")); // "lifted the curfew on B"
      for (int o : p.children(v, "obj")) {
        out.addAll(p.children(o, "nmod:on"));
        out.addAll(p.children(o, "nmod:against"));
      }
    }
    if (lemma.equals("point")) {
      out.addAll(p.children(v, "obl:at")); // "pointed the finger at X"
    }
    if (Set.of("travel", "fly", "arrive", "head", "go").contains(lemma)
        && "CONSULT".equals(type(p, v))) {
      out.addAll(p.children(v, "obl:to")); // "travelled to B for talks": B's side met
      out.addAll(p.children(v, "obl:in"));
    }
    if (lemma.equals("impose") || lemma.equals("slap") || lemma.equals("levy")) {
      for (int o : p.children(v, "obj")) {
        out.addAll(p.children(o, "nmod:from")); // "tariffs on goods from B"
        for (int on : p.children(o, "nmod:on")) {
          out.addAll(p.children(on, "nmod:from"));
        }
      }
    }
    return out;
  }

  // --- argument tests ---

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  @SafeVarargs
  private static Set<String> union(Set<String> a, Set<String> b, Set<String>... more) {
    Set<String> out = new HashSet<>(union(a, b));
    for (Set<String> m : more) {
      out.addAll(m);
    }
    return Set.copyOf(out);
  }

  private static boolean passive(Parse p, int v) {
    return !p.children(v, "nsubj:pass").isEmpty() || !p.children(v, "aux:pass").isEmpty();
  }

  /** Objects: the object, or the passive subject. */
  private static List<Integer> objects(Parse p, int v) {
    List<Integer> out = new ArrayList<>(p.children(v, "obj"));
    out.addAll(p.children(v, "nsubj:pass"));
    return out;
  }

  private static int firstObject(Parse p, int v) {
    List<Integer> o = objects(p, v);
    return o.isEmpty() ? -1 : o.get(0);
  }

  private static boolean hasObject(Parse p, int v) {
    return !objects(p, v).isEmpty();
  }

  /** Whether an object's lemma or word is in {@code words}, or "thousands of" such. */
  private static boolean objectIn(Parse p, int v, Set<String> words) {
    for (int o : objects(p, v)) {
      if (in(p, o, words)) {
        return true;
      }
      for (int y : p.children(o, "nmod:of")) {
        if (in(p, y, words) && Set.of("dozen", "dozens", "hundreds", "thousands", "scores",
            "group", "number", "hundred", "thousand", "million", "millions")
            .contains(p.tok(o).lemma().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean in(Parse p, int x, Set<String> words) {
    return words.contains(p.tok(x).lemma().toLowerCase())
        || words.contains(p.tok(x).word().toLowerCase());
  }

  /** Whether an object is a name ("fined Marlo", "freed the two Velmorans"). */
  private static boolean properObject(Parse p, int v) {
    for (int o : objects(p, v)) {
      if (p.tok(o).tag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the one acted on is people: a person noun, a name or a number of them. */
  static boolean people(Parse p, int v) {
    for (int o : objects(p, v)) {
      Parse.Tok t = p.tok(o);
      if (t.tag().startsWith("NNP") || t.tag().equals("CD") || in(p, o, PEOPLE)
          || t.tag().equals("PRP") && PRONOUN_HANDS.contains(t.lemma().toLowerCase())
          || Set.of("him", "her", "them", "us", "me").contains(t.word().toLowerCase())) {
        return true;
      }
    }
    return objectIn(p, v, PEOPLE);
  }

  /**
   * Whether the doer is a hand: a person, a group, a force or a name, not a storm or a market.
   * With {@code agentless}, a passive without its doer passes ("was assaulted in the street").
   */
  static boolean hand(Parse p, int v, boolean agentless) {
    List<Integer> doers = new ArrayList<>();
    if (passive(p, v)) {
      doers.addAll(p.children(v, "obl:agent"));
      doers.addAll(p.children(v, "obl:by"));
      if (doers.isEmpty()) {
        return agentless;
      }
    } else {
      doers.addAll(p.children(v, "nsubj"));
      if (doers.isEmpty()) {
        // a participle or infinitive: its governor's subject ("police moved in, beating ...")
        int gov = p.governor(v, "xcomp", "advcl", "conj");
        return gov >= 0 && gov != v && hand(p, gov, agentless);
      }
    }
    for (int d : doers) {
      Parse.Tok t = p.tok(d);
      if (t.tag().startsWith("NNP") || in(p, d, Lexicon.GROUP_ACTORS)
          || in(p, d, Lexicon.PERSON_NOUNS) || in(p, d, Lexicon.ROLE) || in(p, d, BEATERS)
          || PRONOUN_HANDS.contains(t.word().toLowerCase()) || in(p, d, PEOPLE)
          || in(p, d, Lexicon.CROWDS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the doer is the police, a force or an authority (or unsaid in a passive). */
  private static boolean authority(Parse p, int v) {
    if (passive(p, v)) {
      List<Integer> by = new ArrayList<>(p.children(v, "obl:agent"));
      by.addAll(p.children(v, "obl:by"));
      return by.isEmpty() || by.stream().anyMatch(x -> in(p, x, Lexicon.GROUP_ACTORS));
    }
    return p.childIn(v, Lexicon.GROUP_ACTORS, "nsubj");
  }

  /** "police beat protesters", "was beaten to death", "beat him up"; not "beat the hosts 2-1". */
  private static boolean beaten(Parse p, int v, Set<String> prt) {
    boolean death = p.children(v, "obl:to").stream()
        .anyMatch(x -> p.tok(x).lemma().equalsIgnoreCase("death"));
    if (death || prt.contains("up") && people(p, v)) {
      return true;
    }
    List<Integer> doers = passive(p, v) ? p.children(v, "obl:agent") : p.children(v, "nsubj");
    if (passive(p, v)) {
      doers = new ArrayList<>(doers);
      doers.addAll(p.children(v, "obl:by"));
    }
    return people(p, v) && doers.stream().anyMatch(d -> in(p, d, BEATERS));
  }

  /** "held X hostage", "took three hostages", "were taken hostage". */
  private static boolean hostage(Parse p, int v) {
    for (Parse.Arc a : p.out(v)) {
      String l = p.tok(a.dep()).lemma().toLowerCase();
      if ((l.equals("hostage") || l.equals("hostages")) && !a.rel().equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** "imposed a curfew", "declared martial law" (COERCE); "imposed tariffs on" (SANCTION). */
  private static String imposed(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    for (int o : objects(p, v)) {
      String l = p.tok(o).lemma().toLowerCase();
      if (l.equals("curfew") || l.equals("curfews")
          || l.equals("law") && p.childIn(o, Set.of("martial"), "amod", "compound")) {
        return "COERCE";
      }
      if (LEVIES.contains(l) && !lemma.equals("declare") && !lemma.equals("introduce")
          && !lemma.equals("enforce")) {
        return "SANCTION";
      }
    }
    return null;
  }

  /** "put under house arrest" (COERCE); "put its forces on high alert" (MOBILIZE). */
  private static String placed(Parse p, int v) {
    for (int x : p.children(v, "obl:under")) {
      String l = p.tok(x).lemma().toLowerCase();
      if (l.equals("arrest") || l.equals("detention") || l.equals("curfew")) {
        return "COERCE";
      }
    }
    for (int x : p.children(v, "obl:on")) {
      if (in(p, x, ALERTS) && (objectIn(p, v, ARMS) || objectIn(p, v, Set.of("army",
          "military", "navy", "force", "forces", "police", "guard")) || properObject(p, v))) {
        return "MOBILIZE";
      }
    }
    return null;
  }

  /** "handed over the suspect to B" (COOPERATE); "handed back the town" (RETREAT). */
  private static String handed(Parse p, int v, Set<String> prt) {
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
  private static boolean office(Parse p, int v) {
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
  private static boolean admitted(Parse p, int v) {
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

  /** "gave B 50 million in aid", "gave aid to B", "gave asylum to X". */
  private static String given(Parse p, int v) {
    return aid(p, v) ? "AID" : null;
  }

  /** Aid goods given by a hand to a named or needy receiver. */
  private static boolean aid(Parse p, int v) {
    if (!hand(p, v, false) || !objectIn(p, v, AID_GOODS)
        && !p.childIn(v, AID_GOODS, "obl:in", "obl:as")) {
      return false;
    }
    List<Integer> to = new ArrayList<>(p.children(v, "obl:to"));
    to.addAll(p.children(v, "iobj"));
    to.addAll(p.children(v, "obl:for"));
    for (int o : p.children(v, "obj")) {
      to.addAll(p.children(o, "nmod:to"));
      to.addAll(p.children(o, "nmod:for"));
    }
    for (int r : to) {
      if (p.tok(r).tag().startsWith("NNP") || in(p, r, NEEDY)) {
        return true;
      }
    }
    return false;
  }

  /** "held joint exercises" with another side: military cooperation. */
  private static String drills(Parse p, int v) {
    for (int o : objects(p, v)) {
      if (in(p, o, DRILLS) && p.childIn(o, Set.of("joint"), "amod", "compound")) {
        return "COOPERATE";
      }
    }
    return null;
  }

  /** "warned that it would strike B": a threat of the warner's own harmful act. */
  private static boolean warnedOfOwnAct(Parse p, int v) {
    List<Integer> said = new ArrayList<>(p.children(v, "ccomp"));
    said.addAll(p.children(v, "parataxis")); // "warned B it could cut ties"
    for (int x : said) {
      boolean future = p.childIn(x, Set.of("will", "would", "'ll", "shall", "could", "may",
          "might"), "aux");
      boolean self = p.childIn(x, SELF, "nsubj");
      String type = Lexicon.type(p.tok(x));
      if (type == null && p.tok(x).verb()) {
        type = CoverageVerbs.type(p, x);
      }
      if (future && self && (type != null && Set.of("ASSAULT", "COERCE", "SANCTION",
          "MOBILIZE").contains(type) || REPRISAL_ACTS.contains(p.tok(x).lemma().toLowerCase()))
          && !p.negated(x)) {
        return true;
      }
    }
    return false;
  }

  /** "branded X a threat", "labelled X a traitor", "described the move as illegal". */
  private static boolean branded(Parse p, int v) {
    if (p.negated(v) || !hand(p, v, false)) {
      return false;
    }
    boolean two = p.children(v, "obj").size() + p.children(v, "iobj").size() >= 2;
    List<Integer> as = new ArrayList<>();
    for (String rel : new String[] {"xcomp", "obl:as", "advcl:as"}) {
      as.addAll(p.children(v, rel));
    }
    if (two) {
      as.addAll(p.children(v, "obj")); // "branded X a threat": two objects
    }
    for (int o : objects(p, v)) {
      as.addAll(p.children(o, "dep")); // "labelled X a traitor" parsed loosely
    }
    for (int o : p.children(v, "iobj")) {
      as.addAll(p.children(o, "dep"));
    }
    for (int x : as) {
      if (in(p, x, BRANDED) || p.childIn(x, BRANDED, "amod", "compound")) {
        return true;
      }
    }
    return false;
  }

  /** "held X responsible for the attack". */
  private static boolean heldCulpable(Parse p, int v) {
    if (p.tok(v).lemma().equalsIgnoreCase("take") && p.childIn(v, Set.of("task"), "obl:to")) {
      return properObject(p, v) || people(p, v); // "took X to task over"
    }
    return !p.negated(v) && !culpable(p, v).isEmpty();
  }

  /**
   * Who is held culpable by hold {@code v}: "held X responsible" parses X as the object or as
   * the subject of the small clause "X responsible".
   */
  private static List<Integer> culpable(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (Parse.Arc a : p.out(v)) {
      if (a.rel().startsWith("nsubj") || !in(p, a.dep(), CULPABLE) || p.negated(a.dep())) {
        continue;
      }
      for (int x : p.children(a.dep(), "nsubj")) {
        if (p.tok(x).tag().startsWith("NNP") || in(p, x, PEOPLE)) {
          out.add(x);
        }
      }
      for (int x : objects(p, v)) {
        if (p.tok(x).tag().startsWith("NNP") || in(p, x, PEOPLE)) {
          out.add(x);
        }
      }
    }
    return out;
  }

  /** "said X was responsible for", "said X was behind the attack": an accusation. */
  private static boolean saidCulpable(Parse p, int v) {
    if (p.negated(v)) {
      return false;
    }
    for (int x : p.children(v, "ccomp")) {
      boolean named = p.children(x, "nsubj").stream()
          .anyMatch(s -> p.tok(s).tag().startsWith("NNP"));
      boolean culpable = in(p, x, CULPABLE) && p.children(x, "obl:for").stream()
          .anyMatch(f -> harm(p, f)) || p.childIn(x, Set.of("behind"), "case") && harm(p, x);
      if (named && culpable && !p.negated(x) && !p.childIn(x, Set.of("if", "whether"), "mark")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code x} names a harm: an event noun of the lexicon, a blast, a death, a leak. */
  private static boolean harm(Parse p, int x) {
    return Lexicon.type(p.tok(x)) != null || in(p, x, HARMS);
  }

  /** "said it would retaliate if attacked": a conditional promise of one's own reprisal. */
  private static boolean saidConditional(Parse p, int v) {
    for (int x : p.children(v, "ccomp")) {
      boolean future = p.childIn(x, Set.of("will", "would", "'ll"), "aux");
      boolean self = p.childIn(x, SELF, "nsubj");
      boolean condition = p.children(x, "advcl").stream()
          .anyMatch(a -> p.childIn(a, Set.of("if", "unless"), "mark"));
      String type = Lexicon.type(p.tok(x));
      boolean harm = REPRISAL_ACTS.contains(p.tok(x).lemma().toLowerCase())
          || type != null && Set.of("ASSAULT", "SANCTION", "COERCE").contains(type);
      if (future && self && condition && harm && !p.negated(x)) {
        return true;
      }
    }
    return false;
  }

  /** "declared two diplomats persona non grata": an expulsion. */
  private static boolean nonGrata(Parse p, int v) {
    for (Parse.Tok t : p.tokens()) {
      if (t.word().equalsIgnoreCase("grata")) {
        return true;
      }
    }
    return false;
  }

  /** "investigated X for fraud", "probed allegations of bribery"; not "investigated the crash". */
  private static boolean investigated(Parse p, int v) {
    if (!p.children(v, "obl:for").isEmpty() && (people(p, v) || properObject(p, v))) {
      return true;
    }
    return people(p, v) && !objectIn(p, v, Set.of("death", "crash", "fire", "cause"))
        || objectIn(p, v, Set.of("allegation", "allegations", "claim", "claims",
            "accusation", "accusations", "corruption", "fraud", "bribery", "abuse", "abuses",
            "misconduct", "wrongdoing", "violation", "violations", "crimes", "leak", "leaks"));
  }

  /** "called the president of B" (a call between leaders); not "called an election". */
  private static boolean called(Parse p, int v, Set<String> prt) {
    if (!prt.isEmpty() || !p.children(v, "xcomp").isEmpty() || !p.children(v, "ccomp").isEmpty()
        || !p.children(v, "obl").isEmpty() && p.children(v, "obl:tmod").isEmpty()
            && p.children(v, "obl:on").isEmpty() || passive(p, v)) {
      return false;
    }
    for (int o : p.children(v, "obj")) {
      if (!p.children(o, "acl").isEmpty() || !p.children(o, "xcomp").isEmpty()) {
        return false; // "called the vote rigged"
      }
      boolean leader = in(p, o, Lexicon.GUESTS) || in(p, o, Set.of("counterpart"));
      if (leader && hand(p, v, false)) {
        return true;
      }
    }
    return false;
  }

  /** "travelled to B for talks", "arrived in B for a summit". */
  private static boolean forTalks(Parse p, int v) {
    for (int x : p.children(v, "obl:for")) {
      String type = Lexicon.type(p.tok(x));
      if ("CONSULT".equals(type) && (p.nameIn(v, "obl:to", "obl:in"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Protests told by a verb of the act: "went on strike", "took to the streets", "blocked roads
   * in protest", "staged a sit-in" (the noun is in the lexicon).
   */
  private static String protestManner(Parse p, int v, String lemma) {
    if (lemma.equals("go") || lemma.equals("be")) {
      for (int x : p.children(v, "obl:on")) {
        if (p.tok(x).lemma().equalsIgnoreCase("strike")) {
          return "PROTEST";
        }
      }
    }
    if (lemma.equals("take")) {
      for (int x : p.children(v, "obl:to")) {
        String l = p.tok(x).lemma().toLowerCase();
        if ((l.equals("street") || p.tok(x).word().equalsIgnoreCase("streets"))
            && p.childIn(x, Set.of("the"), "det")) {
          return "PROTEST";
        }
      }
    }
    for (int x : p.children(v, "obl:in")) {
      Parse.Tok t = p.tok(x);
      if (t.lemma().equalsIgnoreCase("protest") && p.children(x, "det").isEmpty()
          && hand(p, v, false)) {
        return "PROTEST";
      }
    }
    return null;
  }
}

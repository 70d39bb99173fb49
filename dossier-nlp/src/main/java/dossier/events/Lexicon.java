package dossier.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * General PLOVER trigger lexicons by lemma: verbs, event nouns, and the verbs that make an event
 * noun an event ("hold talks", "clashes erupted", "sign a truce"). Not tied to any conflict.
 */
final class Lexicon {
  private static final Map<String, String> VERBS = new HashMap<>();
  private static final Map<String, String> NOUNS = new HashMap<>();

  static {
    put(VERBS, "CONSULT", "meet", "host", "talk", "negotiate", "visit", "confer", "consult");
    put(VERBS, "AGREE", "agree", "sign", "pledge", "promise");
    put(VERBS, "ASSAULT", "attack", "shell", "bomb", "bombard", "clash", "strike", "hit", "raid",
        "ambush", "invade", "storm", "shoot", "fight", "besiege");
    put(VERBS, "ACCUSE", "accuse", "blame", "condemn", "denounce", "criticize", "criticise",
        "allege", "indict", "prosecute", "charge", "deplore", "decry");
    put(VERBS, "REJECT", "reject", "refuse", "veto");
    put(VERBS, "THREATEN", "threaten");
    put(VERBS, "PROTEST", "protest", "demonstrate", "rally");
    put(VERBS, "SANCTION", "sanction", "expel", "convict", "sentence");
    put(VERBS, "MOBILIZE", "mobilize", "mobilise", "deploy");
    put(VERBS, "REQUEST", "urge", "appeal", "demand", "request", "exhort", "implore");
    put(VERBS, "SUPPORT", "endorse", "praise");
    put(VERBS, "CONCEDE", "concede", "apologize", "apologise");
    put(VERBS, "RETREAT", "withdraw", "retreat", "release");
    put(VERBS, "COERCE", "arrest", "detain", "deport", "capture", "apprehend", "remand", "jail",
        "imprison");
    // violence that needs a human hand: unlike "kill" or "hit", never said of a quake or a crash
    put(VERBS, "ASSAULT", "murder", "stab", "kidnap", "abduct", "hijack");
    put(VERBS, "COOPERATE", "cooperate");
    // PLOVER's codebook verbs beyond the first list, each checked for its arguments in DepFinder
    put(VERBS, "COERCE", "seize", "intercept", "confiscate", "evict");
    put(VERBS, "ASSAULT", "kill", "assassinate", "execute", "torture", "massacre", "behead",
        "loot", "torch");
    put(VERBS, "PROTEST", "march", "riot");
    put(VERBS, "SUPPORT", "applaud", "commend", "hail");
    put(NOUNS, "CONSULT", "talk", "talks", "meeting", "summit", "negotiation", "negotiations",
        "visit", "consultation", "consultations", "encounter");
    put(NOUNS, "AGREE", "agreement", "deal", "accord", "ceasefire", "cease-fire", "truce",
        "treaty");
    put(NOUNS, "ASSAULT", "clash", "clashes", "fighting", "shelling", "attack", "bombing",
        "bombardment", "airstrike", "strike", "skirmish", "skirmishes", "offensive", "barrage",
        "assault", "raid", "ambush", "hostilities");
    put(NOUNS, "PROTEST", "protest", "demonstration", "rally", "riot", "riots", "rioting");
    put(NOUNS, "COERCE", "arrest", "re-arrest", "rearrest");
    put(NOUNS, "ASSAULT", "shell", "shells", "rocket", "rockets", "missile", "missiles");
    // more of the codebook's nouns, each read with the support verbs of its kin (CoverageVerbs)
    put(NOUNS, "ASSAULT", "invasion", "incursion", "firefight", "gunfight", "shootout",
        "shoot-out");
    put(NOUNS, "PROTEST", "sit-in", "walkout", "walk-out");
  }

  /**
   * Verbs of arrest, charge and sentence: such an event is news with an unnamed person as its
   * only argument ("a man was charged with murder"), where other types need a named participant.
   */
  static final Set<String> JUSTICE = Set.of("arrest", "detain", "apprehend", "remand", "jail",
      "imprison", "charge", "indict", "prosecute", "convict", "sentence", "find", "face",
      "catch", "hold");
  /** Nouns (and pronouns) for a person or people not named: enough of an argument for JUSTICE. */
  static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "men", "women", "person",
      "people", "suspect", "gunman", "teenager", "youth", "boy", "girl", "driver", "officer",
      "pirate", "member", "leader", "he", "she", "him", "her", "they", "them", "mother", "father",
      "son", "daughter", "husband", "wife", "resident", "student", "worker", "protester",
      "demonstrator", "activist", "employee", "defendant", "accused", "inmate", "attacker",
      "boss", "mobster", "gangster", "fugitive", "smuggler", "dealer", "trafficker",
      // victims and kin of crime news ("the victim was shot while", "his sister was stabbed")
      "victim", "child", "children", "kid", "teen", "baby", "infant", "toddler", "cop",
      "policeman", "policewoman", "deputy", "soldier", "guard", "bystander", "passer-by",
      "pedestrian", "neighbour", "neighbor", "brother", "sister", "mum", "mom", "dad",
      "girlfriend", "boyfriend", "ex-girlfriend", "ex-boyfriend", "ex-wife", "ex-husband",
      "stepfather", "stepmother", "stepson", "stepdaughter", "grandmother", "grandfather",
      "uncle", "aunt", "cousin", "nephew", "niece", "friend", "journalist", "reporter",
      "tourist", "passenger", "shopkeeper", "prisoner", "detainee", "civilian", "migrant",
      "refugee", "pupil", "nurse", "doctor", "teacher", "priest");
  /**
   * Actors a report names by a common noun, not a name ("the navy intercepted", "police
   * arrested", "gunmen stormed"): forces, authorities, armed groups and crowds. Such a subject
   * makes an event news without a named participant.
   */
  static final Set<String> GROUP_ACTORS = Set.of("police", "policeman", "policemen", "army",
      "navy", "military", "troop", "troops", "soldier", "force", "coastguard", "guard", "marine",
      "commando", "officer", "agent", "authority", "prosecutor", "court", "judge", "jury",
      "government", "regime", "protester", "demonstrator", "rioter", "gunman", "gunmen",
      "militant", "rebel", "insurgent", "attacker", "assailant", "pirate", "terrorist",
      "extremist", "bomber", "sniper", "kidnapper", "robber", "thief", "mob", "crowd", "youth",
      "fighter", "militia", "mafia", "gang", "activist", "student", "worker", "striker",
      "investigator", "detective", "deputy", "sheriff", "trooper", "jihadist", "separatist");
  /** Words that make "seized" no confiscation ("seized power", "seized the initiative"). */
  static final Set<String> ABSTRACT = Set.of("power", "control", "initiative", "moment",
      "opportunity", "chance", "lead", "title", "victory", "advantage", "momentum", "day",
      "imagination", "attention", "headline", "spotlight", "crown", "pass", "ball");
  /** Violence only a person does to a person: with an unnamed victim still news ("shot him"). */
  static final Set<String> HUMAN_VIOLENCE = Set.of("shoot", "stab", "murder", "kidnap", "abduct",
      "gun", "set");
  /** Throwing at someone: an attack when a person or crowd throws ("youths hurled bombs"). */
  static final Set<String> THROWING = Set.of("hurl", "throw", "lob", "open");
  /** Whom capturing makes an arrest or a seizure (not "captured the imagination", "the vote"). */
  static final Set<String> CAPTURED = Set.of("man", "woman", "men", "women", "suspect",
      "gunman", "pirate", "militant", "soldier", "fighter", "rebel", "insurgent", "prisoner",
      "crew", "civilian", "hostage", "migrant", "national", "member", "people", "person", "he",
      "she", "him", "her", "they", "them", "boat", "ship", "vessel", "tanker", "fugitive");
  /** What is hijacked in an attack (not "hijacked the debate"). */
  static final Set<String> HIJACKED = Set.of("plane", "aircraft", "airliner", "jet", "ship",
      "vessel", "tanker", "boat", "bus", "truck", "lorry", "car", "train", "ferry", "flight");
  /** What hurling or throwing makes an attack ("hurled petrol bombs", "threw stones"). */
  static final Set<String> MISSILES = Set.of("bomb", "firebomb", "stone", "rock", "grenade",
      "cocktail", "brick", "bottle", "projectile", "molotov", "explosive", "rocket", "missile");
  /** Support verbs that make a protest noun a protest held ("held a rally", "protests kicked off"). */
  static final Set<String> PROTEST_SUPPORT = Set.of("hold", "stage", "join", "attend", "organize",
      "organise", "kick", "lead", "erupt", "continue", "spread", "begin", "start", "break",
      "turn"); // "the protests turned violent"
  /** What hits or strikes without a hand: never an attack ("a quake hit the town"). */
  static final Set<String> DISASTERS = Set.of("earthquake", "quake", "tremor", "aftershock",
      "storm", "hurricane", "typhoon", "cyclone", "flood", "flooding", "fire", "blaze", "wildfire",
      "tornado", "wave", "tsunami", "drought", "crisis", "recession", "virus", "outbreak",
      "disease", "epidemic", "pandemic", "heatwave", "snow", "snowstorm", "rain", "landslide",
      "avalanche", "wind", "lightning", "accident", "crash", "explosion", "heist", "scandal",
      "downturn", "slump", "strike");
  /** What can be hit in an attack: places, buildings, vehicles, forces, people. */
  static final Set<String> TARGETS = Set.of("village", "town", "city", "base", "convoy",
      "position", "building", "area", "hospital", "school", "house", "home", "bank", "store",
      "shop", "market", "vehicle", "car", "bus", "ship", "vessel", "tanker", "plane", "aircraft",
      "target", "post", "checkpoint", "camp", "district", "neighborhood", "neighbourhood",
      "region", "facility", "plant", "station", "bridge", "road", "airport", "port",
      "headquarters", "office", "embassy", "mosque", "church", "compound", "outpost",
      "settlement", "infrastructure", "depot", "warehouse", "troop", "soldier", "force",
      "civilian", "police", "officer", "fighter", "militant", "protester", "demonstrator",
      "man", "woman", "child", "people", "resident", "patrol", "tank", "positions", "line",
      "ambulance", "truck", "lorry", "train", "shelter", "tower", "apartment");
  /** Things shot that are no attack: a film is shot, so is a photo. */
  static final Set<String> MEDIA = Set.of("film", "movie", "scene", "video", "footage", "picture",
      "photo", "photograph", "episode", "series", "documentary", "commercial", "advert", "clip");
  /** What a host hosts at a meeting (not "hosted the awards", "a party", "a show"). */
  static final Set<String> GUESTS = Set.of("leader", "president", "minister", "delegation",
      "counterpart", "envoy", "official", "head", "king", "queen", "prince", "chancellor",
      "premier", "secretary", "ambassador", "diplomat", "representative", "negotiator",
      "foreign", "guest", "visitor");
  /** Documents signed in an agreement (beside the agreement nouns). */
  static final Set<String> SIGNED = Set.of("memorandum", "declaration", "pact", "protocol",
      "communique", "document", "roadmap", "charter", "convention", "deal", "agreement",
      "accord", "ceasefire", "cease-fire", "truce", "treaty", "contract", "statement", "plan",
      "armistice", "order", "decree", "bill", "law", "letter", "petition", "resolution");
  /** Strikes that are a walkout, not an attack ("a general strike"). */
  static final Set<String> WALKOUT = Set.of("general", "hunger", "labour", "labor", "national",
      "nationwide", "teacher", "worker", "rail", "transport", "union", "doctor", "nurse", "wildcat",
      "day-long", "24-hour", "48-hour");
  /** Refusing these is declining to speak or think, not rejecting a demand ("refused to comment"). */
  static final Set<String> SAYING = Set.of("comment", "believe", "think", "say", "discuss",
      "answer", "confirm", "reveal", "disclose", "speak", "elaborate", "name", "identify",
      "specify", "give", "provide", "respond", "talk");
  /** Who may protest without a name: "thousands of teachers rallied". */
  static final Set<String> CROWDS = Set.of("protester", "demonstrator", "teacher", "worker",
      "student", "member", "people", "thousand", "hundred", "resident", "supporter", "farmer",
      "crowd", "union", "activist", "youth", "doctor", "nurse", "employee", "opponent",
      "unemployed", "pensioner", "veteran");
  /** Event nouns that are news without a named participant ("protests erupted"). */
  static final Set<String> PROTEST_NOUNS = Set.of("protest", "protests", "demonstration",
      "demonstrations", "rally", "rallies", "march", "marches", "riot", "riots", "rioting");
  /** Verbs that make a meeting noun an event that happens ("held talks", "talks opened"). */
  static final Set<String> MEETING_SUPPORT = Set.of("hold", "have", "attend", "host", "open",
      "begin", "start", "conclude", "end", "resume", "join", "take", "go", "continue", "close",
      "wrap", "finish", "complete"); // "wrapped up a meeting with B"
  /** Verbs under which a meeting noun is a meeting agreed on, not held: PLOVER codes it AGREE. */
  static final Set<String> MEETING_AGREED = Set.of("announce", "plan", "propose", "schedule",
      "arrange", "organize", "organise", "agree", "invite", "offer", "call");
  /** Verbs that make an agreement noun an agreement reached. */
  static final Set<String> AGREEMENT_SUPPORT = Set.of("sign", "reach", "conclude", "broker",
      "declare", "announce", "enact", "seal", "strike", "accept", "agree", "secure",
      "clinch", "finalize", "finalise", "ink", "forge", "hammer", "ratify", "approve");
  /** Verbs that make a fighting noun fighting told as news ("clashes erupted"). */
  static final Set<String> FIGHTING_SUPPORT = Set.of("erupt", "continue", "break", "resume",
      "rage", "intensify", "escalate", "flare", "occur", "begin", "start", "restart", "launch",
      "carry", "conduct", "stage", "mount", "report", "kill", "wound", "hit", "damage",
      "destroy", "leave", "spread", "land", "fall", "strike", "rain", "target");
  /** Verbs of casualties: fighting under them is news when the clause says when or where. */
  static final Set<String> CASUALTY = Set.of("kill", "wound", "die", "injure", "hurt", "damage");
  /** Whom sending or calling up makes a mobilisation ("sent 2,500 troops"). */
  static final Set<String> FORCES = Set.of("troop", "troops", "soldier", "reservist", "force",
      "unit", "battalion", "brigade", "tank", "warship", "jet", "police", "reinforcement");
  /** What exchanging or freeing makes a release. */
  static final Set<String> CAPTIVES = Set.of("prisoner", "captive", "hostage", "detainee", "body",
      "pow");
  /** Verbs under which an event is planned or expected. */
  static final Set<String> PLANNED = Set.of("set", "due", "expect", "schedule", "plan", "intend",
      "prepare", "go", "pledge", "promise"); // a promised act is still to come
  /** Verbs under which an event is hoped for, sought or urged, not done. */
  static final Set<String> HOPED = Set.of("hope", "want", "seek", "wish", "aim", "try", "urge",
      "push", "call", "appeal", "ask", "attempt", "strive", "propose", "offer", "need", "exhort",
      "implore");
  /** Reporting verbs: an event in what someone says is their claim. */
  static final Set<String> REPORTING = Set.of("say", "claim", "allege", "report", "tell", "state",
      "insist", "assert", "maintain", "announce", "add", "note");
  static final Set<String> DENYING = Set.of("deny", "dismiss", "refute");
  /** Nouns for people who act for a state or group: their modifiers name the actor. */
  static final Set<String> ROLE = Set.of("leader", "president", "minister", "chief", "envoy",
      "delegation", "official", "diplomat", "government", "side", "force", "troop", "army",
      "military", "ministry", "spokesman", "spokeswoman", "spokesperson", "representative",
      "counterpart", "head", "prime", "foreign", "defence", "defense", "soldier", "authority",
      "office", "administration", "commander", "general", "staff", "ambassador", "negotiator");

  /** A cheap test on raw text: may the sentence hold a trigger? Only such sentences are parsed. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:meet|met\\b|host|talk|negotiat"
      + "|visit|confer\\b|confers|conferred|consult|agree|sign(?:s|ed|ing)?\\b|pledg|promis"
      + "|attack|shell|bomb|clash|strike|airstrike|struck|hit\\b|hits\\b|hitting|raid|ambush|invad|storm"
      + "|shoot|shot\\b|fight|fought|accus|blam|condemn|denounc|critici|alleg|reject|refus|veto"
      + "|deplor|decr(?:y|ies|ied|ying)\\b|exhort|implor"
      + "|threat|protest|demonstrat|rall(?:y|ies|ied|ying)\\b|sanction|expel|mobili|deploy"
      + "|urg(?:e|es|ed|ing)\\b|appeal|demand|request|endors|prais|conced|apologi|withdr|retreat"
      + "|releas|arrest|detain|deport|cooperat|summit|ceasefire|cease-fire|truce|treaty|accords?\\b"
      + "|deals?\\b|skirmish|offensive|barrage|assault|hostilit|encounter|pull|sen[dt]|call"
      + "|exchang|spoke|speak|rocket|missile|charg|indict|prosecut|convict|sentenc|captur|apprehend"
      + "|remand|jail|imprison|murder|stab|kidnap|abduct|hijack|guilty|fac(?:e|es|ed|ing)\\b"
      + "|open(?:s|ed|ing)?\\s+fire|gun(?:s|ned)?\\s+down|hurl|threw|throw|lob|siege"
      + "|seiz|intercept|confiscat|evict|kill|assassin|execut|tortur|massacr|behead|loot|torch"
      + "|march|riot|applaud|commend|hail|caught|catch|besieg|fir(?:e|es|ed|ing)\\b"
      // sieges, advances and exercises of armed forces (ArgumentVerbs reads their arguments)
      + "|surround|encircl|advanc(?:e|es|ed|ing)\\s+(?:on|toward|into)\\b"
      + "|(?:military|naval|nuclear)\\s+(?:exercis|drill|maneuv|manoeuv)"
      + "|dragg|haul|set(?:s|ting)?\\s+(?:\\w+\\s+){0,3}?(?:on\\s+fire|alight)|set(?:s|ting)?\\s+fire"
      // held in custody; vows of harm; warnings with a condition ("will respond if")
      + "|(?:held|hold(?:s|ing)?)\\b[^.]{0,60}?\\b(?:bail|custody|remand|jail|prison|detention)"
      + "|vow|swor[en]\\b|swear|warn[^.]{0,200}?\\b(?:if|unless)\\b"
      + "|(?:order|command|instruct)(?:s|ed|ing)?\\b)"); // "ordered X to leave"

  private Lexicon() {}

  private static void put(Map<String, String> map, String type, String... words) {
    for (String w : words) {
      map.put(w, type);
    }
  }

  /** The PLOVER type a token triggers by its lemma and tag, or null. */
  static String type(Parse.Tok t) {
    if (t.verb()) {
      return VERBS.get(t.lemma());
    }
    if (t.noun()) {
      String type = NOUNS.get(t.lemma());
      return type != null ? type : NOUNS.get(t.word().toLowerCase());
    }
    return null;
  }
}

package dossier.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The verbs of political and legal statements (PLOVER's verbal types, from the codebook's
 * definitions: ACCUSE disapprove / allege / investigate, REQUEST, REJECT, SUPPORT, CONCEDE,
 * CONSULT by phone) with the frame each is read in by {@link Statements}, and the general word
 * lists their argument checks use. General English: nothing about any one story.
 */
final class StatementVerbs {
  /** How a verb is read: which arguments make it a statement event. */
  enum Frame {
    /** Criticism of an actor or a policy: "rebuked the minister", "decried the decision". */
    CRITIC,
    /** As CRITIC, but the verb has a literal sense too ("slammed the door", "blasted the ball"). */
    CRITIC_LOOSE,
    /** A verb whose object is a claim or proposal: "dismissed the report", "rebuffed the offer". */
    REJECT_OBJ,
    /** Praise or backing of an actor or a policy: "lauded the deal", "backed the plan". */
    PRAISE,
    /** A request through a phrasal or prepositional frame: "pushed for", "lobbied X to". */
    PUSH,
    /** "suggested delaying", "recommended that X be": a request of a course of action. */
    SUGGEST,
    /** "called on X to", "called for Y", "called X a liar", "called X" (by phone). */
    CALL,
    /** A reporting verb: a statement when its clause says X did wrong or X should act. */
    REPORT,
    /** "expressed concern", "voiced support": the type comes from the noun. */
    EXPRESS,
    /** "complained about", "objected to": disapproval with a preposition. */
    COMPLAIN,
    /** A phrasal verb of criticism or rejection: "lashed out at", "pushed back on". */
    PHRASAL,
    /** "backtracked", "relented", "backed down": a verbal concession. */
    CONCEDE,
    /** "phoned X", "telephoned X": a consultation by phone. */
    PHONE,
    /** "summoned the ambassador": a diplomatic protest (PLOVER: ACCUSE, not CONSULT). */
    SUMMON,
    /** "sued X": an accusation in court. */
    SUE,
    /** "warned X against", "warned of consequences". */
    WARN,
    /** "declined the invitation", "declined to attend". */
    DECLINE
  }

  /** A verb's type and frame. */
  record Verb(String type, Frame frame) {}

  private static final Map<String, Verb> VERBS = new HashMap<>();

  static {
    put("ACCUSE", Frame.CRITIC, "lambast", "lambaste", "castigate", "rebuke", "chastise",
        "berate", "chide", "censure", "decry", "deplore", "excoriate", "pillory", "upbraid",
        "admonish", "vilify", "reprimand", "disparage", "deride", "assail", "scold");
    put("ACCUSE", Frame.CRITIC_LOOSE, "slam", "blast", "rap", "fault", "ridicule", "mock",
        "bash", "savage", "question", "challenge");
    put("REJECT", Frame.REJECT_OBJ, "dismiss", "rebuff", "spurn", "repudiate", "rebut",
        "refute", "dispute", "disavow", "rule", "turn", "brush", "shrug", "contest");
    put("SUPPORT", Frame.PRAISE, "laud", "extol", "congratulate", "salute", "back", "defend",
        "side");
    put("REQUEST", Frame.PUSH, "push", "lobby", "petition", "exhort", "beseech", "entreat");
    put("REQUEST", Frame.SUGGEST, "suggest", "recommend", "insist");
    put("REQUEST", Frame.CALL, "call");
    put("ACCUSE", Frame.REPORT, "say", "claim", "charge", "argue", "assert", "testify", "tell",
        "contend", "maintain", "state", "write", "tweet", "add");
    put("ACCUSE", Frame.EXPRESS, "express", "voice", "raise", "register", "lodge");
    put("ACCUSE", Frame.COMPLAIN, "complain", "object");
    put("ACCUSE", Frame.PHRASAL, "lash", "rail", "inveigh", "round", "take", "speak");
    put("CONCEDE", Frame.CONCEDE, "backtrack", "relent", "capitulate", "climb");
    put("CONSULT", Frame.PHONE, "phone", "telephone");
    put("ACCUSE", Frame.SUMMON, "summon");
    put("ACCUSE", Frame.SUE, "sue");
    put("REQUEST", Frame.WARN, "warn", "caution");
    put("REJECT", Frame.DECLINE, "decline");
  }

  /** Phrasal verbs of hitting used of words: "hit back at", "hit out at" (override ASSAULT). */
  static final Set<String> HIT = Set.of("hit", "strike", "fire");
  /** The particles of the phrasal frames: "lash out", "push back", "rule out", "turn down". */
  static final Set<String> OUT_BACK = Set.of("out", "back");

  /** What is criticised, praised, rejected or backed when it is not an actor: acts and policies. */
  static final Set<String> POLICY = Set.of("decision", "move", "policy", "policies", "plan",
      "plans", "proposal", "proposals", "handling", "response", "approach", "remarks", "remark",
      "comments", "comment", "statement", "statements", "action", "actions", "conduct", "law",
      "bill", "measure", "measures", "decree", "order", "ruling", "verdict", "deal", "agreement",
      "accord", "treaty", "ban", "sanctions", "strategy", "stance", "position", "behaviour",
      "behavior", "rhetoric", "tactics", "attack", "attacks", "invasion", "offensive", "strike",
      "strikes", "crackdown", "killing", "killings", "arrest", "arrests", "detention",
      "execution", "sentence", "violence", "abuses", "treatment", "tariffs", "tariff", "reform",
      "reforms", "budget", "resolution", "initiative", "program", "programme", "investigation",
      "probe", "inquiry", "election", "vote", "referendum", "appointment", "nomination",
      "candidacy", "bid", "withdrawal", "deployment", "expulsion", "blockade", "occupation",
      "annexation", "test", "tests", "launch", "visit", "trip", "talks", "ceasefire", "truce",
      "government", "administration", "leadership", "regime", "legislation", "motion", "step",
      "steps", "effort", "efforts", "procurement", "request", "demand", "demands", "report",
      "claim", "claims", "accusation", "accusations", "allegation", "allegations", "offer",
      "invitation", "idea", "suggestion", "notion", "criticism", "concerns", "charge",
      "charges", "appeal", "petition", "call", "calls", "ultimatum", "terms", "condition",
      "conditions", "speculation", "rumours", "rumors", "rumour", "rumor", "assessment",
      "findings", "conclusion", "conclusions", "narrative", "account", "version", "assertion",
      "assertions", "premise", "interpretation", "analysis", "settlement", "compromise",
      "pressure", "interference", "meddling", "intervention", "aggression", "provocation",
      "provocations", "violation", "violations", "use", "failure", "refusal", "silence",
      "inaction", "record", "role", "mandate", "cuts", "spending", "subsidies");
  /** Objects that make rejecting a claim or proposal: a subset of POLICY with the speech acts. */
  static final Set<String> CLAIMS = Set.of("report", "reports", "claim", "claims", "accusation",
      "accusations", "allegation", "allegations", "charge", "charges", "criticism", "concerns",
      "suggestion", "suggestions", "idea", "notion", "speculation", "rumours", "rumors",
      "rumour", "rumor", "assessment", "findings", "conclusion", "conclusions", "narrative",
      "account", "version", "assertion", "assertions", "premise", "interpretation", "analysis",
      "proposal", "proposals", "offer", "offers", "invitation", "request", "requests", "demand",
      "demands", "plan", "plans", "call", "calls", "appeal", "petition", "ultimatum", "terms",
      "condition", "conditions", "bid", "overture", "overtures", "advances", "deal",
      "compromise", "settlement", "resolution", "motion", "peace", "talks", "dialogue",
      "mediation", "ceasefire", "truce", "possibility", "prospect", "option", "warning",
      "warnings", "threat", "threats", "complaint", "complaints", "objection", "objections",
      "statement", "remarks", "comments", "story", "stories", "article", "theory", "theories");
  /** Nouns of the speakers of political news, named by office or trade. */
  static final Set<String> SPEAKERS = Set.of("official", "officials", "minister", "ministry",
      "government", "administration", "spokesman", "spokeswoman", "spokesperson", "president",
      "prime", "premier", "chancellor", "leader", "lawmaker", "lawmakers", "legislator",
      "senator", "congressman", "congresswoman", "representative", "diplomat", "ambassador",
      "envoy", "prosecutor", "prosecutors", "judge", "court", "lawyer", "attorney", "embassy",
      "party", "parties", "opposition", "critic", "critics", "activist", "activists", "group", "union",
      "campaigner", "campaigners", "authority", "authorities", "regime", "state", "department",
      "agency", "commission", "committee", "council", "parliament", "congress", "senate",
      "mayor", "governor", "secretary", "chief", "head", "director", "chairman", "chairwoman",
      "chair", "member", "members", "office", "white", "kremlin", "police", "army",
      "military", "coalition", "alliance", "bloc", "delegation", "negotiator",
      "negotiators", "candidate", "candidates", "democrat", "democrats", "republican",
      "republicans", "conservative", "conservatives", "liberal", "liberals", "socialist",
      "socialists", "organization", "organisation", "association", "watchdog", "regulator",
      "regulators", "investigator", "investigators", "expert", "experts", "observer",
      "observers", "monitor", "monitors");
  /** Generic speakers who may stand as an event's only named participant through the target. */
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
  /** Things done wrong: "said X had violated", "claimed that X pressured". */
  static final Set<String> WRONGDOING = Set.of("violate", "breach", "lie", "mislead", "cheat",
      "steal", "interfere", "meddle", "obstruct", "abuse", "bribe", "pressure", "pressurise",
      "pressurize", "rig", "manipulate", "harass", "intimidate", "defraud", "embezzle",
      "launder", "betray", "undermine", "sabotage", "collude", "conspire", "fabricate",
      "falsify", "persecute", "discriminate", "incite", "extort", "deceive", "spy", "smear",
      "orchestrate", "instigate", "cover", "starve", "distort", "hack", "blackmail", "coerce",
      "provoke", "weaponize", "weaponise", "misuse", "misappropriate", "squander", "plunder",
      "suppress", "muzzle", "censor");
  /** Verbs that are no act when "should" governs them ("should be", "should have"). */
  static final Set<String> NO_ACT = Set.of("be", "have", "get", "know", "think", "feel", "look",
      "seem", "win", "lose", "remain", "stay", "come", "go", "see", "expect", "hope", "want",
      "need", "wonder", "worry", "like", "love", "enjoy", "try", "keep", "play");
  /** Adjectives and nouns that reject a claim: "called the report false". */
  static final Set<String> FALSE = Set.of("false", "baseless", "untrue", "groundless",
      "unfounded", "absurd", "ridiculous", "nonsense", "fabricated", "fake", "lie", "lies",
      "fabrication", "fiction", "slander", "propaganda", "misleading", "inaccurate", "wrong",
      "incorrect", "bogus", "fictitious", "preposterous", "laughable", "ludicrous", "outrageous");
  /** Names a speaker calls an actor: "called X a liar" (ACCUSE disapprove). */
  static final Set<String> INSULTS = Set.of("liar", "traitor", "criminal", "terrorist",
      "dictator", "tyrant", "murderer", "killer", "thug", "fraud", "crook", "hypocrite",
      "coward", "racist", "fascist", "puppet", "threat", "disgrace", "failure", "menace",
      "butcher", "warmonger", "aggressor", "occupier", "enemy", "war criminal", "irresponsible",
      "reckless", "dangerous", "corrupt", "illegal", "illegitimate", "unacceptable",
      "shameful", "disgraceful", "provocative", "hostile", "incompetent", "scum", "bully",
      "clown", "idiot", "moron", "loser", "thief", "gangster");
  /** Nouns expressed that make disapproval ("voiced concern", "lodged a complaint"). */
  static final Set<String> DISAPPROVAL = Set.of("concern", "concerns", "alarm", "anger",
      "outrage", "dismay", "disappointment", "displeasure", "frustration", "indignation",
      "criticism", "condemnation", "disapproval", "objection", "objections", "reservations",
      "doubts", "doubt", "skepticism", "scepticism", "protest", "complaint", "complaints",
      "grievance", "grievances", "opposition", "regret", "fury", "unease", "misgivings");
  /** Nouns expressed that make support ("expressed support", "voiced solidarity"). */
  static final Set<String> BACKING = Set.of("support", "solidarity", "backing", "gratitude",
      "appreciation", "confidence", "approval", "admiration");
  /** What summoning is a protest with: a diplomat. */
  static final Set<String> DIPLOMATS = Set.of("ambassador", "envoy", "diplomat", "diplomats",
      "charge", "chargé", "attache", "consul", "representative");
  /** What one is warned of that makes a warning a threat ("warned of consequences"). */
  static final Set<String> REPRISALS = Set.of("consequences", "retaliation", "reprisals",
      "reprisal", "response", "countermeasures", "measures", "repercussions", "war", "force",
      "punishment", "retribution", "escalation");
  /** Acts whose refusal is a rejection: "declined to attend", "declined to sign". */
  static final Set<String> DECLINED = Set.of("attend", "sign", "join", "meet", "endorse",
      "support", "back", "recognize", "recognise", "extradite", "release", "accept",
      "participate", "cooperate", "vote", "ratify", "approve", "condemn", "testify", "appear",
      "hand", "withdraw", "lift", "renew", "grant", "allow", "resign", "apologize", "apologise",
      "retract", "reverse", "suspend", "halt", "stop", "end", "comply", "obey", "enforce",
      "implement", "investigate", "prosecute", "charge", "intervene", "negotiate", "talk");
  /** Words of sport's or markets' register, where criticism verbs are no political event. */
  static final Set<String> REGISTER = Set.of("match", "goal", "goals", "coach", "season",
      "league", "striker", "referee", "tournament", "game", "games", "club", "player",
      "players", "championship", "innings", "catcher", "baseman", "shortstop", "outfielder",
      "pitchers", "free-agent", "rookie", "playoff", "playoffs", "coaches", "squad", "fixture",
      "wicket", "touchdown", "quarterback", "pitcher",
      "shares", "stock", "stocks", "index", "nasdaq", "dow", "earnings", "quarterly", "profit",
      "revenue", "investors", "ball", "door", "brakes", "music", "speakers", "oven", "furnace");

  /** Nouns of disapproval or backing expressed, as the raw-text test spells their starts. */
  private static final String FEELINGS = "(?:concern|alarm|anger|outrage|dismay|disappoint"
      + "|displeasure|frustration|indignation|critic|condemn|disapprov|objection|reservation"
      + "|doubt|skeptic|sceptic|protest|complaint|grievance|opposition|regret|fury|unease"
      + "|misgiving|support|solidarity|backing|gratitude|appreciation|confidence|approval"
      + "|admiration)";
  /** The raw-text test for these verbs (beside {@link Lexicon#CANDIDATE}), each in its frame. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:lambast|castigat|rebuk|chastis"
      + "|berat|chid|censur|decr(?:y|ied|ies)\\b|deplor|excoriat|pillor|upbraid|admonish|vilif"
      + "|reprimand|disparag|derid|assail|scold|slam(?:s|med|ming)\\b|blast(?:ed|ing)\\b"
      + "|rap(?:s|ped)\\b|fault(?:ed|ing)\\b|ridicul|mock(?:ed|ing|s)\\b|bash(?:ed|ing)\\b"
      + "|savaged|question(?:ed|ing)\\b|challenged|challenge\\w*\\s+(?:\\w+\\s+){0,4}?(?:in\\s+(?:the\\s+)?"
      + "courts?|by\\s+legal)\\b|dismiss|rebuff|spurn|repudiat|rebut|refut"
      + "|disput(?:ed|ing)\\b|disavow|rul(?:e|es|ed|ing)\\s+(?:\\w+\\s+){0,2}?out\\b"
      + "|turn(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,3}?down\\b|brush\\w*\\s+(?:\\w+\\s+)?(?:off|aside)"
      + "|shrug\\w*\\s+(?:\\w+\\s+)?off|contested|laud|extol|congratulat|salut"
      + "|backs\\b|backed\\b|backing\\b|back\\s+down|sid(?:e|es|ed|ing)\\s+with"
      + "|defend\\w*\\s+(?:\\w+\\s+){0,3}?(?:decision|move|policy|plan|handling|response"
      + "|approach|remarks|comments|actions|conduct|law|bill|record|stance|position)"
      + "|push(?:ed|es|ing)?\\s+(?:for|back)\\b|push(?:ed|es|ing)?\\s+(?:\\w+\\s+){1,4}?to\\s"
      + "|lobb(?:y|ied|ies|ying)\\b|petition(?:ed|ing|s)\\b|exhort|beseech|entreat"
      + "|suggest\\w*\\s+(?:that\\s+)?(?:\\w+\\s+){0,5}?(?:should|must|be)\\b"
      + "|suggest\\w*\\s+\\w+ing\\b|recommend(?:s|ed|ing)?\\s+(?:that|\\w+ing|the)\\b"
      + "|(?:express|voic|rais|regist|lodg)\\w*\\s+(?:\\w+\\s+){0,3}?" + FEELINGS
      + "|complain(?:s|ed|ing|t|ts)?\\s+(?:about|of|to|that)\\b|object(?:s|ed|ing)?\\s+to\\b"
      + "|lash\\w*\\s+out|rail(?:s|ed|ing)?\\s+against"
      + "|inveigh|round(?:s|ed)?\\s+on\\b|aim\\s+at\\b|swipe|jab\\b|jabs\\b"
      + "|sp(?:eak|oke)\\w*\\s+out\\s+against|hit(?:s|ting)?\\s+(?:out|back)\\b"
      + "|(?:struck|strik\\w*|fire[sd]?|firing)\\s+back\\b|backtrack|relent|capitulat"
      + "|climb(?:s|ed|ing)?\\s+down|phoned|phoning|telephoned|summon|sue[sd]?\\b|suing"
      + "|(?:warn|caution)\\w*\\s+(?:\\w+\\s+){0,3}?(?:against|not\\s+to|of\\s+(?:\\w+\\s+){0,2}?"
      + "(?:consequences|retaliation|repris|response|countermeasures|measures|repercussions"
      + "|war\\b|force|punishment|retribution|escalation))"
      + "|declin\\w*\\s+(?:to\\s+(?!comment|say|speak|discuss|elaborate|answer|respond|confirm"
      + "|reveal|disclose|give|provide|name|identify)\\w+|(?:an?|the|his|her|their|its)\\s+"
      + "(?:\\w+\\s+)?(?:invitation|offer|request|proposal|demand))"
      + "|call(?:s|ed|ing)?\\s+(?:on|upon|for)\\b"
      + "|call(?:s|ed|ing)?\\s+[\\s\\S]{0,60}?\\b(?:liar|traitor"
      + "|criminal|terrorist|dictator|tyrant|murderer|killer|thug|fraud|crook|hypocrite|coward"
      + "|racist|fascist|puppet|disgrace|menace|butcher|warmonger|aggressor|enemy|corrupt"
      + "|illegitimate|unacceptable|shameful|disgraceful|provocative|incompetent|false|baseless"
      + "|untrue|groundless|unfounded|absurd|ridiculous|nonsense|bogus|propaganda)"
      + "|told\\s+(?:\\w+\\s+){1,3}to\\s+\\w+"
      + "|(?:was|were)\\s+told\\s+(?:by\\s+(?:\\S+\\s+){1,4})?to\\s"
      + "|(?:said|says|say|saying|claimed|claims|claiming|told|tells|argued|argues|asserted"
      + "|testified|contended|maintained|stated|wrote|writes|tweeted|added|charged|insisted|insists)"
      + "\\b[\\s\\S]{0,200}?\\b(?:should|must|ought|violat|breach|lie[sd]?\\b"
      + "|lying|misled|mislead|cheat|stole|steal|interfer|meddl|obstruct|abus|brib|pressur"
      + "|rigg|manipulat|harass|intimidat|defraud|embezzl|launder|betray|undermin|sabotag"
      + "|collud|conspir|fabricat|falsif|persecut|discriminat|incit|extort|deceiv|spied"
      + "|smear|orchestrat|instigat|covered\\s+up|starv|distort|hack|blackmail|coerc"
      + "|provok|weaponi|misus|misappropriat|squander|plunder|suppress|muzzl|censor"
      + "|false|baseless|untrue|groundless|unfounded|absurd|ridiculous|nonsense|fake"
      + "|fiction|slander|propaganda|misleading|inaccurate|bogus|preposterous|laughable"
      + "|ludicrous))");

  private StatementVerbs() {}

  private static void put(String type, Frame frame, String... lemmas) {
    for (String l : lemmas) {
      VERBS.put(l, new Verb(type, frame));
    }
  }

  /** The type and frame of a lemma, or null. */
  static Verb of(String lemma) {
    return VERBS.get(lemma);
  }
}

package dossier.events;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word families for the constructions of accusation, criticism, rejection, praise, pressure and
 * threat that a verb list cannot hold ({@link ClausalAccusations}, {@link Evaluatives},
 * {@link CriticismIdioms}): general English, written as families of wordings, nothing about any
 * one story.
 */
final class AccuseWords {
  private AccuseWords() {}

  /** Verbs that report what someone says or holds: the door to a clause of accusation. */
  static final Set<String> SAYING = Set.of("say", "claim", "charge", "allege", "argue",
      "complain", "insist", "assert", "contend", "maintain", "state", "write", "tell", "add",
      "note", "accuse", "protest", "declare", "tweet", "suggest", "believe", "think", "warn");
  /** Verbs of doing wrong beyond {@link StatementVerbs#WRONGDOING}: "had broken", "flouted". */
  static final Set<String> WRONG_VERBS = Set.of("flout", "defy", "renege", "disregard",
      "trample", "mistreat", "torture", "loot", "massacre", "slaughter", "exploit", "neglect",
      "conceal", "whitewash", "stonewall", "endanger", "jeopardize", "jeopardise", "sponsor");
  /** Verbs wrong only with one of {@link #BROKEN} as object: "broke the truce", "ignored the law". */
  static final Set<String> BREAK = Set.of("break", "ignore", "dishonour", "dishonor", "breach",
      "violate", "betray", "undermine", "tear", "scrap", "wreck", "sabotage");
  /** What is broken: rules, promises and pacts. */
  static final Set<String> BROKEN = Set.of("truce", "ceasefire", "cease-fire", "law", "laws",
      "rule", "rules", "agreement", "agreements", "accord", "accords", "deal", "treaty", "promise",
      "promises", "pledge", "pledges", "commitment", "commitments", "resolution", "resolutions",
      "sanctions", "embargo", "constitution", "norms", "convention", "conventions", "obligation",
      "obligations", "word", "armistice", "pact", "mandate", "order", "orders", "ruling",
      "sovereignty", "rights", "principles", "trust");
  /** Verbs wrong only with one of {@link #CRIMES} as object: "committed atrocities". */
  static final Set<String> DO = Set.of("commit", "perpetrate", "carry", "cover", "hide",
      "conceal", "spread", "tell", "fund", "finance", "support", "arm", "harbour", "harbor",
      "shelter", "sponsor");
  /** Wrongs one commits, hides or tells. */
  static final Set<String> CRIMES = Set.of("crime", "crimes", "atrocity", "atrocities",
      "genocide", "abuse", "abuses", "fraud", "massacre", "massacres", "murder", "murders",
      "violation", "violations", "lies", "lie", "falsehoods", "misinformation",
      "disinformation", "propaganda", "evidence", "truth", "facts", "terror", "terrorism",
      "terrorists", "militants", "rebels", "insurgents", "extremists", "war crimes",
      "corruption", "torture", "ethnic cleansing");
  /** Predicates of blame: "was responsible for", "is guilty of", "was behind", "complicit in". */
  static final Set<String> BLAME_ADJ = Set.of("responsible", "guilty", "culpable", "complicit",
      "liable", "accountable", "blameworthy");
  /** Harms one is held responsible for (so "responsible for security" is no blame). */
  static final Set<String> HARMS = Set.of("attack", "attacks", "death", "deaths", "killing",
      "killings", "blast", "explosion", "bombing", "bombings", "violence", "massacre", "shelling",
      "strike", "strikes", "collapse", "crisis", "failure", "failures", "shortage", "shortages",
      "destruction", "damage", "chaos", "suffering", "loss", "losses", "abuse", "abuses",
      "crime", "crimes", "atrocity", "atrocities", "murder", "assassination", "escalation",
      "breakdown", "deadlock", "stalemate", "unrest", "riots", "war", "conflict", "fighting",
      "clashes", "hostilities", "disaster", "tragedy", "catastrophe", "mess", "downing", "crash",
      "sinking", "fire", "leak", "leaks", "hack", "hacking", "cyberattack", "poisoning",
      "kidnapping", "abduction", "disappearance", "blockade", "famine", "bloodshed", "casualties",
      "mistakes", "errors", "delays", "violation", "violations", "incident", "provocation");
  /** Evaluations that disapprove of an act or actor: "called X illegal", "a violation". */
  static final Set<String> DISAPPROVING = Set.of("illegal", "unlawful", "illegitimate",
      "unacceptable", "unjustified", "unjustifiable", "unprovoked", "unconstitutional",
      "irresponsible", "reckless", "provocative", "dangerous", "outrageous", "shameful",
      "disgraceful", "deplorable", "reprehensible", "appalling", "abhorrent", "heinous",
      "barbaric", "criminal", "cynical", "hypocritical", "inhumane", "cruel", "racist",
      "discriminatory", "undemocratic", "unfair", "unwarranted", "inexcusable", "intolerable",
      "indefensible", "null", "void", "violation", "breach", "mistake", "error", "blunder",
      "provocation", "lie", "lies", "sham", "farce", "travesty", "outrage", "disgrace",
      "insult", "affront", "betrayal", "crime", "aggression", "blackmail", "hypocrisy",
      "scandal", "abuse", "interference", "meddling", "escalation", "stunt", "charade",
      "scandalous");
  /** Evaluations that deny a claim: "called the report false" (REJECT with a claim). */
  static final Set<String> UNTRUE = Set.of("false", "baseless", "untrue", "groundless",
      "unfounded", "absurd", "ridiculous", "nonsense", "fabricated", "fake", "lie", "lies",
      "fabrication", "fiction", "slander", "propaganda", "misleading", "inaccurate", "bogus",
      "fictitious", "preposterous", "laughable", "ludicrous", "smear", "hoax", "libel",
      "lying", "distortion", "speculation");
  /** Verbs that tie an evaluation to its object: "described X as", "branded X a". */
  static final Set<String> EVALUATING = Set.of("call", "describe", "brand", "label", "dub",
      "term", "characterize", "characterise", "denounce", "condemn", "slam", "decry",
      "criticize", "criticise", "deem", "declare", "portray", "paint", "blast", "reject",
      "dismiss");
  /** Nouns of disapproval drawn, faced or sparked: "drew criticism", "came under fire". */
  static final Set<String> CENSURE = Set.of("criticism", "criticisms", "condemnation",
      "condemnations", "censure", "rebuke", "rebukes", "reprimand", "fire", "attack", "attacks",
      "accusation", "accusations", "allegation", "allegations", "ire", "anger", "outrage",
      "wrath", "backlash", "scorn", "derision", "ridicule", "complaint", "complaints",
      "objection", "objections", "denunciation", "denunciations", "blame", "flak", "opprobrium",
      "disapproval", "scrutiny"); // not protests (PROTEST) nor charges (made against someone)
  /** Verbs whose subject draws the censure: "X drew criticism", "X faced accusations". */
  static final Set<String> DRAWING = Set.of("draw", "attract", "face", "earn", "receive",
      "incur", "invite", "court", "meet", "prompt", "spark", "provoke", "trigger", "stir",
      "generate", "fuel", "elicit");
  /** Nouns of a charge made against someone: "levelled charges against X". */
  static final Set<String> CHARGES = Set.of("charge", "charges", "accusation", "accusations",
      "allegation", "allegations", "criticism", "claims", "complaint", "complaints");
  /** Verbs that make a charge: "levelled", "made", "lodged", "brought", "hurled". */
  static final Set<String> MAKING = Set.of("level", "make", "lodge", "bring", "hurl", "file",
      "raise", "repeat", "renew", "direct", "aim", "throw", "trade", "exchange");
  /** What is questioned or doubted of an actor: "questioned X's motives". */
  static final Set<String> QUALITIES = Set.of("motive", "motives", "credibility", "integrity",
      "sincerity", "legitimacy", "legality", "honesty", "intentions", "intention", "commitment",
      "competence", "judgment", "judgement", "good", "faith", "impartiality", "neutrality",
      "independence", "fitness", "trustworthiness", "reliability", "loyalty", "patriotism",
      "seriousness", "willingness", "ability", "capacity", "claims", "claim", "account",
      "version", "figures", "record", "conduct", "role", "handling", "narrative",
      "assurances", "promises", "pledge", "pledges", "word", "explanation", "denial",
      "denials", "findings", "statement", "statements", "decision", "wisdom", "rationale");
  /** Force and punishment threatened when hinted at or not ruled out. */
  static final Set<String> FORCE = Set.of("force", "strike", "strikes", "airstrike",
      "airstrikes", "war", "retaliation", "reprisal", "reprisals", "invasion", "attack",
      "attacks", "intervention", "sanctions", "sanction", "embargo", "blockade", "escalation",
      "response", "measures", "countermeasures", "consequences", "punishment", "retribution",
      "option", "options", "operation", "offensive", "troops", "nuclear");
  /** Modifiers that make "action" or "response" a force: "military action". */
  static final Set<String> FORCEFUL = Set.of("military", "armed", "punitive", "retaliatory",
      "legal", "decisive", "tough", "firm", "harsh", "severe", "forceful", "kinetic", "nuclear");
  /** Nouns of backing thrown behind someone: "threw its support behind". */
  static final Set<String> WEIGHT = Set.of("support", "weight", "backing", "clout");

  /** The raw-text test for these constructions (enough on its own to parse the sentence). */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:"
      + "c(?:a|o)me?s?\\s+(?:\\w+\\s+)?under\\s+(?:\\w+\\s+)?(?:fire|criticism|attack|scrutiny"
      + "|investigation)"
      + "|(?:drew|draws|draw|drawn|drawing|attract\\w*|fac(?:e|es|ed|ing)|earn\\w*|receiv\\w*"
      + "|incur\\w*|invit\\w*|spark\\w*|provok\\w*|trigger\\w*|prompt\\w*|met|meets)\\s+"
      + "(?:\\w+\\s+){0,3}?(?:criticism|condemnation|censure|rebuke|reprimand|ire|anger|outrage"
      + "|wrath|backlash|scorn|derision|ridicule|accusations?|allegations?|denunciations?|flak"
      + "|opprobrium|disapproval)"
      + "|(?:drew|draws|draw|drawn|drawing|fac(?:e|es|ed|ing)|attract\\w*)\\s+(?:\\w+\\s+){0,2}?"
      + "scrutiny|(?:not|\\w*n't)\\s+[\\s\\S]{0,40}?\\benough\\b|not\\s+(?:following|living|delivering"
      + "|honou?ring|keeping|fulfill?ing|sticking|abiding|making\\s+good)"
      + "|(?:level|lodg|brought|bring|hurl|direct|aim)\\w*\\s+(?:\\w+\\s+){0,4}?(?:charges?"
      + "|accusations?|allegations?|criticism|claims|complaints?)\\b[\\s\\S]{0,80}?\\bagainst"
      + "|question\\w*\\s+(?:\\w+\\s+){0,5}?(?:motives?|credibility|integrity|sincerity"
      + "|legitimacy|legality|honesty|intentions?|commitment|competence|judge?ment|good faith"
      + "|impartiality|neutrality|independence|fitness|seriousness|willingness|wisdom)"
      + "|(?:cast|casts|casting|threw|throws|throw|throwing|rais\\w*)\\s+(?:\\w+\\s+){0,2}?"
      + "doubts?\\s+(?:on|over|about|upon)"
      + "|not\\s+(?:\\w+\\s+)?doing\\s+enough|n't\\s+(?:\\w+\\s+)?doing\\s+enough"
      + "|fail(?:s|ed|ing)?\\s+to\\s|(?:responsible|guilty|culpable|complicit|to\\s+blame)\\b"
      + "|(?:describ|brand|label|dub|term|characteri[sz]|portray|paint|deem|declar|call)\\w*"
      + "\\s+[\\s\\S]{0,80}?\\b(?:illegal|unlawful|illegitimate|unacceptable|unjustifi|unprovoked"
      + "|unconstitutional|irresponsible|reckless|provocat|outrageous|shameful|disgraceful"
      + "|deplorable|reprehensible|appalling|abhorrent|heinous|barbaric|criminal|cynical"
      + "|hypocritical|inhumane|undemocratic|unwarranted|inexcusable|intolerable|indefensible"
      + "|violation|breach|mistake|error|blunder|lies?\\b|sham|farce|travesty|disgrace|insult"
      + "|affront|betrayal|crime|aggression|blackmail|hypocrisy|stunt|charade|grab|false"
      + "|baseless|untrue|groundless|unfounded|fabricat|smear|hoax)"
      + "|(?:is|are|was|were|be)\\s+(?:\\w+\\s+){0,2}?(?:illegal|unlawful|illegitimate"
      + "|unacceptable|unconstitutional|a\\s+(?:\\w+\\s+)?(?:violation|breach|mistake"
      + "|provocation|betrayal|crime|disgrace|travesty))\\b[\\s\\S]{0,200}?\\b(?:said|says"
      + "|added|argued|claimed|insisted|wrote|declared)"
      + "|\\bit(?:'|\u2019|\\s+i|\\s+wa)s\\s+(?:\\w+\\s+){0,2}?(?:illegal|unacceptable|outrageous"
      + "|shameful|disgraceful|deplorable|appalling|scandalous|reprehensible|unforgivable"
      + "|inexcusable|intolerable|indefensible|a\\s+disgrace|a\\s+scandal)\\s+that\\b"
      + "|contradict\\w*\\s+(?:[\\w'\\u2019]+\\s+){0,4}?(?:statements?|claims?|assurances?|account"
      + "|testimony|denials?|promises?|evidence|version|remarks|comments|words)\\b"
      + "|said\\s+no\\s+to|say(?:s|ing)?\\s+no\\s+to"
      + "|(?:threw|throw\\w*|put\\w*)\\s+(?:\\w+\\s+){0,2}?(?:support|weight|backing)\\s+behind"
      + "|c(?:a|o)me?s?\\s+out\\s+(?:strongly\\s+)?(?:in\\s+(?:favou?r|support)|for|against)"
      + "|press(?:es|ed|ing)?\\s+(?:\\w+\\s+){0,4}?(?:for|to)\\s"
      + "|hint\\w*\\s+(?:at|that)|rul\\w*\\s+(?:\\w+\\s+){0,2}?out\\s+(?:\\w+\\s+){0,3}?"
      + "(?:force|strikes?|airstrikes?|war|retaliation|repris|invasion|attacks?|intervention"
      + "|sanctions?|action|response|option|measures)"
      + "|leave\\w*\\s+open|left\\s+open|kept\\s+open|keep\\w*\\s+open"
      + "|warn\\w*\\s+(?:\\w+\\s+){0,3}?of\\b"
      + "|(?:said|says|saying|claimed|claims|charged|charges|alleged|alleges|argued|argues"
      + "|insisted|insists|asserted|contended|maintained|complained|wrote|added|noted|declared)\\b"
      + "[\\s\\S]{0,200}?\\b(?:commit|broke\\b|broken|break\\b|breach|flout|defied|defy|defies"
      + "|reneg|ignored|disregard|conceal|hid\\b|hidden|hiding|covered\\s+up|massacr|tortur"
      + "|slaughter|trampl|mistreat|harbou?r|dishono)"
      + ")");
}

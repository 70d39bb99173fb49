package dossier.events;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The raw-text test for {@link CoverageVerbs}' forms: the lemmas that may make one of their events
 * and the pattern a sentence must match before it is parsed.
 */
final class CoverageWords {
  private CoverageWords() {}

  /** All lemmas (and irregular forms) that may make one of these events: for the word test. */
  static final Set<String> TRIGGERS = Set.of("wound", "injure", "maim", "beat",
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
      "serve", "execute",
      "handcuff", "occupy", "occupied", "blockade", "custody", "broke", "break", "turn");

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
      + "|search(?:ed|ing|es)\\b|(?:execut|serv)\\w*\\s+(?:\\w+\\s+){0,3}?warrants?\\b|handcuff|occup(?:y|ied|ies|ying)\\b|blockad"
      + "|br(?:oke|eak|eaks|eaking)\\s+up"
      // help sent with no receiver named, an alliance joined, an offer turned down
      + "|(?:sen[dt]|dispatch)\\w*\\b[^.]{0,60}?\\b(?:investigators|agents|specialists|experts"
      + "|doctors|medics|rescuers)\\b|join\\w*\\s+(?:the\\s+)?(?:alliance|bloc|coalition"
      + "|(?-i:[A-Z]{2,}\\b))|turn(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,3}?down)");
}

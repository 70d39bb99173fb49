package dossier.figures;

import dossier.figures.Quantities.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers about people and forces in one sentence: a number ("31", "140,000", "nearly 75",
 * "four", "dozens of") followed by a counted noun (people, servicemen, deaths, troops, residents),
 * typed by the noun and the verbs next to it; a number standing for a noun said just before ("12
 * soldiers were killed and 20 wounded"); and values derived from another number ("around half of
 * its 140,000 residents", "twice the 40 ..."). A number not about people (money, percentages,
 * years, distances, ages) is no figure.
 */
final class FigureFinder {
  /**
   * One figure in a sentence.
   *
   * @param start start of the whole figure (hedge and number); {@code end} the end of its noun
   * @param counted the counted noun, or null when the text leaves it implicit
   * @param sideFrom where the words naming whose people they are may start
   * @param base for a derived value, the figure it was derived from
   * @param withdrawn forces pulled back, not sent
   */
  record Found(double value, String kind, String qualifier, int start, int end, int numberAt,
      String counted, Double low, Double high, String derivation, Found base, boolean withdrawn,
      int sideFrom) {}

  /**
   * Any other plural person noun: ages, roles, occupations, crews, the accused, nationalities.
   * Counted only when the text says what happened to them (a crowd of them is no figure).
   */
  private static final String MORE_PEOPLE =
      "adults|teenagers|youths|boys|girls|babies|infants|kids|minors|patients|doctors|nurses|"
      + "medics|paramedics|teachers|pupils|staff|staffers|employees|co-workers|coworkers|"
      + "colleagues|crew|crewmen|crew members|guards|officials|diplomats|tourists|visitors|"
      + "activists|dissidents|opponents|critics|supporters|bloggers|mourners|"
      + "pilgrims|worshippers|worshipers|shoppers|spectators|fans|voters|farmers|nationals|"
      + "foreigners|expatriates|expats|immigrants|asylum seekers|settlers|locals|relatives|"
      + "suspects|gunmen|attackers|assailants|robbers|thieves|pirates|kidnappers|militiamen|"
      + "terrorists|jihadists|separatists|extremists|rioters|inmates|convicts|captives|"
      + "firefighters|rescuers|volunteers|aid workers|lawmakers|politicians|judges|lawyers|"
      + "priests|monks|nuns|clerics|athletes|players|climbers|hikers|motorists|pedestrians|"
      + "commuters|drivers|seamen|fishers|labourers|laborers|agents|deputies|troopers|"
      + "guardsmen|individuals|survivors|evacuees|asylum-seekers|males|females|minorities|"
      + "Americans|Britons|Canadians|Australians|Germans|Italians|Russians|Ukrainians|Indians|"
      + "Pakistanis|Afghans|Iraqis|Iranians|Syrians|Israelis|Palestinians|Egyptians|"
      + "Somalis|Nigerians|Kenyans|Koreans|Filipinos|Indonesians|"
      + "Thais|Mexicans|Brazilians|Colombians|Turks|Kurds|Greeks|Spaniards|Poles|Europeans|"
      + "Africans|Asians|Arabs|Yemenis|Saudis|Ethiopians|Eritreans|Libyans|Tunisians|"
      + "Algerians|Moroccans|Bangladeshis|Sri Lankans|Nepalis|Malaysians|Cubans|"
      + "Venezuelans|Haitians|Peruvians|Chileans|Argentines|Georgians|Armenians|Azerbaijanis|"
      + "Belarusians|Serbs|Croats|Bosnians|Albanians|Romanians|Bulgarians|Hungarians|Czechs|"
      + "Swedes|Norwegians|Danes|Finns|Austrians|"
      + "Belgians"; // no "Chinese", "Irish": an adjective too, it would hide the noun after it
  /**
   * "Police" as the head of its noun ("1,200 police were deployed", "raids by 400 riot police"),
   * not as the modifier of another ("300 police vehicles"): only before a clause's end, a verb
   * form in -ed or a function word.
   */
  private static final String POLICE = "police(?=\\s*(?:[,.;:)\"”’]|$)|\\s+(?:[a-z]+ed|were|was|"
      + "are|is|had|have|has|who|and|or|in|on|at|to|from|for|with|into|across|around|near|along|"
      + "inside|outside|took|fought|swept|stood|came|went|will|would|could|also|then|later|still|"
      + "now)\\b)";
  static final String PEOPLE = "people|persons|civilians|servicemen|servicewomen|soldiers|"
      + "troops|fighters|militants|rebels|insurgents|combatants|guerrillas|policemen|police officers|"
      + "officers|residents|inhabitants|refugees|migrants|children|women|men|journalists|prisoners|"
      + "detainees|hostages|protesters|demonstrators|workers|villagers|personnel|peacekeepers|"
      + "marines|sailors|pilots|citizens|students|victims|members|fishermen|miners|passengers|"
      + "reservists|conscripts|recruits|observers|monitors|families|" + POLICE + "|" + MORE_PEOPLE;
  private static final Pattern MORE = Pattern.compile("(?i)" + MORE_PEOPLE);
  // event nouns that count one person each, arrests among them ("announced three arrests")
  private static final String DEATHS = "deaths|dead|fatalities|lives|bodies|casualties|"
      + "killings|murders|slayings|homicides|arrests";
  /** Words that are no modifier of a counted noun: "55 are preventing civilians" counts nobody. */
  private static final String NOT_MODIFIER = "(?!(?:are|is|was|were|be|been|being|have|has|had|"
      + "do|does|did|will|would|can|could|may|might|must|shall|should|not|and|or|but|to|of|in|"
      + "on|at|for|from|by|with|as|than|that|which|who|this|these|those|there|they|it|its|a|an|"
      + "the|per|each|every)\\b)";
  /** The counted noun: up to two modifiers, then a noun ("military deaths", "of its servicemen"). */
  private static final Pattern NOUN = Pattern.compile("(?i)^[\"”’]?\\s+(?:of\\s+(?:its|their|the|his|her)\\s+)?"
      + "(?:" + NOT_MODIFIER + "(?:own|[a-z][\\w-]*|[a-z](?:\\.[a-z])+\\.?)\\s+){0,2}?("
      + PEOPLE + "|" + DEATHS + ")\\b(?!-(?!(?:one|two|three|four|five|\\d)\\b))");
  /**
   * A people noun the lists do not hold, taken only where the words before the number say what
   * happened ("the internment of a million or more Velmorans"): a capitalised plural, a group's name.
   */
  private static final Pattern GROUP_NOUN = Pattern.compile(
      "^\\s+(?:(?:[A-Z][\\p{L}-]+|[a-z]+)\\s+)?([A-Z][\\p{Ll}]+s)\\b(?!-)");
  /** A number that names something, not a count: "area 12", "Route 9", "Resolution 1234". */
  private static final Pattern LABEL_BEFORE = Pattern.compile("(?i)\\b(?:area|zone|sector|route|"
      + "road|highway|gate|room|flight|bus|line|unit|ward|block|building|article|section|chapter|"
      + "paragraph|clause|page|number|no\\.|resolution|district|precinct|station|platform|"
      + "terminal|level|grade|round|phase|stage|episode|season|item|point|exit|lot|camp|base|"
      + "category|class|division|battalion|brigade|regiment|squad|cell|floor|apartment|"
      + "suite|bill|act|law|amendment|proposition|measure)\\s+$");
  /** A number that ends a name: "the Curve 8900 is missing 3G", "a Boeing 787 crashed". */
  private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|\\s)(?i:the|a|an|its|their|"
      + "his|her|new)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}$");
  private static final Pattern PERCENT = Pattern.compile("(?i)^\\s*(?:percent|per cent|pc\\b|%)");
  static final Pattern FORCES = Pattern.compile("(?i)^(?:troops|soldiers|servicemen|servicewomen|"
      + "peacekeepers|personnel|marines|police officers|policemen|officers|sailors|reservists|"
      + "conscripts|recruits|observers|monitors|fighters|police)$");
  private static final Pattern DEPLOY_BEFORE = Pattern.compile(
      "(?i)\\b(?:deployed|deploy|deploying|deploys|sent|send|sending|sends|dispatched|dispatch|"
      + "stationed|station|mobilized|mobilised|mobilize|mobilise|called up|calling up|call up|"
      + "massed|massing|amassed|moved|moving)[\\s\"“]*$");
  private static final Pattern WITHDRAW_BEFORE = Pattern.compile("(?i)\\b(?:pulling|pulled|pull|"
      + "pulls|withdrawing|withdrew|withdraw|withdrawn|withdraws|removing|removed)\\s*$");
  private static final Pattern WITHDRAW_AFTER = Pattern.compile("(?i)^\\s*(?:back|out)\\b");
  private static final Pattern BEFORE = Pattern.compile("(?i)\\b(killed|kill|kills|killing|"
      + "shot dead|shooting dead|gunned down|murdered|murdering|"
      + "wounded|injured|injuring|wounding|displaced|displacing|evacuated|detained|arrested|"
      + "captured|claimed|cost|took|deaths? of|killings? of|murders? of|slayings? of|"
      + "(?:took|taken|claimed|cost)\\s+the\\s+li(?:fe|ves)\\s+of|"
      + "detentions? of|internment of|imprisonment of|arrests? of|displacement of|expulsions? of|"
      + EventNouns.OF + "|"
      + "held|holding|arresting|detaining|capturing|evacuating)(?:\\s+a\\s+total\\s+of|"
      + "\\s+(?:all\\s+)?the|\\s+all)?[\\s\"“]*$"); // "arrested the two men", "killed all five"
  /** Where "held" means in custody: a cell, a prison, a camp for detainees. */
  private static final Pattern CUSTODY = Pattern.compile("(?i)\\b(?:cells?|prisons?|jails?|"
      + "custody|detention|detained|captivity|captives?|hostages?|facility|facilities|prisoners?|"
      + "detainees?|inmates?)\\b");
  /** Refugees taken in: displaced people wherever the text counts them. */
  private static final Pattern DISPLACED_NOUN = Pattern.compile(
      "(?i)refugees|evacuees|asylum seekers|asylum-seekers");
  private static final Pattern MODAL_BEFORE = Pattern.compile("(?i)\\b(?:may|might|could|would)"
      + "(?:\\s+not)?(?:\\s+have)?(?:\\s+been)?\\s+$");
  /**
   * What a crowd does that an analyst follows: gathering, marching, being exchanged, freed or
   * coming home. Other counts of people with no kind ("12 members voted", "28 people showed no
   * signs") are no figures.
   */
  private static final String CROWD = "gathered|rallied|marched|protested|demonstrated|"
      + "exchanged|swapped|released|freed|rescued|returned|repatriated|deported|expelled|"
      + "trapped|stranded|besieged|surrounded|joined|participated|attended|stormed|occupied|"
      + "blocked|clashed|launched|staged|entered|(?:came|went|gone|come) back|took part|"
      + "taken part|turned out|took to the streets|taken to the streets";
  /** What a counted crowd did, or what was done to it: a past verb right after the noun. */
  private static final Pattern DID_NOW = Pattern.compile("(?i)^[\\s,]+(?:(?:also|then|later|"
      + "again|all|first|finally)\\s+)?(?:" + CROWD + ")\\b");
  /** ... or a finite past or perfect after an apposition: "24 prisoners, 12 from each side, were exchanged". */
  private static final Pattern WAS_DONE = Pattern.compile("(?i)\\b(?:were|was|had been|have been|"
      + "has been|had|have)\\s+(?:(?:all|also|then|later|now|since|already|finally)\\s+)?"
      + "(?:" + CROWD + ")\\b");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)\\b(?:who|whom|which|that|whose|may|might|could|would|will|if)\\b");
  /** Participants of a study, not people something happened to: "one study in 38 people". */
  private static final Pattern STUDY_BEFORE = Pattern.compile("(?i)\\b(?:in|among)\\s+$");
  /** The population of a place given as a bare number: "the camp's population ... at 40,000". */
  private static final Pattern POPULATION_BARE = Pattern.compile("(?i)\\bpopulation\\b([^.;:]{0,80}?)"
      + "(?:estimated at|put at|stands at|stood at|is|was|of|numbers|numbered|totals|totalled|"
      + "totaled|reached|reaching|grew to|rose to|fell to|dropped to)\\s+$");
  /** Words between the number and its noun that say what happened ("registered displaced people"). */
  private static final Pattern MODIFIER = Pattern.compile("(?i)\\b(displaced|homeless|evacuated|"
      + "wounded|injured|dead|missing|detained|captured)\\b");
  private static final Pattern SHARE_OF = Pattern.compile(
      "(?i)\\b(?:half|third|thirds|quarter|quarters|fifth|tenth|percent|per cent|%|share|part)\\s+"
      + "of\\s+(?:[\\w’']+\\s+){0,2}$");
  /** Forces placed somewhere: "troops in ...", "personnel at the base". */
  private static final Pattern FORCES_AT = Pattern.compile("(?i)^\\s+(?:(?:are|were|is|was|"
      + "remain|still)\\s+)*(?:in|at|inside|across|on|near|along|on the ground)\\s+(?:the\\s+)?"
      + "(?:(?-i:\\p{Lu})|country|region|area|base|border|north|south|east|west|city|province|"
      + "territory|island|zone|front)");
  private static final Pattern HOME_TO = Pattern.compile("(?i)\\bhome\\s+to\\s*$");
  /** People who live somewhere: a population. */
  private static final Pattern LIVE = Pattern.compile("(?i)^[\\s,]+(?:who\\s+)?(?:(?:now|still|"
      + "currently|already)\\s+)?(?:live|lives|living|lived|reside|resides|residing|resided)\\b");
  private static final Pattern POPULATION_OF = Pattern.compile("(?i)\\bpopulation\\s+of\\s*$");
  /** The tail of a number split at its decimal point ("39. 9 million"): no count of its own. */
  private static final Pattern BROKEN_DECIMAL = Pattern.compile("\\d[.,]\\s$");
  /** A modal right before the number, in its clause: a figure supposed, not reported. */
  private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:might|could|would)"
      + "(?:\\s+(?:not|have|been|be|as|many|as|well))*\\s+(?:[a-z]+\\s+)?$");
  /** Moved out of their homes: displaced, where "moved" alone would say nothing. */
  private static final String MOVED_OUT = "(?:moved|evacuated|driven|taken) (?:out )?(?:from|of) "
      + "their homes|(?:left|abandoned) their homes";
  /** In hospital: wounded ("were treated in nearby hospitals", "were hospitalised"). */
  private static final String HOSPITAL = "hospitali[sz]ed|(?:treated|admitted) (?:at|in|to) "
      + "(?:a |the )?(?:\\w+ )?hospitals?|taken to (?:a |the )?(?:\\w+ )?hospitals?";
  /** What happened to people, told after their noun: the verbs {@link #AFTER} and {@link #AFTER_WORD} read. */
  private static final String AFTER_VERBS = "killed|died|dead|under arrest|"
      + "in (?:[\\w-]+ )?custody|perished|lost their lives|were slain|wounded|injured|hurt|"
      + "displaced|fled|forced from|forced to flee|evacuated|detained|arrested|captured|"
      + "taken prisoner|jailed|missing|hostage|unaccounted for|deployed|sent|stationed|"
      + "dispatched|massed|remained|remain|are based|were based|arrived|(?:have|has|had) left|"
      + MOVED_OUT + "|" + HOSPITAL;
  /** A verb after the noun, within a short window of the same clause. */
  private static final Pattern AFTER = Pattern.compile("(?i)^[^;:.?!]{0,90}?\\b(" + AFTER_VERBS
      + ")\\b");
  /** The same verbs, found anywhere in the clause after the noun ({@link #clause}). */
  private static final Pattern AFTER_WORD = Pattern.compile("(?i)\\b(" + AFTER_VERBS + ")\\b");

  /** "including 14 civilians", "of whom 12 ...": part of the figure just before. */
  private static final Pattern PART_OF_PREVIOUS = Pattern.compile(
      "(?i)\\b(?:including|among them|of whom|of them)\\s*$");
  /**
   * A bare number standing for a counted noun: "and 20 wounded", "13,500 were displaced", "at
   * least 74, including eight foreigners, were killed", "seven were reported dead".
   */
  private static final Pattern BARE = Pattern.compile("(?i)^(?:\\s*,\\s*(?:including|among them)\\s"
      + "[^,.;]{1,40},)?\\s+(?:(?:were|was|have been|had been|are|is|have|had|been|be|more|others?|"
      + "people|reported|confirmed|believed|feared|still|also|now|later|all|to)\\s+)*(killed|wounded|"
      + "injured|hurt|displaced|missing|detained|arrested|evacuated|dead|died)\\b");
  /** A bare number right after the verb that types it: "displaced about 13,500," */
  private static final Pattern BARE_AFTER_VERB = Pattern.compile(
      "(?i)\\b(killed|wounded|injured|displaced|detained|arrested|evacuated|killing|injuring"
      + "|wounding)\\s+$");
  private static final Pattern CLAUSE_END = Pattern.compile("(?i)^\\s*(?:[,.;:)]|$|and\\b|"
      + "according\\b|since\\b|in\\b|during\\b)");
  /** A share before a number: "around half of the valley's". */
  private static final Pattern SHARE = Pattern.compile("(?i)\\b(?:(" + Quantities.HEDGES + ")\\s+)?"
      + "(half|a third|one third|two thirds|a quarter|one quarter|three quarters|a fifth|a tenth|"
      + "(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent))\\s+of\\s+(?:(?:the|its|their|his|her|this|"
      + "that|[\\p{L}-]+['’]s?)\\s+)*$");
  /** A multiple before a number: "twice the 40". */
  private static final Pattern MULTIPLE = Pattern.compile("(?i)\\b(twice|double|three times|"
      + "four times|five times|ten times)\\s+(?:as many as\\s+|the\\s+|that\\s+of\\s+)?"
      + "(?:(?:the|its|their)\\s+)?$");
  /** "4,000 of the 13,500 people", "eight of the 14": a number counted out of a larger one. */
  private static final Pattern OUT_OF = Pattern.compile("(?i)(?:(" + Quantities.HEDGES + ")\\s+)?"
      + "(?<![\\w-])(\\d{1,3}(?:,\\d{3})+|\\d+|" + Quantities.WORD_NUMBER + ")\\s+of\\s+"
      + "(?:the|its|their)\\s+$");
  /** Whose population is displaced people: a camp's, refugees'. */
  private static final Pattern DISPLACED_PLACE = Pattern.compile("(?i)\\b(?:camps?|refugees?|"
      + "displaced|shelters?)\\b");
  /** A past-tense verb right after the noun: what those people did. */
  private static final Pattern DID = Pattern.compile("(?i)^\\s+(?:(?:also|then|later|again)\\s+)?"
      + "(?!(?:located|based|registered|listed|recorded|counted|estimated|housed|affected)\\b)"
      + "(?:[a-z]+ed|took|went|came|began|joined|gathered|marched|held|made|gave|ran|fought|"
      + "stood|met|sent|spoke|voted|signed)\\b");
  private static final Pattern FINITE = Pattern.compile(
      "(?i)\\b(?:had|have|has|were|are|was|is)\\s+(?:now\\s+|since\\s+|already\\s+|been\\s+)*");
  private static final Pattern RETURNED = Pattern.compile("(?i)^(?:returned|gone back|come back|"
      + "went back|came back)\\b");
  /** Set free: a part freed out of a count of captives is no longer held, nor any other kind. */
  private static final Pattern FREED = Pattern.compile("(?i)^(?:released|freed|set free|rescued|"
      + "escaped|let go)\\b");

  private FigureFinder() {}

  /** The figures in sentence {@code [start, end)} of {@code text}. */
  static List<Found> find(String text, int start, int end) {
    List<Found> out = new ArrayList<>();
    List<Quantity> qs = Quantities.find(text, start, end);
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      String rest = text.substring(q.end(), end);
      if (PERCENT.matcher(rest.substring(0, Math.min(rest.length(), 9))).find()) {
        continue;
      }
      String before = text.substring(Math.max(start, q.start() - 60), q.start());
      // the split decimal may also have split the sentence: look before its start
      String just = text.substring(Math.max(0, q.start() - 3), q.start());
      if (BROKEN_DECIMAL.matcher(just).find() || HYPOTHETICAL.matcher(before).find()
          || Ages.before(before) || Ages.over(before, q.qualifier()) // "younger than 3", "over 65"
          || Capacity.could(before) // "capable of sending 90,000 sailors"
          || q.qualifier() == null && (LABEL_BEFORE.matcher(before).find()
              || NAME_BEFORE.matcher(before).find())) {
        continue; // "39. 9 million" (a decimal split by a space); "might have been two killed"
      }
      Found previous = out.isEmpty() ? null : out.get(out.size() - 1);
      Found f = Tolls.find(text, start, q, rest); // "the death toll rose to 45"
      if (f == null) {
        f = noun(text, q, before, rest, end, previous);
      }
      if (f == null && !q.vague()) {
        f = bare(text, q, before, rest, previous);
      }
      if (f == null && !q.vague()) {
        f = population(text, start, q, rest);
      }
      if (f == null && BEFORE.matcher(before).find()) {
        f = Others.find(q, rest, kind("people", before, ""), previous); // "wounded six others"
      }
      if (f == null) {
        f = ForceStrength.find(text, start, q, rest); // "its forces now number about 160,000"
      }
      if (f == null) {
        f = PlacesOf.find(text, start, q, rest); // "a city of 2 million"
      }
      if (f == null || NotPeople.skip(before, rest)) {
        continue;
      }
      Found derived = derived(text, start, q, f, before, end);
      out.add(f);
      if (derived != null) {
        out.add(derived);
      }
    }
    out.addAll(OnePerson.find(text, start, end)); // "one soldier was killed"
    out.addAll(Both.find(text, start, end)); // "both officers were killed"
    out.addAll(StrongForces.find(text, start, end)); // "a 500-strong force"
    return out;
  }

  /** A number followed by its counted noun. */
  private static Found noun(String text, Quantity q, String before, String rest, int end,
      Found previous) {
    Matcher noun = NOUN.matcher(rest);
    if (!noun.find()) {
      // a group's name only where the verb before the number types it
      noun = GROUP_NOUN.matcher(rest);
      String typed = BEFORE.matcher(before).find() ? kind("people", before, "") : null;
      if (!noun.find() || typed == null || typed.equals("OTHER")) {
        return null;
      }
    }
    String head = noun.group(1).toLowerCase(Locale.ROOT);
    int nounEnd = q.end() + noun.end();
    String mods = rest.substring(0, noun.start(1));
    String after = text.substring(nounEnd, end);
    String kind = null;
    boolean withdrawn = false;
    if (previous != null && PART_OF_PREVIOUS.matcher(before).find()) {
      kind = previous.kind(); // "at least 45 people had died, including 14 civilians"
    }
    if (kind == null && FORCES.matcher(head).matches()
        && (WITHDRAW_BEFORE.matcher(before).find() || WITHDRAW_AFTER.matcher(after).find()
            && !DEPLOY_BEFORE.matcher(before).find())) {
      kind = "DEPLOYED";
      withdrawn = true;
    }
    if (kind == null) {
      kind = Dispatched.kind(head, before, mods, after); // "ordered 10 of his men to search"
    }
    if (kind == null) {
      Matcher mod = MODIFIER.matcher(mods);
      kind = mod.find() ? modifierKind(mod.group(1)) : kind(head, before, after);
      String byVerb = BEFORE.matcher(before).find() ? kind(head, before, "") : null;
      if ("DISPLACED".equals(kind) && byVerb != null && byVerb.matches("KILLED|WOUNDED|DETAINED")) {
        kind = byVerb; // "the deaths of 14 displaced people": what happened to them
      }
    }
    if (kind == null || kind.equals("OTHER")) {
      String joined = Coordinated.kind(text, q.start() - before.length(), q.start(), previous);
      kind = joined != null ? joined : kind; // "killed 3 soldiers and 12 civilians"
    }
    if ("POPULATION".equals(kind) && q.vague()) {
      kind = "OTHER"; // "tens of thousands more residents marched": a crowd, not a census
    }
    boolean small = Quantities.spelled(text, q) && q.value() < 20 || q.value() < 10;
    if ("POPULATION".equals(kind) && q.vague()) {
      return null; // "millions of residents": no population figure to weigh
    }
    if (kind == null || (kind.equals("OTHER") && (small && !q.vague()
        || MORE.matcher(head).matches() || !happened(before, after)))) {
      return null; // small or spelled-out numbers only when the text says what happened to them
    }
    if (!q.vague() && OneMore.oneShort(before, mods)) {
      // "the boy's mother and 10 other people died": 11 died
      return new Found(q.value() + 1, kind, q.qualifier(), q.start(), nounEnd, q.numberAt(), head,
          q.low() == null ? null : q.low() + 1, q.high() == null ? null : q.high() + 1, null, null,
          withdrawn, q.end());
    }
    return new Found(q.value(), kind, q.qualifier(), q.start(), nounEnd, q.numberAt(), head,
        q.low(), q.high(), q.vague() ? q.qualifier() : null, null, withdrawn, q.end());
  }

  /**
   * Whether the text says what a counted crowd did or what was done to it, in the past: a count
   * with no event ("millions of people use the web", "a study in 38 people", "4,000 people are
   * expected to ...") is no figure an analyst wants.
   */
  static boolean happened(String before, String after) {
    if (STUDY_BEFORE.matcher(before).find()) {
      return false;
    }
    String c = clause(after);
    if (c.length() > 80) {
      c = c.substring(0, 80);
    }
    if (DID_NOW.matcher(c).find()) {
      return true;
    }
    Matcher w = WAS_DONE.matcher(c);
    return w.find() && !RELATIVE.matcher(c.substring(0, w.start())).find();
  }

  /** Whether a bare number reads as a year: 1900-2100, unqualified, written without a comma. */
  static boolean year(String text, Quantity q) {
    return q.value() >= 1900 && q.value() <= 2100 && q.qualifier() == null
        && !text.substring(q.numberAt(), q.end()).contains(",");
  }

  /** A number without a noun, standing for one said just before or typed by a verb next to it. */
  private static Found bare(String text, Quantity q, String before, String rest, Found previous) {
    if (year(text, q)) {
      return null;
    }
    Matcher m = BARE.matcher(rest);
    String kind = null;
    int end = q.end();
    if (m.find() && q.value() >= 2) {
      if (AfterWords.mixed(rest, m.start(1)) || Capacity.adjective(rest.substring(m.end()))) {
        return null; // "80 were wounded or killed", "2,300 missing paintings"
      }
      kind = verbKind(m.group(1));
      end = q.end() + m.end();
    } else {
      Matcher v = BARE_AFTER_VERB.matcher(before);
      if (v.find() && CLAUSE_END.matcher(rest).find()) {
        kind = verbKind(v.group(1));
      }
    }
    if (kind == null) {
      return null;
    }
    // "12 soldiers were killed and 20 wounded": the 20 are soldiers too
    boolean elliptic = previous != null && before.matches("(?is).*\\band\\s*$");
    return new Found(q.value(), kind, q.qualifier(), q.start(), end, q.numberAt(),
        elliptic ? previous.counted() : null, q.low(), q.high(), null, null, false,
        elliptic ? previous.sideFrom() : q.end());
  }

  /**
   * A population given as a bare number ("the population in the camp ... is estimated at around
   * 40,000"): a camp's or refugees' population is displaced people.
   */
  private static Found population(String text, int sentenceStart, Quantity q, String rest) {
    String lead = text.substring(Math.max(sentenceStart, q.start() - 140), q.start());
    Matcher p = POPULATION_BARE.matcher(lead);
    if (!p.find() || !CLAUSE_END.matcher(rest).find() || q.value() < 10) {
      return null;
    }
    String about = lead.substring(Math.max(0, p.start() - 30), p.start()) + p.group(1);
    String kind = DISPLACED_PLACE.matcher(about).find() ? "DISPLACED" : "POPULATION";
    return new Found(q.value(), kind, q.qualifier(), q.start(), q.end(), q.numberAt(), null,
        q.low(), q.high(), null, null, false, q.end());
  }

  /** A value derived from {@code base}: a share of it, or a multiple. */
  private static Found derived(String text, int sentenceStart, Quantity q, Found base,
      String before, int end) {
    Matcher share = SHARE.matcher(before);
    if (share.find()) {
      double fraction = fraction(share.group(2), share.group(3));
      int shareStart = q.start() - before.length() + share.start();
      return derive(text, sentenceStart, base, fraction, share.group(1), shareStart, end,
          text.substring(shareStart, q.start()).trim());
    }
    Matcher multiple = MULTIPLE.matcher(before);
    if (multiple.find()) {
      double factor = switch (multiple.group(1).toLowerCase(Locale.ROOT)) {
        case "twice", "double" -> 2;
        case "three times" -> 3;
        case "four times" -> 4;
        case "five times" -> 5;
        default -> 10;
      };
      int at = q.start() - before.length() + multiple.start();
      return derive(text, sentenceStart, base, factor, null, at, end,
          text.substring(at, q.start()).trim());
    }
    // "4,000 of the 13,500 people ... had now returned": the part, counted out of the base
    String lead = text.substring(Math.max(sentenceStart, q.start() - 40), q.start());
    Matcher part = OUT_OF.matcher(lead);
    if (part.find()) {
      double v = Quantities.parse(part.group(2));
      int at = q.start() - lead.length() + part.start();
      String after = text.substring(base.end(), end);
      String kind = finiteKind(after, base.kind());
      if (kind == null) {
        return null; // "ten of the 12 hostages were released": no longer held
      }
      double[] b = Quantities.bounds(part.group(1) == null ? null : part.group(1).toLowerCase(), v);
      return new Found(v, kind, part.group(1) == null ? null : part.group(1).toLowerCase(Locale.ROOT),
          at, base.end(), q.start() - lead.length() + part.start(2), base.counted(),
          Double.isNaN(b[0]) ? null : b[0], Double.isNaN(b[1]) ? null : b[1],
          text.substring(at, q.start()).trim(), base, false, base.sideFrom());
    }
    return null;
  }

  private static Found derive(String text, int sentenceStart, Found base, double factor,
      String hedge, int at, int end, String words) {
    double v = Math.round(base.value() * factor);
    String beforeShare = text.substring(Math.max(sentenceStart, at - 60), at);
    String kind = kind(base.counted() == null ? "people" : base.counted(), beforeShare,
        text.substring(base.end(), end));
    if (kind == null) {
      return null;
    }
    String qualifier = hedge == null ? (base.qualifier() == null ? null : "about")
        : hedge.toLowerCase(Locale.ROOT);
    double[] b = Quantities.bounds(qualifier, v);
    return new Found(v, kind, qualifier, at, base.end(), at, base.counted(),
        Double.isNaN(b[0]) ? null : b[0], Double.isNaN(b[1]) ? null : b[1], words, base, false,
        base.sideFrom());
  }

  private static double fraction(String words, String percent) {
    if (percent != null) {
      return Double.parseDouble(percent) / 100;
    }
    return switch (words.toLowerCase(Locale.ROOT)) {
      case "half" -> 0.5;
      case "a third", "one third" -> 1.0 / 3;
      case "two thirds" -> 2.0 / 3;
      case "a quarter", "one quarter" -> 0.25;
      case "three quarters" -> 0.75;
      case "a fifth" -> 0.2;
      default -> 0.1;
    };
  }

  /** The kind given by the finite verb after a subject ("... had now returned home"). */
  private static String finiteKind(String after, String otherwise) {
    Matcher f = FINITE.matcher(after);
    if (f.find()) {
      String verb = after.substring(f.end());
      if (RETURNED.matcher(verb).find()) {
        return "OTHER";
      }
      if (FREED.matcher(verb).find()) {
        return null;
      }
      Matcher a = AFTER.matcher(verb);
      if (a.find() && a.start(1) < 20) {
        return verbKind(a.group(1));
      }
    }
    return otherwise;
  }

  /** The first 90 characters of {@code after}, cut at the end of its clause. */
  private static String clause(String after) {
    String s = after.substring(0, Math.min(after.length(), 90 + 30));
    for (int i = 0; i < s.length(); i++) {
      if (";:.?!".indexOf(s.charAt(i)) >= 0) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  private static String modifierKind(String m) {
    return switch (m.toLowerCase(Locale.ROOT)) {
      case "displaced", "homeless", "evacuated" -> "DISPLACED";
      case "wounded", "injured" -> "WOUNDED";
      case "dead" -> "KILLED";
      case "missing" -> "MISSING";
      default -> "DETAINED";
    };
  }

  static String verbKind(String v) {
    String w = v.toLowerCase(Locale.ROOT);
    if (w.matches("killed|killing|died|dead|perished|lost their lives|were slain")) {
      return "KILLED";
    }
    if (w.matches("wounded|injured|injuring|wounding|hurt") || w.matches(HOSPITAL)) {
      return "WOUNDED";
    }
    if (w.matches("displaced|fled|forced from|forced to flee|evacuated|(?:have|has|had) left")
        || w.matches(MOVED_OUT)) {
      return "DISPLACED";
    }
    if (w.matches("detained|arrested|captured|taken prisoner|hostage|jailed|under arrest|"
        + "in (?:[\\w-]+ )?custody")) {
      return "DETAINED";
    }
    if (w.matches("missing|unaccounted for")) {
      return "MISSING";
    }
    return null;
  }

  /** The kind of a figure from its noun and the words around it; null when it is none. */
  static String kind(String head, String before, String after) {
    if (DrivenOut.from(before, after)) {
      return "DISPLACED"; // "forced 2,000 residents from their homes": no population
    }
    if (SHARE_OF.matcher(before).find()) {
      // "half of its 140,000 residents": the base of a share, counted by its noun only
      return head.matches("residents|inhabitants") ? "POPULATION" : null;
    }
    if (POPULATION_OF.matcher(before).find() || HOME_TO.matcher(before).find()) {
      return "POPULATION";
    }
    if (FORCES.matcher(head).matches() && DEPLOY_BEFORE.matcher(before).find()) {
      return "DEPLOYED";
    }
    Matcher b = BEFORE.matcher(before);
    if (b.find()) {
      String v = b.group(1).toLowerCase(Locale.ROOT);
      if (EventNouns.kind(v) != null) {
        return EventNouns.kind(v); // "the massacre of 40 villagers", "the exodus of 2 million"
      }
      if (v.startsWith("kill") || v.startsWith("death") || v.startsWith("murder")
          || v.matches("shot dead|shooting dead|gunned down")
          || v.startsWith("slay") || v.matches(".*\\bli(?:fe|ves)\\s+of")) {
        return "KILLED";
      }
      if (v.startsWith("wound") || v.startsWith("injur")) {
        return "WOUNDED";
      }
      if (v.startsWith("displac") || v.startsWith("evacuat")) {
        return "DISPLACED";
      }
      if (v.matches("(?:detain|arrest|captur|detention|intern|impris).*")) {
        return "DETAINED";
      }
      if (v.startsWith("expulsion")) {
        return "DISPLACED";
      }
      if (v.startsWith("held") || v.startsWith("holding")) {
        // "a cell held 120 men": custody; "the hall held 500 people" is no figure of its own
        return CUSTODY.matcher(before + " " + head + after).find() ? "DETAINED" : kindAfter(head, after);
      }
      if (head.equals("lives")) {
        return "KILLED"; // "claimed / cost / took N lives"
      }
    }
    if (head.matches("deaths|dead|fatalities|bodies|killings|murders|slayings|homicides")) {
      return "KILLED";
    }
    if (head.matches("arrests")) {
      return "DETAINED"; // "announced three arrests": one person each
    }
    String k = kindAfter(head, after);
    if ("OTHER".equals(k) && FORCES.matcher(head).matches() && Operations.takesPart(before, after)) {
      return "DEPLOYED"; // "raids by 1,200 police": unless a verb after says they were hit
    }
    return k;
  }

  /**
   * People left without a home, by the words right after them: "left 7,000 people homeless",
   * "5,000 residents were housed in tents".
   */
  private static final Pattern UNHOUSED_AFTER = Pattern.compile("(?i)^\\s+(?:homeless|without "
      + "(?:a\\s+)?(?:homes?|shelter)|(?:(?:are|were|have been|had been|now|still)\\s+)*"
      + "(?:housed|sheltering|sheltered|living) in (?:makeshift\\s+|temporary\\s+|emergency\\s+)?"
      + "(?:tents|shelters|camps|tent camps))\\b");

  /** The kind from the verbs after the noun, else from the noun alone. */
  private static String kindAfter(String head, String after) {
    if (UNHOUSED_AFTER.matcher(after).find()) {
      return "DISPLACED";
    }
    String deployed = null;
    String clause = AfterWords.own(clause(after)); // not the verbs of a clause "since X killed"
    Matcher a = AFTER_WORD.matcher(clause);
    while (a.find() && a.start(1) <= 90) {
      if (MODAL_BEFORE.matcher(clause.substring(0, a.start(1))).find()) {
        return null; // "100 million people may have perished": supposed, not reported
      }
      if (AfterWords.mixed(clause, a.start(1))) {
        return null; // "hundreds were killed or wounded": no one kind
      }
      if (AfterWords.notItsVerb(clause, a.start(1), a.group(1))) {
        continue; // "their displaced families", "have left with nothing"
      }
      String k = verbKind(a.group(1));
      if (k != null) {
        return k;
      }
      if (deployed == null && FORCES.matcher(head).matches()) {
        deployed = "DEPLOYED"; // "remained", "massed": unless a later verb says they were hit
      }
    }
    if (deployed != null) {
      return deployed;
    }
    if (head.equals("lives") || head.equals("casualties")) {
      return null; // "casualties" mixes dead and wounded: no kind to give it
    }
    if (DISPLACED_NOUN.matcher(head).matches()) {
      return "DISPLACED"; // "admitted 1.4 million refugees", "hosts 40,000 refugees"
    }
    if (head.matches("hostages|captives")) {
      return "DETAINED"; // held by what the word says
    }
    if (LIVE.matcher(after).find()) {
      return "POPULATION"; // "about 600,000 settlers live in ..."
    }
    if (FORCES.matcher(head).matches() && FORCES_AT.matcher(after).find()) {
      return "DEPLOYED"; // "about 5,000 troops in the country": a force where it stands
    }
    if (head.matches("residents|inhabitants|settlers")) {
      // "tens of thousands more residents launched marches": people acting, not a population
      return DID.matcher(after).find() ? "OTHER" : "POPULATION";
    }
    if (head.matches("refugees|evacuees|asylum seekers|asylum-seekers")) {
      return "DISPLACED"; // a refugee is displaced by what the word says
    }
    if (head.matches("observers|monitors|peacekeepers")) {
      return "DEPLOYED"; // a mission's strength
    }
    return "OTHER";
  }
}

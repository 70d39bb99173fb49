package dossier.events;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The register an article is written in, told by the words of its trade. Sport, show business and
 * product news (gadgets, cars, apps) report offers, talks, withdrawals, hits, rallies, launches and
 * promises that no PLOVER coder codes: in an
 * article of either register only the legal acts (arrests, charges, sentences) and plain violence
 * (a stabbing, a killing) stand. An article is of a register when its words outnumber the words of
 * public life (government, police, courts), so an obituary of an official that names a film stays
 * news.
 */
final class Register {
  enum Genre { NEWS, SPORT, SHOW, PRODUCT }

  /**
   * Words only sport's news uses (case-sensitive where a capital makes a name: "the League"); not
   * those politics borrows ("a ballpark figure", "goals", "directed").
   */
  private static final Pattern SPORT = Pattern.compile(
      "\\b(?:[Ff]ootballers?|[Ss]trikers?|[Mm]idfielders?|[Gg]oalkeepers?|[Qq]uarterbacks?"
      + "|[Pp]itchers?|[Pp]layoffs?|transfer window|free[- ]agents?|head coach|league|tournament"
      + "|championship|the club|football club|[Ss]occer|[Bb]aseball|[Bb]asketball|[Cc]ricket"
      + "|[Rr]ugby|[Hh]ockey|[Tt]ennis|[Gg]olf|[Bb]oxing|NBA|NFL|MLB|NHL|FIFA|UEFA|Olympics?"
      + "|home runs?|homers?|RBIs?|touchdowns?|innings|[Bb]aseman|shortstop|outfielder"
      + "|linebackers?|defensive end|[Gg]rand [Ss]lam|top-ranked|[Cc]oach(?:es)?|teammates?"
      + "|[Ss]tadium|[Mm]ajor[- ]league|World Series|Super Bowl|[Ss]eason opener"
      + "|regular season|[Dd]oubles|[Ss]emifinals?|[Qq]uarterfinals?|[Rr]ookie|draft pick)\\b"
      + "|\\b\\d{1,2}-\\d{1,2}(?: \\(\\d+\\))?,"); // a set's score: "6-3, 7-6 (7),"
  /** Words of film, music, television and modelling. */
  private static final Pattern SHOW = Pattern.compile(
      "\\b(?:[Ff]ilms?|[Mm]ovies?|[Ss]equels?|box[- ]office|[Ss]tudios?|starring|[Aa]ctress(?:es)?"
      + "|[Aa]ctors?|Hollywood|[Ss]creenplay|[Aa]lbums?|[Pp]remiere[sd]?|[Ff]ranchise|TV series"
      + "|sitcom|[Ee]pisodes?|[Tt]railer|reprise|[Tt]rilogy|[Ss]ongs?|[Ss]inger|[Ss]ongwriter"
      + "|pin-?ups?|[Mm]odeling|[Mm]odelling|[Cc]elebrit(?:y|ies))\\b");
  /** Words of consumer technology and motoring: reviews and launches of things people buy. */
  private static final Pattern PRODUCT = Pattern.compile(
      "\\b(?:[Ss]martphones?|iPhones?|iPads?|Android|[Ll]aptops?|[Tt]ablets?|[Gg]adgets?|[Cc]onsoles?"
      + "|[Gg]amers?|[Gg]aming|[Ss]treaming service|[Ee]arbuds|[Hh]eadphones|[Tt]ouchscreen"
      + "|[Pp]rocessors?|[Cc]hipsets?|\\d+ ?(?:GB|TB|MP|mAh|Hz)|[Bb]attery life|[Ff]irmware"
      + "|[Ss]oftware update|[Dd]ownloads?|SUVs?|[Ss]edans?|[Hh]atchbacks?|[Hh]orsepower|[Tt]orque"
      + "|mph|[Dd]rivetrain|[Hh]eadroom|[Ll]egroom|[Ii]nfotainment|all-wheel drive|[Tt]rim levels?"
      + "|[Dd]ashboard|[Cc]rossover|[Ww]heelbase|price tag|[Pp]reorders?|[Pp]re-orders?)\\b");
  /** Words of public life: where they are as many, the article is news whatever else it tells. */
  private static final Pattern PUBLIC = Pattern.compile(
      "\\b(?:[Gg]overnments?|[Pp]resident|[Mm]inist(?:er|ry|ers|ries)|[Ss]enators?|Congress"
      + "|[Pp]arliament\\w*|[Pp]olice|[Mm]ilitary|[Aa]rmy|[Cc]ourts?|[Ee]mbass(?:y|ies)"
      + "|[Oo]fficials?|[Aa]dministration|[Tt]roops|[Pp]rosecutors?|[Dd]iplomat\\w*"
      + "|[Pp]rotesters?|[Ss]oldiers|[Rr]ebels|[Ss]anctions|[Ee]lections?|[Pp]arty|[Ll]awmakers"
      + "|[Jj]udge|[Mm]ilitants?|[Ii]nvestigators?)\\b");
  /** Violence that is news in any register ("a fan was stabbed outside the stadium"). */
  private static final Pattern VIOLENCE = Pattern.compile(
      "(?i)\\b(?:stabb(?:ed|ing)|killed|killing|murder\\w*|shot dead|gunm[ae]n|bomb\\w*|raped?"
      + "|kidnap\\w*|abduct\\w*|assaulted|beaten to death|opened fire)\\b");
  /** What stands in any register: the law's acts. */
  private static final Set<String> KEPT = Set.of("COERCE", "ACCUSE", "SANCTION");

  private Register() {}

  /** The register of an article's body. */
  static Genre of(String text) {
    if (text == null || text.isEmpty()) {
      return Genre.NEWS;
    }
    int sport = count(SPORT, text);
    int show = count(SHOW, text);
    int pub = count(PUBLIC, text);
    if (sport >= 2 && sport >= pub && sport >= show) {
      return Genre.SPORT;
    }
    if (show >= 3 && show > pub) {
      return Genre.SHOW;
    }
    int product = count(PRODUCT, text);
    return product >= 3 && product > pub ? Genre.PRODUCT : Genre.NEWS;
  }

  /** Whether an event of {@code type} read from {@code text[start, end)} is none in this genre. */
  static boolean drops(Genre genre, String type, String text, int start, int end) {
    if (genre == Genre.NEWS || KEPT.contains(type)) {
      return false;
    }
    return !(type.equals("ASSAULT") && VIOLENCE.matcher(text).region(start, end).find());
  }

  private static int count(Pattern p, String text) {
    var m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

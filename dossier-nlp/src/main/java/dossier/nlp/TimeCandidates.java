package dossier.nlp;

import java.util.regex.Pattern;

/**
 * Says whether a sentence can hold a time expression, so the time tagger (the slow part) runs only
 * on those: a digit, a month or weekday name, or a word that SUTime's rules start from.
 */
final class TimeCandidates {
  private static final Pattern WORDS = Pattern.compile("(?i)\\d|\\b(?:"
      + "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
      + "|january|february|march|april|june|july|august|september|october|november|december"
      + "|mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|today|tonight|yesterday|tomorrow|now|currently|current|recent|recently|past|present|future|ago"
      + "|once|twice|daily|weekly|monthly|yearly|annual|annually|hourly|nightly|weekend|weekends"
      + "|morning|mornings|afternoon|evening|evenings|night|nights|noon|midnight|dawn|dusk"
      + "|day|days|week|weeks|fortnight|month|months|quarter|quarters|year|years|decade|decades"
      + "|century|centuries|millennium|season|seasons|hour|hours|minute|minutes|second|seconds"
      + "|spring|summer|autumn|fall|winter|christmas|easter|ramadan|thanksgiving|eve|holiday|holidays"
      + "|half|dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
      + "|earlier|later|last|next|previous|coming|former|lately|soon|meanwhile|fiscal|period|time|times|era"
      + "|nineties|eighties|seventies|sixties|fifties|forties|thirties|twenties"
      + ")\\b");

  private TimeCandidates() {}

  /** Whether {@code sentence} may contain a time expression. */
  static boolean mayHoldTime(CharSequence sentence) {
    return WORDS.matcher(sentence).find();
  }
}

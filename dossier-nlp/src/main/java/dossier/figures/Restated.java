package dossier.figures;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A figure written again with "the" ("eight of the 14 killings were solved, the chief said")
 * points back to the same figure reported earlier in the article: it keeps that report's claimant
 * rather than becoming a new claim of whoever speaks in the later sentence.
 */
final class Restated {
  private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(?:the|those|these)\\s+$");

  private Restated() {}

  /**
   * The claim of figure {@code f} at {@code text}: the claim of the earlier mention in
   * {@code earlier} of the same value and kind when {@code f} is written with "the", else
   * {@code claim}.
   */
  static Claimants.Claim claim(String text, FigureFinder.Found f, Claimants.Claim claim,
      List<FigureMention> earlier) {
    if (!DEFINITE.matcher(text.substring(Math.max(0, f.start() - 8), f.start())).find()) {
      return claim;
    }
    for (FigureMention m : earlier) {
      if (m.value() == f.value() && m.kind().equals(f.kind())) {
        return new Claimants.Claim(m.claimantId(), m.detail().claimantText());
      }
    }
    return claim;
  }
}

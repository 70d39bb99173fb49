package dossier.extract;

import java.util.List;

/**
 * The comparison form of a page's lines ({@link TitleFinder#norm}), computed on first use and
 * kept: title, repeated-title and duplicate checks ask for the same lines many times over.
 */
final class Norms {
  private final List<Line> lines;
  private final String[] norms;

  Norms(List<Line> lines) {
    this.lines = lines;
    this.norms = new String[lines.size()];
  }

  /** The normalised text of line {@code i}. */
  String get(int i) {
    String n = norms[i];
    if (n == null) {
      n = TitleFinder.norm(lines.get(i).text());
      norms[i] = n;
    }
    return n;
  }

  /**
   * Whether line {@code i}'s normalised text may end with {@code key}: its last letter or digit
   * matches the key's last character. A cheap test that spares most lines their normalisation.
   */
  boolean mayEndWith(int i, String key) {
    String t = lines.get(i).text();
    for (int j = t.length() - 1; j >= 0; j--) {
      char c = t.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        return !key.isEmpty() && Character.toLowerCase(c) == key.charAt(key.length() - 1);
      }
    }
    return false;
  }
}

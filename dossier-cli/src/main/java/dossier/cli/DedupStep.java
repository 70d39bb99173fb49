package dossier.cli;

import dossier.dedup.CompositeFlags;
import dossier.dedup.DedupConfig;
import dossier.dedup.DedupResult;
import dossier.dedup.Detector;
import dossier.dedup.Grouper;
import dossier.dedup.Match;
import dossier.dedup.Signature;
import dossier.dedup.Syndication;
import dossier.model.ArticleFlag;
import dossier.model.DuplicateGroup;
import dossier.store.DossierStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The duplicates stage of a build, incremental: signs only articles without a stored signature,
 * verifies only candidate pairs that touch one of them, then finds the copy graph's components
 * from all stored pairs (a new article can join or merge groups) and recomputes only the groups
 * whose members changed, storing them with their changes, flags and copy dates.
 */
final class DedupStep {
  private static final int SIGN_CHUNK = 2000;

  private DedupStep() {}

  /** Runs the stage on {@code store}; returns a one-line summary. */
  static String run(DossierStore store) {
    Detector d = new Detector(DedupConfig.news());
    store.dropStaleDedup();
    List<String> unsigned = store.unsignedArticles();
    for (int i = 0; i < unsigned.size(); i += SIGN_CHUNK) {
      Map<String, String> texts = store.texts(unsigned.subList(i, Math.min(unsigned.size(), i + SIGN_CHUNK)));
      store.addSignatures(texts.entrySet().parallelStream().map(e -> d.sign(e.getKey(), e.getValue())).toList());
    }
    List<Signature> sigs = store.signatures();
    Set<String> fresh = new HashSet<>(unsigned);
    boolean[] isNew = new boolean[sigs.size()];
    for (int i = 0; i < isNew.length; i++) {
      isNew[i] = fresh.contains(sigs.get(i).articleId());
    }
    List<Match> found = fresh.isEmpty() ? List.of() : d.verify(sigs, d.candidates(sigs, isNew), store::texts);
    store.addMatches(found);
    List<ArticleFlag> textFlags = textFlags(store, unsigned, sigs, found);
    List<Match> all = new ArrayList<>(store.matches());
    // only components whose members changed are regrouped; the others keep their stored rows
    Grouper.Regrouped g = new Grouper(d).regroup(all, store::articles, store.duplicates());
    DedupResult r = g.result();
    List<ArticleFlag> flags = CompositeFlags.merge(r.flags(), textFlags);
    store.updateDuplicates(g.dropped(), r.groups(), r.changes(), flags);
    store.updatePublished(r.redated());
    List<DuplicateGroup> groups = store.duplicates();
    Syndication.Totals synd = Syndication.totals(groups, store.articles(Syndication.articleIds(groups)), store.copyChanges());
    return String.format("duplicates: %d new articles signed, %d groups (%d regrouped, %d kept), %d shared passages,"
        + " %d composite, %d dated from copies%n"
        + "syndication: %d outlets republished %d wire stories",
        unsigned.size(), groups.size(), r.groups().size(), g.kept(), r.passages().size(), flags.size(),
        r.redated().size(), synd.outlets(), synd.stories());
  }

  /**
   * Composite flags from the articles' own text: checked for new articles only, kept from the
   * store for the others (the checks read one article, so a stored result stays right).
   */
  private static List<ArticleFlag> textFlags(DossierStore store, List<String> unsigned,
      List<Signature> sigs, List<Match> found) {
    Set<String> fresh = new HashSet<>(unsigned);
    Set<String> present = new HashSet<>();
    sigs.forEach(s -> present.add(s.articleId()));
    List<ArticleFlag> out = new ArrayList<>();
    store.articleFlags().forEach((id, fs) -> {
      if (!fresh.contains(id) && present.contains(id)) {
        fs.stream().filter(CompositeFlags::fromText).forEach(out::add);
      }
    });
    for (int i = 0; i < unsigned.size(); i += SIGN_CHUNK) {
      out.addAll(CompositeFlags.of(
          store.articles(unsigned.subList(i, Math.min(unsigned.size(), i + SIGN_CHUNK))).values(), found));
    }
    return out;
  }
}

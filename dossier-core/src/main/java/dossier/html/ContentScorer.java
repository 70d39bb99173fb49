package dossier.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, the way Readability does: every paragraph gives points
 * (for its length and commas) to its parent and, less, to its ancestors; class and id words and the
 * tag move a candidate up or down; a candidate's score is cut by its link density. The best
 * candidate is widened to an ancestor when several near-best candidates sit under it, and siblings
 * that continue the article are added.
 */
final class ContentScorer {
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> SEMANTIC = Set.of("article", "main");

  private final TextStats stats;
  private final BodyHint hint;
  private final Map<Element, double[]> scores = new IdentityHashMap<>();

  ContentScorer(TextStats stats, BodyHint hint) {
    this.stats = stats;
    this.hint = hint;
  }

  /** The elements that hold the article, in page order (the best candidate and its kin). */
  List<Element> containers(Element body) {
    for (Element e : body.getAllElements()) {
      int len = paragraphLength(e);
      if (len < 25) {
        continue;
      }
      String text = PARAGRAPHS.contains(e.tagName()) ? e.text() : ownText(e);
      double s = 1 + commas(text) + Math.min(len / 100.0, 3);
      if (hint.contains(text)) {
        s *= 3;
      }
      // A div holding its text loose is its own paragraph and container at once.
      Element a = PARAGRAPHS.contains(e.tagName()) ? e.parent() : e;
      for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
        double[] c = scores.computeIfAbsent(a, this::initial);
        c[0] += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, double[]> en : scores.entrySet()) {
      double f = en.getValue()[0] * (1 - stats.linkDensity(en.getKey()));
      en.getValue()[0] = f;
      if (f > best) {
        best = f;
        top = en.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    top = widen(top, best, body);
    return withSiblings(top);
  }

  private double[] initial(Element e) {
    double s = switch (e.tagName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (SEMANTIC.contains(e.tagName()) || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
      s += 10;
    }
    return new double[] {s + ClassWords.weight(e)};
  }

  private Element widen(Element top, double best, Element body) {
    List<Element> alternatives = new ArrayList<>();
    for (Map.Entry<Element, double[]> en : scores.entrySet()) {
      if (en.getKey() != top && en.getValue()[0] >= best * 0.75) {
        alternatives.add(en.getKey());
      }
    }
    if (alternatives.size() >= 3) {
      for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
        int inside = 0;
        for (Element alt : alternatives) {
          if (isAncestor(p, alt)) {
            inside++;
          }
        }
        if (inside >= 3) {
          top = p;
          break;
        }
      }
    }
    double last = score(top);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      double ps = score(p);
      if (ps == 0) {
        continue;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    // A lone child carries nothing its parent does not: take the parent, for its siblings' sake.
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = score(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top) {
        out.add(s);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
      if (score(s) + bonus >= threshold) {
        out.add(s);
      } else if (s.nameIs("p")) {
        int len = stats.chars(s);
        double ld = stats.linkDensity(s);
        if (len > 80 && ld < 0.25 || len > 0 && len <= 80 && ld == 0 && s.text().matches(".*\\.( |$).*")) {
          out.add(s);
        }
      }
    }
    return out;
  }

  double score(Element e) {
    double[] c = scores.get(e);
    return c == null ? 0 : c[0];
  }

  private int paragraphLength(Element e) {
    if (PARAGRAPHS.contains(e.tagName())) {
      return stats.chars(e);
    }
    return switch (e.tagName()) {
      case "div", "section", "article", "main", "span", "font", "center" -> TextStats.letters(ownText(e));
      default -> 0;
    };
  }

  /** Text of the element's own text nodes and inline children: a div used as a paragraph. */
  static String ownText(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.text());
      } else if (n instanceof Element c && Blocks.inline(c)) {
        b.append(c.text());
      }
    }
    return b.toString();
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }

  private static boolean isAncestor(Element a, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }
}

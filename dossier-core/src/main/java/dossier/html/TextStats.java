package dossier.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text length of every element under a root, counted in one pass (asking each
 * element for its text would read the page once per element).
 */
final class TextStats {
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  TextStats(Element root) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          int n = letters(t.getWholeText());
          if (n > 0) {
            boolean link = false;
            for (Node p = t.parent(); p != null; p = p.parent()) {
              Element pe = (Element) p;
              if (pe.nameIs("a")) {
                link = true;
              }
              int[] c = counts.computeIfAbsent(pe, k -> new int[2]);
              c[0] += n;
              if (link) {
                c[1] += n;
              }
              if (p == root) {
                break;
              }
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, root);
  }

  /** Characters of text that are not white space. */
  int chars(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[0];
  }

  /** The share of the text that sits in links. */
  double linkDensity(Element e) {
    int[] c = counts.get(e);
    return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
  }

  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}

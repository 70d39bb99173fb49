package dossier.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts the chosen containers into text blocks in page order: paragraphs, headings, list items,
 * quotes, and runs of loose text between them; captions come out as their own kind.
 */
final class Blocks {
  enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, CAPTION }

  /** One block: its text (white space collapsed), kind, and the element it came from. */
  record Block(String text, Kind kind, Element element, double linkDensity) {}

  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code",
      "data", "dfn", "em", "font", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span",
      "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "strike", "tt", "big", "label", "nobr");
  private static final Set<String> LEAVES = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
      "dt", "dd", "li", "blockquote", "figcaption", "address", "summary", "caption");

  private final TextStats stats;
  private final List<Block> out = new ArrayList<>();

  private Blocks(TextStats stats) {
    this.stats = stats;
  }

  static List<Block> of(List<Element> containers, TextStats stats) {
    Blocks b = new Blocks(stats);
    for (Element c : containers) {
      b.walk(c);
    }
    return b.out;
  }

  static boolean inline(Element e) {
    return INLINE.contains(e.tagName());
  }

  private void walk(Element e) {
    String tag = e.tagName();
    if (tag.equals("figcaption") || tag.equals("caption") || isCaptionClass(e)) {
      add(e.text(), Kind.CAPTION, e, 0);
      return;
    }
    if (tag.equals("tr") && simpleRow(e)) {
      // A data table's row reads as one line, cells in order: cut cell by cell, its numbers would
      // fall to the filters of short and repeated lines.
      StringBuilder row = new StringBuilder();
      for (Element cell : e.children()) {
        row.append(text(cell)).append(' ');
      }
      add(row.toString().replace('\n', ' '), Kind.PARAGRAPH, e, stats.linkDensity(e));
      return;
    }
    if (LEAVES.contains(tag) && !hasBlockChild(e) || inline(e)) {
      add(text(e), kind(tag), e, keptLinkDensity(e));
      return;
    }
    StringBuilder run = new StringBuilder();
    int runChars = 0;
    int runLinks = 0;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        run.append(t.text());
        runChars += TextStats.letters(t.text());
      } else if (n instanceof Element c && inline(c)) {
        if (c.nameIs("br") && run.length() > 0 && run.charAt(run.length() - 1) != '\n') {
          run.append('\n');
        }
        String s = c.nameIs("a") || !linkCluster(c) ? text(c) : "";
        run.append(s);
        int l = stats.chars(c);
        runChars += l;
        runLinks += (int) Math.round(l * stats.linkDensity(c));
      } else if (n instanceof Element c) {
        flush(run, runChars, runLinks, e);
        run.setLength(0);
        runChars = 0;
        runLinks = 0;
        walk(c);
      }
    }
    flush(run, runChars, runLinks, e);
  }

  private void flush(StringBuilder run, int chars, int links, Element parent) {
    if (chars > 0) {
      add(run.toString(), Kind.PARAGRAPH, parent, (double) links / chars);
    }
  }

  private void add(String text, Kind kind, Element e, double linkDensity) {
    String t = collapse(text);
    if (!t.isEmpty()) {
      out.add(new Block(t, kind, e, linkDensity));
    }
  }

  private static Kind kind(String tag) {
    return switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
      case "li", "dt", "dd" -> Kind.ITEM;
      case "blockquote" -> Kind.QUOTE;
      default -> Kind.PARAGRAPH;
    };
  }

  /**
   * Text with line breaks kept where the page has {@code <br>}; inline link clusters (pop-up cards
   * and teasers hidden inside a paragraph) are left out.
   */
  private String text(Element e) {
    StringBuilder b = new StringBuilder();
    append(e, b);
    return b.toString();
  }

  private void append(Element e, StringBuilder b) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.text());
      } else if (n instanceof Element c) {
        if (c.nameIs("br")) {
          b.append('\n');
        } else if (c.nameIs("a") || !linkCluster(c)) {
          boolean block = !inline(c);
          if (block) {
            b.append(' ');
          }
          append(c, b);
          if (block) {
            b.append(' ');
          }
        }
      }
    }
  }

  /** Link density of the text a block keeps: link clusters left out of the text count neither. */
  private double keptLinkDensity(Element e) {
    double[] cl = new double[2];
    clusters(e, cl);
    int chars = stats.chars(e);
    double kept = chars - cl[0];
    return kept <= 0 ? stats.linkDensity(e) : Math.max(0, chars * stats.linkDensity(e) - cl[1]) / kept;
  }

  /** Adds the characters, and linked characters, of the link clusters under {@code e}. */
  private void clusters(Element e, double[] sum) {
    for (Element c : e.children()) {
      if (!c.nameIs("a") && linkCluster(c)) {
        sum[0] += stats.chars(c);
        sum[1] += stats.chars(c) * stats.linkDensity(c);
      } else {
        clusters(c, sum);
      }
    }
  }

  private boolean linkCluster(Element c) {
    // Little text of its own: a span holding a sentence around a pop-up card is not the card.
    return stats.linkDensity(c) > 0.8 && stats.chars(c) * (1 - stats.linkDensity(c)) < 40
        && c.getElementsByTag("a").size() >= 3;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (!inline(c)) {
        return true;
      }
    }
    return false;
  }

  /** A row of cells holding only text (not a layout table's row holding the page). */
  private static boolean simpleRow(Element tr) {
    for (Element cell : tr.children()) {
      if (!cell.nameIs("td") && !cell.nameIs("th")) {
        return false;
      }
      for (Element d : cell.getAllElements()) {
        if (d != cell && !inline(d)) {
          return false;
        }
      }
    }
    return tr.childrenSize() > 0;
  }

  private static boolean isCaptionClass(Element e) {
    String w = ClassWords.words(e);
    return !w.isEmpty() && w.contains("caption") && e.text().length() < 400;
  }

  /** Runs of white space to one space, kept line breaks trimmed. */
  static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    boolean newline = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        newline = true;
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (b.length() > 0 && (newline || space)) {
          b.append(newline ? '\n' : ' ');
        }
        newline = false;
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}

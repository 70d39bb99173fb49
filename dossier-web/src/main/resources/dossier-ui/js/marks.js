// Marks spans of a text (entities, times, evidence sentences, diff passages) as nested elements.
import { h } from './dom.js';

/**
 * The text between `from` and `to` as nodes, with `spans` ({start, end, cls, make(): element,
 * check?: expected text, replace?: node shown instead of the span's text}) nested: spans are
 * sorted by start (longer first); a span crossing the end of an enclosing one is split there, the
 * rest marked after it.
 * A span whose `check` text differs from the text at its offsets is left out (offsets of another
 * part of the article).
 */
export function layered(text, from, to, spans) {
  const inside = spans
    .filter((s) => s.start < to && s.end > from && s.start < s.end)
    .filter((s) => s.check === undefined || text.slice(s.start, s.end) === s.check)
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to), kids: [] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root = { start: from, end: to, kids: [] };
  const stack = [root];
  for (let i = 0; i < inside.length; i++) {
    const s = inside[i];
    while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (s.end > parent.end) {
      // crosses the end of the enclosing span: this piece inside, the rest after it
      const rest = { ...s, start: parent.end, kids: [] };
      s.end = parent.end;
      let j = i + 1;
      while (j < inside.length && (inside[j].start < rest.start || (inside[j].start === rest.start && inside[j].end > rest.end))) j++;
      inside.splice(j, 0, rest);
    }
    parent.kids.push(s);
    stack.push(s);
  }
  const out = [];
  emit(text, root, out);
  return out;
}

function emit(text, node, out) {
  let pos = node.start;
  for (const k of node.kids) {
    if (k.start > pos) out.push(text.slice(pos, k.start));
    const el = k.make();
    if (k.cls) el.className = (el.className ? el.className + ' ' : '') + k.cls;
    if (k.replace) el.append(k.replace);
    else {
      const inner = [];
      emit(text, k, inner);
      el.append(...inner);
    }
    out.push(el);
    pos = k.end;
  }
  if (pos < node.end) out.push(text.slice(pos, node.end));
}

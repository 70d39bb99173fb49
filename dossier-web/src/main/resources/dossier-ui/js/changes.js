// What a copy changed against its original (the `changes` of a duplicate group: title, added,
// removed, edited passages, spelling), as a one-line summary and as a list.
import { h, plural } from './dom.js';

export function changeSummary(ch) {
  if (!ch) return 'no changes recorded';
  const parts = [];
  if (ch.title) parts.push('new title');
  if (ch.added?.length) parts.push(plural(ch.added.length, 'passage') + ' added');
  if (ch.removed?.length) parts.push(plural(ch.removed.length, 'passage') + ' cut');
  if (ch.edited?.length) parts.push(plural(ch.edited.length, 'sentence') + ' edited');
  if (ch.spelling?.length) parts.push(plural(ch.spelling.length, 'spelling') + ' changed');
  return parts.length ? parts.join(', ') : 'word for word';
}

export function changeList(ch) {
  const ul = h('ul', { class: 'changes' });
  if (ch.title) ul.append(h('li', {}, 'Title: ', h('del', {}, ch.title.from), ' → ', h('ins', {}, ch.title.to)));
  for (const p of ch.added ?? []) ul.append(h('li', {}, h('span', { class: 'tag' }, 'added'), ' ', h('ins', {}, p.text)));
  for (const p of ch.removed ?? []) ul.append(h('li', {}, h('span', { class: 'tag warn' }, 'cut'), ' ', h('del', {}, p.text)));
  for (const e of ch.edited ?? []) ul.append(h('li', {}, h('span', { class: 'tag' }, 'edited'), ' ', wordDiff(e.from?.text ?? '', e.to?.text ?? '')));
  if (ch.spelling?.length) {
    ul.append(h('li', {}, h('span', { class: 'tag' }, 'spelling'), ' ',
      ch.spelling.map((s, i) => [i ? ', ' : '', h('del', {}, s.from), ' → ', h('ins', {}, s.to), s.count > 1 ? ` ×${s.count}` : ''])));
  }
  return ul;
}

/**
 * Word diff of two sentences (LCS over words; sentences are short, so the quadratic table is
 * small): removed words in <del>, added in <ins>.
 */
export function wordDiff(a, b) {
  const x = a.split(/(\s+)/);
  const y = b.split(/(\s+)/);
  if (x.length * y.length > 250000) return [h('del', {}, a), ' ', h('ins', {}, b)];
  const n = x.length;
  const m = y.length;
  const L = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) L[i][j] = x[i] === y[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  }
  const out = h('span', { class: 'diff' });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      out.append(x[i]);
      i++;
      j++;
    } else if (j < m && (i === n || L[i][j + 1] >= L[i + 1][j])) {
      out.append(h('ins', {}, y[j++]));
    } else {
      out.append(h('del', {}, x[i++]));
    }
  }
  return out;
}

// Small DOM helpers: elements are built with h(), never from HTML strings, so text from the
// dossier is always text.

/**
 * h('a', {href: '#/x', class: 'c'}, 'text', child, [more]) → element. Attributes: `class`,
 * `on*` functions as listeners, `dataset` object, booleans as present/absent, others as set.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** el.append(...) that leaves out null, undefined and false (the DOM would print "null"). */
export function put(el, ...children) {
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** A link inside the UI: link('story/' + id, label). */
export const link = (path, text, attrs = {}) => h('a', { href: '#/' + path, ...attrs }, text);

/** The page's heading; the router moves focus to it after a navigation. */
export const heading = (text, sub) =>
  h('header', { class: 'page-head' }, h('h1', { tabindex: '-1' }, text), sub ? h('p', { class: 'sub' }, sub) : null);

/** A titled section (landmark with an accessible name from its heading). */
let sectionIds = 0;
export function section(title, ...children) {
  const id = 'sec-' + ++sectionIds;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** An error box for a failed request inside a page (the page's other parts still show). */
export const errorBox = (err) =>
  h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'Could not load: '), err?.message ?? String(err));

export const empty = (text) => h('p', { class: 'empty' }, text);

const nf = new Intl.NumberFormat('en');
export const num = (n) => (n === null || n === undefined ? '—' : nf.format(n));

/** "1 article", "3 articles". */
export const plural = (n, word, words = word + 's') => `${num(n)} ${n === 1 ? word : words}`;

/**
 * A date object {value, earliest, latest} (or a plain string) as text. An event's date that only
 * rests on its report's publication date (basis REPORT) says so: the text named no time.
 */
export function date(d) {
  if (!d) return 'undated';
  if (typeof d === 'string') return d;
  const text = range(d);
  return d.basis === 'REPORT' && text !== 'undated' ? `${text} (from report date)` : text;
}

function range(d) {
  if (d.value) return String(d.value).slice(0, 10);
  if (d.earliest && d.latest) {
    const a = String(d.earliest).slice(0, 10);
    const b = String(d.latest).slice(0, 10);
    return a === b ? a : `${a} – ${b}`;
  }
  return d.earliest ? `after ${String(d.earliest).slice(0, 10)}` : 'undated';
}

/**
 * A search snippet (server-escaped HTML holding only <mark>) as nodes: parsed inertly, then only
 * text and <mark> kept.
 */
export function snippet(html) {
  const doc = new DOMParser().parseFromString(`<body>${html ?? ''}</body>`, 'text/html');
  const out = h('span', { class: 'snippet' });
  const walk = (node, into) => {
    for (const c of node.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) into.append(c.textContent);
      else if (c.nodeName === 'MARK') walk(c, into.appendChild(h('mark')));
      else walk(c, into);
    }
  };
  walk(doc.body, out);
  return out;
}

/** A table: columns [{label, cell: row => node|text, class}], rows; caption for screen readers. */
export function table(caption, columns, rows) {
  return h('div', { class: 'table-wrap' },
    h('table', {},
      h('caption', { class: caption.visible ? '' : 'visually-hidden' }, caption.text ?? caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, columns.map((c) => h('td', { class: c.class }, c.cell(r))))))));
}

/**
 * A <details> whose content `build()` makes when it is first opened: a chart's numbers (a table of
 * hundreds of rows on a large dossier) cost the page nothing until someone asks for them.
 */
export function lazyDetails(summary, build) {
  const d = h('details', {}, h('summary', {}, summary));
  d.addEventListener('toggle', () => {
    if (d.open && d.childElementCount === 1) d.append(build());
  });
  return d;
}

/** "Previous / next" links for a paged list ({total, offset, limit}); go(offset) navigates. */
export function pager(page, go) {
  const { total, offset, limit } = page;
  if (total <= limit) return null;
  const last = Math.min(offset + limit, total);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, 'Previous'),
    h('span', {}, `${num(offset + 1)}–${num(last)} of ${num(total)}`),
    h('button', { type: 'button', disabled: last >= total, onclick: () => go(offset + limit) }, 'Next'));
}

/** The hash path of a page with query parameters: hashPath('search', {q: 'x'}) → "#/search?q=x". */
export function hashPath(path, query = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return '#/' + path + (s ? '?' + s : '');
}

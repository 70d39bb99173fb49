// Search with facets: the query language of `dossier search` (fields, phrases, AND/OR, dates);
// a facet value narrows the query by its field. One /api/search call per page of hits.
import { api, seg } from '../js/api.js';
import { h, put, link, heading, section, errorBox, empty, num, snippet, pager, hashPath } from '../js/dom.js';

export const title = 'Search';

const KINDS = [['', 'Everything'], ['article', 'Articles'], ['event', 'Events'], ['entity', 'Entities']];
const FACET_NAMES = { outlet: 'Outlet', entity: 'Entity', type: 'Event type', kind: 'Figure kind', story: 'Story', month: 'Month' };
const PAGE = 20;

export async function render(main, ctx) {
  const q = ctx.query.get('q') ?? '';
  const kind = ctx.query.get('kind') ?? '';
  const copies = ctx.query.get('copies') === '1';
  const offset = Math.max(0, parseInt(ctx.query.get('offset') ?? '0', 10) || 0);
  const go = (over) => (location.hash = hashPath('search', { q, kind, copies: copies ? '1' : '', offset: 0, ...over }));

  const input = h('input', { type: 'search', id: 'q', name: 'q', value: q, autocomplete: 'off',
    'aria-describedby': 'q-hint', placeholder: 'ceasefire AND outlet:"Some Outlet"' });
  const kindSel = h('select', { id: 'kind', name: 'kind' },
    KINDS.map(([v, t]) => h('option', { value: v, selected: v === kind }, t)));
  const copiesBox = h('input', { type: 'checkbox', id: 'copies', checked: copies });
  const form = h('form', { class: 'inline', role: 'search', 'aria-label': 'Search the dossier' },
    h('div', {}, h('label', { for: 'q' }, 'Search the dossier'), input,
      h('p', { class: 'hint', id: 'q-hint' }, 'All words must match. Phrases in quotes; OR, NOT; fields such as ',
        h('code', {}, 'outlet:'), ', ', h('code', {}, 'entity:'), ', ', h('code', {}, 'type:'), ', ',
        h('code', {}, 'published:2024-03'), '. Empty: everything.')),
    h('div', {}, h('label', { for: 'kind' }, 'Show'), kindSel),
    h('div', { class: 'check' }, copiesBox, h('label', { for: 'copies' }, 'Copies as separate hits')),
    h('div', {}, h('button', { type: 'submit' }, 'Search')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: input.value.trim(), kind: kindSel.value, copies: copiesBox.checked ? '1' : '' });
  });
  put(main, heading('Search'), form);

  const results = h('div', { class: 'grid sidebar' });
  put(main, results);
  let page;
  try {
    page = await api('search', { q, kind, collapse: !copies, facets: true, offset, limit: PAGE }, ctx.signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    put(results, errorBox(e)); // a malformed query: say why, keep the form
    return;
  }
  const facets = h('aside', { class: 'card facets', 'aria-label': 'Narrow by' }, h('h2', {}, 'Narrow by'));
  for (const [name, label] of Object.entries(FACET_NAMES)) {
    const values = page.facets?.[name] ?? [];
    if (values.length === 0) continue;
    put(facets, h('h3', {}, label), h('ul', { class: 'facet-list' }, values.slice(0, 8).map((f) =>
      h('li', {}, h('a', { href: hashPath('search', { q: narrow(q, name, f.value), kind, copies: copies ? '1' : '' }),
        'aria-label': `${label} ${f.value}, ${f.count} hits` }, f.value), ' ', h('span', { class: 'meta' }, num(f.count))))));
  }
  const hitsCard = h('section', { class: 'card', 'aria-labelledby': 'hits-h' },
    h('h2', { id: 'hits-h' }, `${num(page.total)} ${page.total === 1 ? 'hit' : 'hits'}`,
      h('span', { class: 'meta' }, ` · ${num(page.took_ms)} ms`)));
  if (page.items.length === 0) put(hitsCard, empty('Nothing matches. Fewer words, or OR between them, find more.'));
  else put(hitsCard, h('ol', { class: 'list hits', start: offset + 1 }, page.items.map(hit)));
  put(hitsCard, pager(page, (o) => go({ offset: o, q, kind })));
  put(results, facets, hitsCard);
}

/** The query narrowed to one facet value: q AND field:"value". */
function narrow(q, field, value) {
  const term = `${field}:"${String(value).replace(/["\\]/g, '\\$&')}"`;
  return q.trim() ? `(${q.trim()}) AND ${term}` : term;
}

function hit(x) {
  const title = x.title || x.id;
  const head = x.kind === 'entity' ? link('entity/' + seg(x.id), title)
    : x.kind === 'event' ? (x.story ? link('story/' + seg(x.story), title) : h('span', {}, title))
    : link('article/' + seg(x.id), title);
  const meta = [h('span', { class: 'tag' }, x.kind)];
  if (x.published) meta.push(String(x.published).slice(0, 10));
  if (x.outlets?.length) meta.push(x.outlets.join(', '));
  if ((x.articles?.length ?? 0) > 1) meta.push(h('span', { class: 'tag warn' }, `${x.articles.length} copies`));
  return h('li', {}, h('div', { class: 'hit-title' }, head),
    h('div', { class: 'meta' }, meta.flatMap((m, i) => (i ? [' · ', m] : [m]))),
    x.snippet ? h('div', {}, snippet(x.snippet)) : null,
    x.story && x.kind === 'article' ? h('div', { class: 'meta' }, 'Story: ', link('story/' + seg(x.story), 'open the story')) : null);
}

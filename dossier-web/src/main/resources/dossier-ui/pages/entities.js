// Entities: people, organisations and places, most mentioned first; a search by name or alias and
// a type filter; one page of the API at a time.
import { api, seg } from '../js/api.js';
import { h, link, heading, section, errorBox, empty, num, table, pager, hashPath } from '../js/dom.js';

export const title = 'Entities';

const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'NATIONALITY'];
const LIMIT = 25;

export async function render(main, ctx) {
  const q = ctx.query.get('q') ?? '';
  const type = ctx.query.get('type') ?? '';
  const offset = Number(ctx.query.get('offset') ?? 0) || 0;
  const input = h('input', { id: 'ent-q', name: 'q', type: 'search', value: q, placeholder: 'part of a name or alias' });
  const select = h('select', { id: 'ent-type', name: 'type' }, h('option', { value: '' }, 'any type'),
    TYPES.map((t) => h('option', { value: t, selected: t === type.toUpperCase() }, t.toLowerCase())));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Find entities' },
    h('div', { class: 'field' }, h('label', { for: 'ent-q' }, 'Name'), input),
    h('div', { class: 'field' }, h('label', { for: 'ent-type' }, 'Type'), select),
    h('div', { class: 'field actions' }, h('button', { type: 'submit' }, 'Find')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = hashPath('entities', { q: input.value.trim(), type: select.value });
  });
  main.append(heading('Entities', 'People, organisations and places, merged across spellings, most mentioned first.'), form);
  const results = section(q || type ? 'Matching entities' : 'All entities');
  main.append(results);
  let page;
  try {
    page = await api('entities', { q, type, offset, limit: LIMIT }, ctx.signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    results.append(errorBox(e));
    return;
  }
  results.append(h('p', { class: 'meta', role: 'status' }, `${num(page.total)} entit${page.total === 1 ? 'y' : 'ies'}`),
    page.items.length === 0 ? empty('No entity matches.') : table('Entities, most mentioned first', [
      { label: 'Name', cell: (e) => link('entity/' + seg(e.id), e.name) },
      { label: 'Type', cell: (e) => h('span', { class: 'tag' }, (e.type ?? '').toLowerCase()) },
      { label: 'Also written', cell: (e) => (e.aliases ?? []).join(', ') || '—' },
      { label: 'Mentions', class: 'num', cell: (e) => num(e.mentions) },
      { label: 'Articles', class: 'num', cell: (e) => num(e.article_count) },
    ], page.items),
    pager(page, (o) => (location.hash = hashPath('entities', { q, type, offset: o }))) ?? '');
}

// Stories: a page of /api/stories at a time, in the order asked for.
import { api, seg } from '../js/api.js';
import { h, put, link, heading, section, empty, date, plural, pager, hashPath } from '../js/dom.js';

export const title = 'Stories';

const SORTS = [['latest', 'Latest first'], ['largest', 'Largest first'], ['id', 'By id']];

export async function render(main, ctx) {
  const sort = SORTS.some(([v]) => v === ctx.query.get('sort')) ? ctx.query.get('sort') : 'latest';
  const offset = Math.max(0, parseInt(ctx.query.get('offset') ?? '0', 10) || 0);
  const page = await api('stories', { sort, offset, limit: 20 }, ctx.signal);
  const select = h('select', { id: 'sort', onchange: (e) => (location.hash = hashPath('stories', { sort: e.target.value })) },
    SORTS.map(([v, t]) => h('option', { value: v, selected: v === sort }, t)));
  put(main, heading('Stories', `${plural(page.total, 'story', 'stories')}: articles about one news event`),
    h('div', { class: 'inline' }, h('label', { for: 'sort' }, 'Order'), select));
  const card = section('All stories');
  put(card, page.items.length === 0 ? empty('No stories yet.') : h('ol', { class: 'list', start: offset + 1 }, page.items.map((s) =>
    h('li', {}, link('story/' + seg(s.id), s.label || s.id),
      h('div', { class: 'meta' }, `${plural(s.articles?.length ?? 0, 'article')} · ${date(s.span)}`),
      s.summary ? h('p', { class: 'clip' }, s.summary) : null))));
  put(card, pager(page, (o) => (location.hash = hashPath('stories', { sort, offset: o }))));
  put(main, card);
}

// A story: cited summary, key entities, articles grouped by duplicate group (which outlet copied
// which original, and what each copy changed), events and figures. Calls: the story, one page
// (≤ 100) each of its articles, timeline and figures, and one per duplicate group on that page.
import { api, seg } from '../js/api.js';
import { h, put, link, heading, section, errorBox, empty, num, date, plural, pager, hashPath, table } from '../js/dom.js';
import { changeSummary, changeList } from '../js/changes.js';
import { actorsOf, actorTag } from '../js/actors.js';

export const title = 'Story';
const PAGE = 100;

export async function render(main, ctx) {
  const id = ctx.params.id;
  const s = ctx.signal;
  const offset = Math.max(0, parseInt(ctx.query.get('offset') ?? '0', 10) || 0);
  const story = await api('stories/' + seg(id), {}, s);
  ctx.setTitle(story.label || 'Story');
  const [articles, timeline, figures] = await Promise.allSettled([
    api('articles', { story: id, offset, limit: PAGE }, s),
    api('timeline', { story: id, limit: PAGE }, s),
    api('figures', { story: id, limit: PAGE }, s),
  ]);
  const byId = new Map((articles.value?.items ?? []).map((a) => [a.id, a]));
  const outlets = new Set([...byId.values()].map((a) => a.outlet).filter(Boolean));
  put(main, heading(story.label || story.id,
    `${date(story.span)} · ${plural(story.articles?.length ?? 0, 'article')} · ${plural(outlets.size, 'outlet')}`));
  put(main, summary(story, byId));

  const arts = section('Articles and their copies');
  put(main, arts);
  if (articles.status === 'rejected') put(arts, errorBox(articles.reason));
  else await articleGroups(arts, articles.value, s, (o) => (location.hash = hashPath('story/' + seg(id), { offset: o })));

  const grid = h('div', { class: 'grid wide-two' }, events(timeline, byId), figureCard(figures, byId));
  put(main, grid);
}

/** The summary, each sentence followed by a link to the article it comes from. */
function summary(story, byId) {
  const card = section('Summary');
  const text = story.summary ?? '';
  const cites = story.citations ?? [];
  if (!text) {
    put(card, empty('No summary.'));
    return card;
  }
  // The summary is its cited sentences joined by one space; split it back by their lengths.
  const parts = [];
  let pos = 0;
  for (const c of cites) {
    const len = c.end - c.start;
    parts.push({ text: text.slice(pos, pos + len), cite: c });
    pos += len + 1;
  }
  const fits = cites.length > 0 && pos - 1 === text.length;
  const p = h('p', { class: 'summary' });
  if (fits) {
    parts.forEach((x, i) => {
      const a = byId.get(x.cite.article);
      put(p, x.text, ' ', h('sup', {}, link(evidencePath(x.cite), `[${i + 1}]`,
        { 'aria-label': `source ${i + 1}: ${a?.outlet ?? 'article'}${a?.title ? ', ' + a.title : ''}` })), ' ');
    });
    put(card, p);
  } else {
    put(p, text);
    put(card, p, cites.length ? h('ol', { class: 'sources' }, cites.map((c) =>
      h('li', {}, link(evidencePath(c), byId.get(c.article)?.title ?? c.article)))) : null);
  }
  const names = Object.entries(story.entity_names ?? {});
  if (names.length) {
    put(card, h('h3', {}, 'Key entities'), h('ul', { class: 'chips' }, (story.entities ?? []).filter((e) => story.entity_names[e])
      .map((e) => h('li', {}, link('entity/' + seg(e), story.entity_names[e].name), ' ',
        h('span', { class: 'meta' }, story.entity_names[e].type?.toLowerCase() ?? '')))));
  }
  return card;
}

/** article/ID?at=START-END (the article page marks and scrolls to the passage). */
export function evidencePath(src) {
  const at = src.context && src.context !== 'body' ? {} : { at: `${src.start}-${src.end}` };
  return hashPath('article/' + seg(src.article), at).slice(2);
}

async function articleGroups(card, page, signal, go) {
  const items = page.items ?? [];
  if (items.length === 0) {
    put(card, empty('No articles.'));
    return;
  }
  const groupIds = [...new Set(items.map((a) => a.group).filter(Boolean))];
  const groups = await Promise.allSettled(groupIds.map((g) => api('duplicates/' + seg(g), {}, signal)));
  const byGroup = new Map();
  groups.forEach((g, i) => byGroup.set(groupIds[i], g));
  const shown = new Set();
  const list = h('ul', { class: 'list groups' });
  for (const a of items) {
    if (shown.has(a.id)) continue;
    const g = a.group ? byGroup.get(a.group) : null;
    if (!g) {
      shown.add(a.id);
      put(list, h('li', {}, articleLine(a)));
      continue;
    }
    if (g.status === 'rejected') {
      shown.add(a.id);
      put(list, h('li', {}, articleLine(a), errorBox(g.reason)));
      continue;
    }
    const group = g.value;
    const members = group.members.map((m) => items.find((x) => x.id === m)).filter(Boolean);
    members.forEach((m) => shown.add(m.id));
    put(list, h('li', {}, groupBox(group, members)));
  }
  put(card, list, pager(page, go));
}

function articleLine(a, extra) {
  return h('div', { class: 'article-line' }, link('article/' + seg(a.id), a.title || a.id),
    h('div', { class: 'meta' }, [a.outlet ?? 'unknown outlet', a.credit ? `credit ${a.credit}` : null, date(a.published)]
      .filter(Boolean).join(' · '), extra ?? null));
}

/** One duplicate group: the original (canonical copy) and, for each copy, who copied and what changed. */
function groupBox(group, members) {
  const original = members.find((m) => m.id === group.canonical);
  const copies = members.filter((m) => m.id !== group.canonical);
  const relation = new Map((group.relations ?? []).map((r) => [r.article, r]));
  const changes = new Map((group.changes ?? []).map((c) => [c.article, c]));
  const box = h('div', { class: 'dup-group', role: 'group', 'aria-label': `Duplicate group of ${members.length} articles` },
    h('p', { class: 'meta' }, h('span', { class: 'tag' }, `${group.members.length} versions`),
      ' Original: ', original ? h('strong', {}, original.outlet ?? 'unknown outlet') : 'not on this page'));
  if (original) put(box, articleLine(original, h('span', { class: 'tag' }, 'original')));
  const ul = h('ul', { class: 'copies' });
  for (const c of copies) {
    const r = relation.get(c.id);
    const ch = changes.get(c.id);
    const who = `${c.outlet ?? 'An outlet'} copied ${original?.outlet ? original.outlet + "'s" : 'the'} ${original?.credit ?? c.credit ?? ''} story`.replace(/\s+/g, ' ');
    put(ul, h('li', {},
      articleLine(c, h('span', {}, ' · ', h('span', { class: 'tag' }, r?.relation ?? 'copy'),
        r?.similarity !== undefined ? ` ${Math.round(r.similarity * 100)} % alike` : '')),
      h('p', { class: 'syndication' }, who, ': ', changeSummary(ch), ' ',
        link(hashPath('article/' + seg(c.id), { show: 'diff' }).slice(2), 'Compare with the original')),
      ch ? h('details', {}, h('summary', {}, 'What this copy changed'), changeList(ch)) : null));
  }
  put(box, ul);
  return box;
}

function events(result, byId) {
  const card = section('Events');
  if (result.status === 'rejected') return put(card, errorBox(result.reason)), card;
  const page = result.value;
  const names = page.entity_names ?? {};
  const name = (e) => (e && names[e] ? link('entity/' + seg(e), names[e].name) : null);
  if (page.items.length === 0) return put(card, empty('No events found in these articles.')), card;
  put(card, table('Events of the story, in the order they happened', [
    { label: 'When', cell: (e) => [date(e.date), e.background ? h('div', { class: 'tag warn' }, 'background') : null] },
    { label: 'What', cell: (e) => [h('strong', {}, e.type), e.status && e.status !== 'happened' ? ` (${e.status})` : ''] },
    { label: 'Who, where', cell: (e) => join([...(e.participants ?? []).map(name),
      ...actorsOf(e).map((r) => actorTag(r, names)), e.location ? ['in ', name(e.location)] : null]) },
    { label: 'Sources', cell: (e) => sourceLinks(e.sources, byId) },
  ], page.items));
  if (page.total > page.items.length) put(card, h('p', { class: 'meta' }, `First ${page.items.length} of ${num(page.total)}.`));
  return card;
}

function figureCard(result, byId) {
  const card = section('Figures');
  if (result.status === 'rejected') return put(card, errorBox(result.reason)), card;
  const page = result.value;
  const names = page.entity_names ?? {};
  if (page.items.length === 0) return put(card, empty('No figures in these articles.')), card;
  put(card, table('Figures reported in the story', [
    { label: 'Figure', class: 'num', cell: (f) => [f.qualifier ? h('span', { class: 'meta' }, f.qualifier + ' ') : null, num(f.value)] },
    { label: 'Kind', cell: (f) => (f.kind ?? '').toLowerCase() },
    { label: 'Claimed by', cell: (f) => (f.claimant && names[f.claimant] ? link('entity/' + seg(f.claimant), names[f.claimant].name) : h('span', { class: 'meta' }, 'not said')) },
    { label: 'Sources', cell: (f) => sourceLinks(f.sources, byId) },
  ], page.items));
  if (page.total > page.items.length) put(card, h('p', { class: 'meta' }, `First ${page.items.length} of ${num(page.total)}.`));
  return card;
}

function sourceLinks(all, byId) {
  // one link per article: the first passage it gives
  const seen = new Set();
  const sources = (all ?? []).filter((src) => !seen.has(src.article) && seen.add(src.article));
  return join(sources.slice(0, 6).map((src, i) => {
    const a = byId.get(src.article);
    return link(evidencePath(src), a?.outlet ? `${a.outlet}` : `source ${i + 1}`,
      { title: a?.title ?? src.article, 'aria-label': `source ${i + 1}: ${a?.outlet ?? ''} ${a?.title ?? src.article}` });
  }).concat(sources.length > 6 ? [h('span', { class: 'meta' }, `+${sources.length - 6}`)] : []));
}

function join(nodes) {
  return nodes.filter(Boolean).flatMap((n, i) => (i ? [', ', n] : [n]));
}

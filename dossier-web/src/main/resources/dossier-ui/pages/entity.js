// Entity: name, type, aliases, mentions per month (chart and table), its events in the order they
// happened (each opening its evidence), the stories it is key to, and a network of the entities
// mentioned in the same articles: a click on a node (or a link in the table) opens that entity.
import { api, seg } from '../js/api.js';
import { h, link, heading, section, errorBox, empty, num, date, table, pager, hashPath, lazyDetails } from '../js/dom.js';
import { chart, echarts } from '../js/charts.js';
import { statusTag, nameOf, entityLinks, eventPanel, sourcesLabel } from './timeline-parts.js';

export const title = 'Entity';

// colours per entity type (Okabe–Ito), repeated in words in the table
const TYPE_COLORS = { PERSON: '#CC79A7', ORGANIZATION: '#0072B2', LOCATION: '#009E73', NATIONALITY: '#E69F00' };
const typeColor = (t) => TYPE_COLORS[(t ?? '').toUpperCase()] ?? '#666666';

export async function render(main, ctx) {
  echarts(); // the chart library loads while the API answers
  const id = ctx.params.id;
  const s = ctx.signal;
  // asked together with the entity, not after it: one round trip for the whole page
  const pre = {
    months: api(`entities/${seg(id)}/months`, {}, s),
    events: api('timeline', { entity: id, offset: 0, limit: 10 }, s),
    stories: api('stories', { entity: id, offset: 0, limit: 5 }, s),
  };
  Object.values(pre).forEach((p) => p.catch(() => {})); // reported where used; an unknown entity is the page's error
  const e = await api('entities/' + seg(id), {}, s); // a 404 is the page's error
  ctx.setTitle(e.name);
  main.append(heading(e.name, `${(e.type ?? 'entity').toLowerCase()} · ${num(e.mentions)} mentions in ${num(e.article_count)} articles`),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, 'Type'), h('dd', {}, (e.type ?? '—').toLowerCase())),
      h('div', {}, h('dt', {}, 'Also written'), h('dd', {}, (e.aliases ?? []).length ? e.aliases.join(', ') : '—')),
      h('div', {}, h('dt', {}, 'Find'), h('dd', {},
        link('timeline?' + new URLSearchParams({ entity: id }), 'its events on the timeline'), ' · ',
        link('search?' + new URLSearchParams({ q: `"${e.name}"` }), 'articles naming it')))));

  const mentions = section('Mentions over time');
  const network = section(`Who appears with ${e.name}`);
  const events = section('Events');
  const stories = section('Stories it is key to');
  main.append(network, mentions, events, stories);
  await Promise.all([
    drawMentions(mentions, e, ctx, pre.months),
    drawNetwork(network, e, ctx),
    listEvents(events, id, ctx, pre.events),
    listStories(stories, id, ctx, pre.stories),
  ]);
}

async function drawMentions(card, e, ctx, asked) {
  let m;
  try {
    m = await asked;
  } catch (err) {
    if (err.name !== 'AbortError') card.append(errorBox(err));
    return;
  }
  const undated = (m.undated ?? []).reduce((n, x) => n + x.count, 0);
  if (m.months.length === 0) {
    card.append(empty(undated ? `${num(undated)} mentions, all in articles without a close date.` : 'No mentions.'));
    return;
  }
  const months = fillMonths(m.months);
  await chart(card, ctx, `Bar chart of mentions of ${e.name} per month of publication, ${months[0].month} to ${months[months.length - 1].month}`, {
    grid: { left: 40, right: 16, top: 16, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((x) => x.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: 'mentions', data: months.map((x) => x.count), itemStyle: { color: typeColor(e.type) } }],
  }, { height: 220 });
  card.append(undated ? h('p', { class: 'meta' }, `Not shown: ${num(undated)} mentions in articles dated no closer than a month.`) : null,
    lazyDetails('The numbers', () => table(`Mentions of ${e.name} per month`, [
      { label: 'Month', cell: (x) => x.month },
      { label: 'Mentions', class: 'num', cell: (x) => num(x.count) },
      { label: 'Articles', class: 'num', cell: (x) => num(x.articles) },
    ], m.months)));
}

/** The months from the first to the last, the empty ones with 0, so gaps show as gaps. */
function fillMonths(rows) {
  const by = new Map(rows.map((r) => [r.month, r]));
  const out = [];
  let [y, mo] = rows[0].month.split('-').map(Number);
  const last = rows[rows.length - 1].month;
  for (let i = 0; i < 1200; i++) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    out.push(by.get(key) ?? { month: key, count: 0, articles: 0 });
    if (key === last) break;
    mo++;
    if (mo > 12) { mo = 1; y++; }
  }
  return out;
}

async function drawNetwork(card, e, ctx) {
  const others = e.cooccurring ?? [];
  if (others.length === 0) {
    card.append(empty('No other entity is mentioned in the same articles.'));
    return;
  }
  // the entity in the middle, the others around it: closer and larger with more shared articles
  const most = Math.max(...others.map((o) => o.articles));
  const nodes = [{ id: e.id, name: e.name, type: e.type, x: 0, y: 0, symbolSize: 34, fixed: true,
    itemStyle: { color: typeColor(e.type), borderColor: '#111', borderWidth: 2 }, label: { show: true, fontWeight: 'bold' } }];
  // one ring, strongest first from the top; labels point outwards so neighbours do not cover them
  others.forEach((o, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const side = Math.abs(cos) > 0.15 ? (cos > 0 ? 'right' : 'left') : (sin > 0 ? 'bottom' : 'top');
    nodes.push({ id: o.id, name: o.name, type: o.type, articles: o.articles, x: 140 * cos, y: 140 * sin,
      symbolSize: 10 + 18 * Math.sqrt(o.articles / most), itemStyle: { color: typeColor(o.type) },
      label: { position: side }, cursor: 'pointer' });
  });
  const types = [...new Set(nodes.map((n) => (n.type ?? 'OTHER').toUpperCase()))];
  const c = await chart(card, ctx, `Network of the ${others.length} entities mentioned most often in the same articles as ${e.name};`
    + ' the table below lists them with links', {
    tooltip: { formatter: (p) => (p.dataType === 'edge' ? `${num(p.data.value)} shared articles`
      : `${esc(p.data.name)} · ${esc((p.data.type ?? '').toLowerCase())}${p.data.articles ? ` · ${num(p.data.articles)} shared articles` : ''}`) },
    legend: { bottom: 0, itemGap: 18, data: types.map((t) => t.toLowerCase()), selectedMode: false },
    series: [{
      type: 'graph', layout: 'none', roam: true, draggable: false, top: 30, bottom: 56, // no left/right: the ring keeps its shape
      categories: types.map((t) => ({ name: t.toLowerCase(), itemStyle: { color: typeColor(t) } })),
      data: nodes.map((n) => ({ ...n, category: types.indexOf((n.type ?? 'OTHER').toUpperCase()) })),
      links: others.map((o) => ({ source: e.id, target: o.id, value: o.articles,
        lineStyle: { width: 1 + 4 * (o.articles / most), opacity: 0.5, color: '#8a94a6' } })),
      label: { show: true, position: 'right', fontSize: 11, formatter: (p) => p.data.name },
      emphasis: { focus: 'adjacency' },
      lineStyle: { curveness: 0 },
    }],
  }, { height: 360 });
  c.on('click', (p) => {
    if (p.dataType === 'node' && p.data.id !== e.id) location.hash = '#/entity/' + seg(p.data.id);
  });
  card.append(h('details', {}, h('summary', {}, `The ${others.length} entities in the network, with links`),
    table(`Entities mentioned in the same articles as ${e.name}`, [
      { label: 'Entity', cell: (o) => link('entity/' + seg(o.id), o.name, { class: 'network-link' }) },
      { label: 'Type', cell: (o) => (o.type ?? '').toLowerCase() },
      { label: 'Shared articles', class: 'num', cell: (o) => num(o.articles) },
    ], others)));
}

async function listEvents(card, id, ctx, asked) {
  const slot = h('div');
  const panelSlot = h('div');
  card.append(slot, panelSlot, h('p', {}, link('timeline?' + new URLSearchParams({ entity: id }), 'See them on the timeline')));
  const open = (entry, names) => {
    const panel = eventPanel(entry, names, ctx, { onClose: () => panelSlot.replaceChildren() });
    panelSlot.replaceChildren(panel);
    panel.querySelector('h2').focus();
  };
  let first = asked; // the first page, asked with the entity
  const show = async (offset) => {
    try {
      const page = await (offset === 0 && first ? first : api('timeline', { entity: id, offset, limit: 10 }, ctx.signal));
      first = null;
      const names = page.entity_names ?? {};
      slot.replaceChildren(page.total === 0 ? empty('No events name it.') : table('Its events, in the order they happened', [
        { label: 'When', cell: (x) => [date(x.date), x.background ? h('span', { class: 'tag' }, 'background') : null] },
        { label: 'Type', cell: (x) => x.type ?? '—' },
        { label: 'Status', cell: (x) => statusTag(x.status) },
        // an event naming it only through a generic actor ("Turkish police") says so
        { label: 'Role', cell: (x) => (x.entity_role === 'affiliation'
          ? h('span', { class: 'tag', title: 'named only as the affiliation of a generic actor' }, `affiliation: ${x.affiliated_as}`)
          : x.location === id ? 'place' : 'participant') },
        { label: 'With', cell: (x) => entityLinks(names, x.participants.filter((p) => p !== id)) },
        { label: 'Place', cell: (x) => (x.location && x.location !== id ? link('entity/' + seg(x.location), nameOf(names, x.location)) : '—') },
        { label: 'Evidence', cell: (x) => h('button', { type: 'button', class: 'evidence-button', dataset: { event: x.event },
          'aria-label': `Evidence of ${x.type ?? 'the event'} on ${date(x.date)}`, onclick: () => open(x, names) },
        sourcesLabel(x)) },
      ], page.items), pager(page, show) ?? '');
    } catch (err) {
      if (err.name !== 'AbortError') slot.replaceChildren(errorBox(err));
    }
  };
  await show(0);
}

async function listStories(card, id, ctx, asked) {
  const slot = h('div');
  card.append(slot);
  let first = asked; // the first page, asked with the entity
  const show = async (offset) => {
    try {
      const page = await (offset === 0 && first ? first : api('stories', { entity: id, offset, limit: 5 }, ctx.signal));
      first = null;
      slot.replaceChildren(page.total === 0 ? empty('It is key to no story.') : h('ol', { class: 'list' }, page.items.map((st) =>
        h('li', {}, link('story/' + seg(st.id), st.label || st.id),
          h('div', { class: 'meta' }, `${num(st.articles?.length ?? 0)} articles · ${date(st.span)}`)))),
      pager(page, show) ?? '');
    } catch (err) {
      if (err.name !== 'AbortError') slot.replaceChildren(errorBox(err));
    }
  };
  await show(0);
}

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

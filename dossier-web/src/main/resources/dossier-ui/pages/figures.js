// Figures: claims by kind over time (stacked bars of claims per month, or the largest figure
// claimed), the disputes side by side with their claimants and the sentences and articles they
// come from, and every claim page by page. Counts come from one aggregate (/api/figures/months),
// disputes and claims one page of the API at a time.
import { api, seg } from '../js/api.js';
import { h, link, heading, section, errorBox, empty, num, date, table, pager, hashPath, lazyDetails } from '../js/dom.js';
import { chart, echarts } from '../js/charts.js';
import { articlePath } from './timeline-parts.js';

export const title = 'Figures';

// Okabe–Ito colours by kind; the table and legend carry the kind's name as well
const KIND_COLORS = { KILLED: '#D55E00', WOUNDED: '#E69F00', DISPLACED: '#0072B2', DETAINED: '#CC79A7',
  MISSING: '#56B4E9', DEPLOYED: '#009E73', POPULATION: '#999999', OTHER: '#444444' };
const kindColor = (k) => KIND_COLORS[k] ?? '#777777';
const lower = (s) => (s ?? '').toLowerCase();

export async function render(main, ctx) {
  echarts(); // the chart library loads while the API answers
  const kind = (ctx.query.get('kind') ?? '').toUpperCase();
  main.append(heading('Figures', 'Counts in the reports (killed, wounded, displaced, …), who claims them, and where claims disagree.'));
  // the first page of disputes and of claims asked with the counts, not after them: one round trip
  const pre = {
    disputes: api('disputes', { kind, offset: 0, limit: 5 }, ctx.signal),
    claims: api('figures', { kind, offset: 0, limit: 20 }, ctx.signal),
  };
  Object.values(pre).forEach((p) => p.catch(() => {})); // reported in their sections
  let months;
  try {
    months = await api('figures/months', { kind }, ctx.signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    main.append(errorBox(e));
    months = { months: [], undated: [] };
  }
  const kinds = [...new Set([...months.months, ...months.undated].map((r) => r.kind))].sort();
  main.append(kindForm(kind, kinds));
  const over = section('Claims by kind over time');
  const disputes = section('Disputes: claims that cannot all be true');
  const claims = section(kind ? `Every ${lower(kind)} claim` : 'Every claim');
  main.append(over, disputes, claims);
  await Promise.all([drawKinds(over, months, ctx), listDisputes(disputes, kind, ctx, pre.disputes), listClaims(claims, kind, ctx, pre.claims)]);
}

function kindForm(kind, kinds) {
  const select = h('select', { id: 'fig-kind', name: 'kind' }, h('option', { value: '' }, 'every kind'),
    [...new Set([...kinds, ...(kind ? [kind] : [])])].map((k) => h('option', { value: k, selected: k === kind }, lower(k))));
  const form = h('form', { class: 'filters', 'aria-label': 'Filter the figures' },
    h('div', { class: 'field' }, h('label', { for: 'fig-kind' }, 'Kind'), select),
    h('div', { class: 'field actions' }, h('button', { type: 'submit' }, 'Show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = hashPath('figures', { kind: select.value });
  });
  return form;
}

async function drawKinds(card, data, ctx) {
  const rows = data.months;
  if (rows.length === 0) {
    card.append(empty('No dated figures.'));
    return;
  }
  const months = monthRange(rows[0].month, rows[rows.length - 1].month);
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  const cell = new Map(rows.map((r) => [`${r.month}|${r.kind}`, r]));
  const series = (measure) => kinds.map((k) => ({
    type: measure === 'count' ? 'bar' : 'line', name: lower(k), stack: measure === 'count' ? 'claims' : undefined,
    connectNulls: false, symbolSize: 8, itemStyle: { color: kindColor(k) }, lineStyle: { color: kindColor(k) },
    data: months.map((m) => cell.get(`${m}|${k}`)?.[measure] ?? (measure === 'count' ? 0 : null)),
  }));
  const option = (measure) => ({
    grid: { left: 56, right: 16, top: 40, bottom: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1, name: measure === 'count' ? 'claims' : 'largest figure', nameTextStyle: { fontSize: 11 } },
    series: series(measure),
  });
  const label = (measure) => `${measure === 'count' ? 'Stacked bar chart of claims' : 'Line chart of the largest figure claimed'}`
    + ` per month by kind (${kinds.map(lower).join(', ')}), ${months[0]} to ${months[months.length - 1]}`;
  const choice = h('fieldset', { class: 'choice' }, h('legend', {}, 'Show'),
    radio('fig-measure', 'count', 'number of claims', true), radio('fig-measure', 'max', 'largest figure claimed', false));
  card.append(choice);
  const c = await chart(card, ctx, label('count'), option('count'), { height: 280 });
  choice.addEventListener('change', (e) => {
    const m = e.target.value;
    c.setOption(option(m), { replaceMerge: ['series'] });
    c.getDom().setAttribute('aria-label', label(m));
  });
  const undated = data.undated.reduce((n, r) => n + r.count, 0);
  card.append(undated ? h('p', { class: 'meta' }, `Not shown: ${num(undated)} figures with no date and no dated report.`) : null,
    lazyDetails('The numbers', () => table('Claims per month and kind', [
      { label: 'Month', cell: (r) => r.month ?? 'undated' },
      { label: 'Kind', cell: (r) => lower(r.kind) },
      { label: 'Claims', class: 'num', cell: (r) => num(r.count) },
      { label: 'Reports', class: 'num', cell: (r) => num(r.articles) },
      { label: 'Largest figure', class: 'num', cell: (r) => num(r.max) },
    ], [...rows, ...data.undated])));
}

function radio(name, value, text, checked) {
  const id = `${name}-${value}`;
  return h('span', { class: 'radio' }, h('input', { type: 'radio', id, name, value, checked }), h('label', { for: id }, text));
}

function monthRange(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  for (let i = 0; i < 1200; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

const plural = (n, word) => `${num(n)} ${word}${n === 1 ? '' : 's'}`;

/** "about 12,000" or "10,800–13,200". */
function value(f) {
  return [f.qualifier, num(f.value)].filter(Boolean).join(' ');
}

function claimant(f, names) {
  if (f.claimant) {
    return [link('entity/' + seg(f.claimant), names?.[f.claimant]?.name ?? f.claimant),
      f.claimant_text && f.claimant_text !== names?.[f.claimant]?.name ? h('span', { class: 'meta' }, ` (“${f.claimant_text}”)`) : null];
  }
  return f.claimant_text ? `“${f.claimant_text}”` : h('span', { class: 'meta' }, 'stated as fact, no claimant');
}

function articleLinks(sources, articles, max = 4) {
  const first = new Map();
  for (const s of sources ?? []) if (!first.has(s.article)) first.set(s.article, s);
  const ids = [...first.keys()];
  const shown = ids.slice(0, max).map((id) => {
    const a = articles?.[id];
    return h('li', {}, link(articlePath(id, first.get(id)), a?.title || 'Untitled article'),
      h('span', { class: 'meta' }, ` · ${a?.outlet ?? 'unknown outlet'} · ${date(a?.published)}`));
  });
  return h('ul', { class: 'sources' }, shown, ids.length > max ? h('li', { class: 'meta' }, `and ${plural(ids.length - max, 'more report')}`) : null);
}

async function listDisputes(card, kind, ctx, asked) {
  const slot = h('div');
  card.append(h('p', { class: 'meta' }, 'Figures about the same thing (same kind, counted group and side, overlapping time)'
    + ' whose values cannot all be true, set side by side.'), slot);
  let first = asked; // the first page, asked with the counts
  const show = async (offset) => {
    try {
      const page = await (offset === 0 && first ? first : api('disputes', { kind, offset, limit: 5 }, ctx.signal));
      first = null;
      slot.replaceChildren(page.total === 0 ? empty('No disputes: no two claims about the same thing disagree.') : '',
        ...page.items.map((d) => dispute(d, page)), pager(page, show) ?? '');
    } catch (e) {
      if (e.name !== 'AbortError') slot.replaceChildren(errorBox(e));
    }
  };
  await show(0);
}

let disputeIds = 0;
function dispute(d, page) {
  const names = page.entity_names ?? {};
  const id = `dispute-${++disputeIds}`;
  const about = [lower(d.kind), d.counted_group, d.side ? `of ${names[d.side]?.name ?? d.side}` : null].filter(Boolean).join(' · ');
  return h('article', { class: 'dispute', 'aria-labelledby': id, dataset: { dispute: d.id } },
    h('h3', { id }, `${about} · ${date(d.period)}`),
    h('ul', { class: 'claims', 'aria-label': 'The claims in dispute' }, d.figures.map((f) => h('li', { class: 'claim', style: `border-top-color:${kindColor(f.kind)}` },
      h('p', { class: 'value' }, value(f), f.counted ? h('span', { class: 'counted' }, ' ' + f.counted) : null),
      f.low !== null && f.low !== undefined && f.high !== null && f.high !== undefined && f.low !== f.high
        ? h('p', { class: 'meta' }, `the words allow ${num(f.low)}–${num(f.high)}`) : null,
      h('p', {}, h('span', { class: 'label' }, 'Claimed by '), claimant(f, names)),
      f.sentences?.length ? h('blockquote', {}, f.sentences[0]) : null,
      h('p', { class: 'meta' }, plural(new Set(f.sources.map((s) => s.article)).size, 'report')
        + (f.independent_sources ? `, ${num(f.independent_sources)} independent` : '')),
      articleLinks(f.sources, page.articles)))));
}

async function listClaims(card, kind, ctx, asked) {
  const slot = h('div');
  card.append(slot);
  let first = asked; // the first page, asked with the counts
  const show = async (offset) => {
    try {
      const page = await (offset === 0 && first ? first : api('figures', { kind, offset, limit: 20 }, ctx.signal));
      first = null;
      const names = page.entity_names ?? {};
      slot.replaceChildren(page.total === 0 ? empty('No figures.') : table('Figures, one row per claim', [
        { label: 'Figure', class: 'num', cell: (f) => value(f) },
        { label: 'Kind', cell: (f) => lower(f.kind) },
        { label: 'Claimed by', cell: (f) => claimant(f, names) },
        { label: 'When', cell: (f) => date(f.date) },
        { label: 'Reported in', cell: (f) => articleLinks(f.sources, page.articles, 2) },
      ], page.items), pager(page, show) ?? '');
    } catch (e) {
      if (e.name !== 'AbortError') slot.replaceChildren(errorBox(e));
    }
  };
  await show(0);
}

// Overview: what the dossier holds, top entities, latest and largest stories, activity by month.
// Four requests: /api/info (counts, copies, articles per month: computed once per snapshot) and
// one small page each of entities and stories, so the page costs about the same on 100 articles
// and on 100,000.
import { api } from '../js/api.js';
import { h, put, link, heading, section, errorBox, empty, num, date, table, plural } from '../js/dom.js';
import { chart, echarts } from '../js/charts.js';

export const title = 'Overview';

export async function render(main, ctx) {
  echarts(); // the chart library loads while the API answers
  const s = ctx.signal;
  const [info, entities, latest, largest] = await Promise.allSettled([
    api('info', {}, s),
    api('entities', { limit: 10 }, s),
    api('stories', { sort: 'latest', limit: 5 }, s),
    api('stories', { sort: 'largest', limit: 5 }, s),
  ]);
  if (info.status === 'rejected') throw info.reason; // nothing to show without it
  const i = info.value;
  const c = i.counts ?? {};
  const span = i.published ?? {};
  put(main, 
    heading('Overview', `Snapshot ${i.snapshot ?? '?'}`),
    h('dl', { class: 'stats', 'aria-label': 'What the dossier holds' },
      stat('Articles', num(c.articles)),
      stat('Copies', num(i.copies),
        'articles that repeat another one (duplicate groups)'),
      stat('Duplicate groups', num(c.duplicates)),
      stat('Stories', num(c.stories)),
      stat('Entities', num(c.entities)),
      stat('Events', num(c.events)),
      stat('Figures', num(c.figures)),
      stat('Span', span.earliest ? `${date(span.earliest)} – ${date(span.latest)}` : '—', null, 'small', 'wide')));

  const activity = section('Activity: articles per month');
  const grid = h('div', { class: 'grid two' });
  const entityCard = section('Top entities');
  const outletCard = section('Outlets');
  put(grid, entityCard, outletCard);
  const stories = h('div', { class: 'grid two' },
    storyList('Latest stories', latest, 'latest report'),
    storyList('Largest stories', largest, 'articles'));
  put(main, activity, stories, grid);

  if (entities.status === 'fulfilled') {
    const items = entities.value.items ?? [];
    put(entityCard, items.length === 0 ? empty('No entities yet.') : h('ol', { class: 'list' }, items.map((e) =>
      h('li', {}, link('entity/' + encodeURIComponent(e.id), e.name), ' ', h('span', { class: 'tag' }, e.type ?? ''),
        h('span', { class: 'meta' }, ` ${num(e.mentions)} mentions in ${num(e.article_count)} articles`)))));
    put(entityCard, h('p', {}, link('entities', 'All entities')));
  } else {
    put(entityCard, errorBox(entities.reason));
  }

  const outlets = Array.isArray(i.outlets) ? i.outlets : Object.entries(i.outlets ?? {}).map(([name, count]) => ({ name, count }));
  put(outletCard, outlets.length === 0 ? empty('No outlets named.') : table('Articles per outlet', [
    { label: 'Outlet', cell: (o) => link('search?' + new URLSearchParams({ q: `outlet:"${o.name ?? o.value ?? o}"` }), String(o.name ?? o.value ?? o)) },
    { label: 'Articles', class: 'num', cell: (o) => num(o.count ?? o.articles) },
  ], outlets.slice(0, 12)));

  const months = (i.articles_by_month ?? []).map((m) => ({ value: m.month, count: m.articles }));
  if (months.length === 0) {
    put(activity, empty('No dated articles.'));
    return;
  }
  const label = `Bar chart of articles per month, ${months[0].value} to ${months[months.length - 1].value}`;
  await chart(activity, ctx, label, {
    grid: { left: 40, right: 16, top: 16, bottom: 40 },
    tooltip: { trigger: 'axis' },
    // a time axis, so that months without articles keep their place
    xAxis: { type: 'time', min: `${months[0].value}-01`, max: monthAfter(months[months.length - 1].value) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: 'articles', barMaxWidth: 48, barMinWidth: 3,
      data: months.map((m) => [`${m.value}-15`, m.count]), itemStyle: { color: '#0b57d0' } }],
  }, { height: 220 });
  put(activity, h('details', {}, h('summary', {}, 'The numbers'),
    table('Articles per month (copies included)', [
      { label: 'Month', cell: (m) => m.value },
      { label: 'Articles', class: 'num', cell: (m) => num(m.count) },
    ], months)));
}

/** "2024-03" → "2024-04-01". */
function monthAfter(ym) {
  const [y, m] = ym.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function stat(label, value, title, cls, wrap) {
  return h('div', { title, class: wrap }, h('dt', {}, label), h('dd', { class: cls }, value));
}

function storyList(title, result, what) {
  const card = section(title);
  if (result.status === 'rejected') {
    put(card, errorBox(result.reason));
    return card;
  }
  const items = result.value.items ?? [];
  put(card, items.length === 0 ? empty('No stories yet.') : h('ol', { class: 'list' }, items.map((st) =>
    h('li', {}, link('story/' + encodeURIComponent(st.id), st.label || st.id),
      h('div', { class: 'meta' }, `${plural(st.articles?.length ?? 0, 'article')} · ${date(st.span)}`)))));
  put(card, h('p', {}, link('stories', 'All stories')));
  return card;
}

// Timeline: events in the order they happened, on a zoomable time axis (points by PLOVER type,
// marked by status) over a bar chart of events per month; background facts and undated events
// apart; filters by type, entity and place; a click on an event (or its button in the table)
// opens its evidence sentences with links to their articles.
// Cost bound: one count per month for the whole span (/api/timeline/months), then at most CAP
// events of the zoomed window; background and undated events page by page.
import { api, seg } from '../js/api.js';
import { h, link, heading, section, errorBox, empty, num, date, table, pager, hashPath, lazyDetails } from '../js/dom.js';
import { chart, echarts } from '../js/charts.js';
import { TYPES, STATUSES, statusKey, statusTag, nameOf, entityLinks, when, eventPanel, entityField, sourcesLabel } from './timeline-parts.js';

export const title = 'Timeline';

const CAP = 100; // events drawn at once (one page of the API); a window holding more is cut and says so
const PAGE = 100; // the API's largest page
const ROWS = 25; // table rows per page
const DAY = 86400000;

export async function render(main, ctx) {
  echarts(); // the chart library loads while the API answers
  const q = ctx.query;
  const base = { type: q.get('type'), entity: q.get('entity'), place: q.get('place'), story: q.get('story') };
  main.append(heading('Timeline', 'Events in the order they happened. Zoom the chart (drag the slider,'
    + ' scroll on it, or use the buttons); pick an event to read the sentences it comes from.'));
  main.append(filterForm(base, ctx));

  const chartCard = section('Events over time');
  const slot = h('div', { id: 'event-slot' });
  const inView = section('Events in view');
  const background = section('Background facts');
  const undated = section('Undated events');
  main.append(chartCard, slot, inView, background, undated);

  const open = (entry, names, evidence) => {
    const panel = eventPanel(entry, names, ctx, { evidence, onClose: () => {
      slot.replaceChildren();
      setEventInUrl(null);
    } });
    slot.replaceChildren(panel);
    setEventInUrl(entry.event ?? entry.id);
    panel.querySelector('h2').focus();
    return panel;
  };

  const apart = [
    pagedList(background, { ...base, background: true }, 'No background facts: no event is reported as long past.', ctx, open),
    pagedList(undated, { ...base, dated: false }, 'Every event has a date.', ctx, open),
  ];
  const wanted = q.get('event');
  // the event and its first evidence page together: one round trip, not two
  const evidence = wanted ? api(`events/${seg(wanted)}/evidence`, { offset: 0, limit: 10 }, ctx.signal) : null;
  evidence?.catch(() => {}); // reported in the panel
  const first = wanted ? api('events/' + seg(wanted), {}, ctx.signal)
    .then((e) => open(e, e.entity_names, evidence).loaded)
    .catch((e) => { if (e.name !== 'AbortError') slot.replaceChildren(errorBox(e)); }) : null;

  let months;
  try {
    months = await api('timeline/months', base, ctx.signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    chartCard.append(errorBox(e));
    await Promise.all(apart);
    return;
  }
  await Promise.all([drawTimeline(chartCard, inView, months, base, ctx, open), ...apart, first]);
}

/** Type, entity and place filters; applying them navigates, so the filtered view has its URL. */
function filterForm(base, ctx) {
  const type = h('select', { id: 'tl-type', name: 'type' },
    h('option', { value: '' }, 'any type'),
    TYPES.map((t) => h('option', { value: t, selected: base.type?.toUpperCase() === t }, t)));
  const entity = entityField('Entity (participant or place)', 'entity', base.entity, ctx);
  const place = entityField('Place', 'place', base.place, ctx, { type: 'LOCATION' });
  const problem = h('p', { class: 'error', role: 'alert', hidden: true });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the timeline' },
    h('div', { class: 'field' }, h('label', { for: 'tl-type' }, 'Type'), type),
    entity, place,
    h('div', { class: 'field actions' },
      h('button', { type: 'submit' }, 'Apply'),
      h('a', { href: '#/timeline', class: 'reset' }, 'Clear filters')),
    base.story ? h('p', { class: 'meta' }, 'Only events reported in ', link('story/' + seg(base.story), 'this story'), '.') : null,
    problem);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    problem.hidden = true;
    try {
      const [e, p] = await Promise.all([entity.resolve(), place.resolve()]);
      location.hash = hashPath('timeline', { type: type.value, entity: e, place: p, story: base.story });
    } catch (err) {
      if (err.name === 'AbortError') return;
      problem.textContent = err.message;
      problem.hidden = false;
    }
  });
  return form;
}

/** Keeps the open event in the address (deep link) without rendering the page again. */
function setEventInUrl(id) {
  const raw = location.hash.replace(/^#\/?/, '');
  const i = raw.indexOf('?');
  const query = new URLSearchParams(i < 0 ? '' : raw.slice(i + 1));
  if (id) query.set('event', id);
  else query.delete('event');
  const s = query.toString();
  history.replaceState(null, '', '#/' + (i < 0 ? raw : raw.slice(0, i)) + (s ? '?' + s : ''));
}

const monthStart = (m) => Date.UTC(+m.slice(0, 4), +m.slice(5, 7) - 1, 1);
const monthEnd = (m) => Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 1) - 1;
const iso = (ts) => new Date(ts).toISOString().slice(0, 10);

async function drawTimeline(card, inView, months, base, ctx, open) {
  const rows = months.months.filter((m) => m.events > 0);
  const totalMain = rows.reduce((s, m) => s + m.events, 0);
  if (rows.length === 0) {
    card.append(empty('No dated events match.'));
    inView.append(empty('No dated events match.'));
    return;
  }
  const min = monthStart(rows[0].month);
  const max = monthEnd(rows[rows.length - 1].month);
  // start on the whole span, or on the latest months that hold at most CAP events
  let from = min;
  if (totalMain > CAP) {
    let n = 0;
    for (let i = rows.length - 1; i >= 0; i--) {
      if (n + rows[i].events > CAP && n > 0) break;
      n += rows[i].events;
      from = monthStart(rows[i].month);
    }
  }
  const state = { loaded: [], names: {}, window: [from, max], loadedWindow: null, complete: false, total: 0, tablePage: 0 };
  const note = h('p', { class: 'meta', 'aria-live': 'polite', id: 'tl-note' });
  const controls = h('div', { class: 'zoom', role: 'group', 'aria-label': 'Zoom the timeline' });
  const tableSlot = h('div', { id: 'tl-table' });
  inView.append(tableSlot);

  await load(state, base, ctx);
  const types = () => [...new Set(state.loaded.map((e) => e.type ?? 'OTHER'))].sort();
  const label = `Timeline chart: ${num(totalMain)} dated events from ${rows[0].month} to ${rows[rows.length - 1].month},`
    + ' as points by type and status above a bar chart of events per month. The table "Events in view" lists the same events.';
  const height = () => Math.max(140, 26 * types().length);
  const c = await chart(card, ctx, label, option(), { height: height() + 190 });
  card.append(note, controls, months.undated ? h('p', { class: 'meta' }, `${num(months.undated)} undated events are listed apart.`) : null,
    lazyDetails('Events per month (the numbers of the bar chart)', () =>
      table('Events per month', [
        { label: 'Month', cell: (m) => m.month },
        { label: 'Events', class: 'num', cell: (m) => num(m.events) },
        { label: 'Background facts', class: 'num', cell: (m) => num(m.background) },
      ], months.months)));
  c.on('click', (p) => {
    const e = p.data?.entry;
    if (e) open(e, state.names);
  });
  let timer = null;
  c.on('datazoom', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const dz = c.getOption().dataZoom[0];
      const span = max - min;
      // percentages of the axis (min..max) are what ECharts keeps current in every zoom mode
      const a = min + (span * dz.start) / 100;
      const b = min + (span * dz.end) / 100;
      state.window = [a, b];
      state.tablePage = 0;
      const [la, lb] = state.loadedWindow;
      if (!(state.complete && a >= la && b <= lb)) {
        try {
          await load(state, base, ctx);
        } catch (e) {
          if (e.name !== 'AbortError') note.replaceChildren(errorBox(e));
          return;
        }
        c.setOption(option(), { replaceMerge: ['series'] });
        c.getDom().style.height = height() + 190 + 'px';
        c.resize();
      }
      update();
    }, 250);
  });
  const zoom = (fn) => () => {
    const dz = c.getOption().dataZoom[0];
    const [s, e] = fn(dz.start, dz.end);
    c.dispatchAction({ type: 'dataZoom', start: Math.max(0, s), end: Math.min(100, e) });
  };
  controls.append(
    h('button', { type: 'button', onclick: zoom((s, e) => [s + (e - s) / 4, e - (e - s) / 4]) }, 'Zoom in'),
    h('button', { type: 'button', onclick: zoom((s, e) => [s - (e - s) / 2, e + (e - s) / 2]) }, 'Zoom out'),
    h('button', { type: 'button', onclick: zoom((s, e) => [Math.max(0, s - (e - s) / 2), Math.max(0, s - (e - s) / 2) + (e - s)]) }, 'Earlier'),
    h('button', { type: 'button', onclick: zoom((s, e) => [Math.min(100, e + (e - s) / 2) - (e - s), Math.min(100, e + (e - s) / 2)]) }, 'Later'),
    h('button', { type: 'button', onclick: zoom(() => [0, 100]) }, 'Whole span'));
  update();

  function visible() {
    const [a, b] = state.window;
    return state.loaded.filter((e) => {
      const t = when(e.date);
      return t !== null && t >= a - DAY && t <= b + DAY;
    });
  }

  function update() {
    const shown = visible();
    const [a, b] = state.window;
    note.textContent = `${iso(a)} to ${iso(b)}: ${num(shown.length)} events`
      + (state.complete ? '.' : ` shown of ${num(state.total)} in the loaded window; zoom in to see all.`);
    const page = { total: shown.length, offset: state.tablePage * ROWS, limit: ROWS };
    tableSlot.replaceChildren(shown.length === 0 ? empty('No events in this window: zoom out or move.') : eventTable(
      'Events in the zoomed window, in the order they happened', shown.slice(page.offset, page.offset + ROWS), state.names, open),
    pager(page, (o) => {
      state.tablePage = Math.floor(o / ROWS);
      update();
      tableSlot.querySelector('table')?.focus?.();
    }) ?? '');
  }

  function option() {
    const present = types();
    const bySt = {};
    for (const e of state.loaded) {
      const t = when(e.date);
      if (t === null) continue;
      (bySt[statusKey(e.status)] ??= []).push({ value: [t, e.type ?? 'OTHER'], entry: e });
    }
    const h1 = height();
    return {
      legend: { top: 0, data: Object.keys(STATUSES).filter((k) => bySt[k]).map((k) => STATUSES[k].text) },
      tooltip: { trigger: 'item', confine: true, formatter: (p) => tip(p, state.names) },
      grid: [{ left: 100, right: 24, top: 36, height: h1 }, { left: 100, right: 24, top: h1 + 70, height: 50 }],
      xAxis: [
        { type: 'time', gridIndex: 0, min, max },
        { type: 'time', gridIndex: 1, min, max, axisLabel: { show: false } },
      ],
      yAxis: [
        { type: 'category', gridIndex: 0, data: present, axisLabel: { fontSize: 11 } },
        { type: 'value', gridIndex: 1, minInterval: 1, splitNumber: 2, name: 'per month', nameTextStyle: { fontSize: 10 } },
      ],
      dataZoom: [
        { type: 'slider', xAxisIndex: [0, 1], startValue: state.window[0], endValue: state.window[1], filterMode: 'none',
          bottom: 8, height: 22, labelFormatter: (v) => iso(v) },
        { type: 'inside', xAxisIndex: [0, 1], filterMode: 'none' },
      ],
      series: [
        ...Object.keys(STATUSES).filter((k) => bySt[k]).map((k) => ({
          type: 'scatter', name: STATUSES[k].text, xAxisIndex: 0, yAxisIndex: 0, data: bySt[k],
          symbol: STATUSES[k].symbol, symbolSize: 12, itemStyle: { color: STATUSES[k].color, opacity: 0.85 },
          emphasis: { scale: 1.5 }, cursor: 'pointer',
        })),
        { type: 'bar', name: 'events per month', xAxisIndex: 1, yAxisIndex: 1, barMaxWidth: 24,
          itemStyle: { color: '#9aa7b8' }, tooltip: { show: false }, legendHoverLink: false,
          data: rows.map((m) => [monthStart(m.month) + 14 * DAY, m.events]) },
      ],
    };
  }
}

/** Loads the events of state.window, at most CAP of them, page by page. */
async function load(state, base, ctx) {
  const [a, b] = state.window;
  const params = { ...base, background: false, dated: true, from: iso(a), to: iso(b), limit: PAGE };
  // every page up to CAP asked at once (one round trip); those past the total come back empty
  const asked = [];
  for (let o = 0; o < CAP; o += PAGE) asked.push(api('timeline', { ...params, offset: o }, ctx.signal));
  const pages = await Promise.all(asked);
  const first = pages[0];
  state.loaded = pages.flatMap((p) => p.items);
  state.names = Object.assign({}, ...pages.map((p) => p.entity_names ?? {}));
  state.total = first.total;
  state.complete = first.total <= CAP;
  state.loadedWindow = [a, b];
}

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function tip(p, names) {
  const e = p.data?.entry;
  if (!e) return '';
  const who = (e.participants ?? []).map((id) => esc(nameOf(names, id))).join(', ');
  return `<strong>${esc(e.type)}</strong> · ${esc(STATUSES[statusKey(e.status)].text)}<br>${esc(date(e.date))}`
    + (who ? `<br>${who}` : '') + (e.location ? `<br>at ${esc(nameOf(names, e.location))}` : '')
    + `<br>${num(e.sources?.length ?? 0)} sources · click for the evidence`;
}

/** Timeline entries as a table, each with a button opening its evidence. */
function eventTable(caption, entries, names, open) {
  return table(caption, [
    { label: 'When', cell: (e) => date(e.date) },
    { label: 'Type', cell: (e) => e.type ?? '—' },
    { label: 'Status', cell: (e) => statusTag(e.status) },
    { label: 'Participants', cell: (e) => entityLinks(names, e.participants) },
    { label: 'Place', cell: (e) => (e.location ? link('entity/' + seg(e.location), nameOf(names, e.location)) : '—') },
    { label: 'Evidence', cell: (e) => h('button', { type: 'button', class: 'evidence-button', dataset: { event: e.event },
      'aria-label': `Evidence of ${e.type ?? 'the event'} on ${date(e.date)}`, onclick: () => open(e, names) },
    sourcesLabel(e)) },
  ], entries);
}

/** A section listing timeline entries page by page from the API (background, undated). */
async function pagedList(card, params, none, ctx, open) {
  const slot = h('div');
  card.append(slot);
  const show = async (offset) => {
    try {
      const page = await api('timeline', { ...params, offset, limit: 10 }, ctx.signal);
      slot.replaceChildren(page.total === 0 ? empty(none) : eventTable(card.querySelector('h2').textContent, page.items, page.entity_names, open),
        pager(page, show) ?? '');
    } catch (e) {
      if (e.name !== 'AbortError') slot.replaceChildren(errorBox(e));
    }
  };
  await show(0);
}

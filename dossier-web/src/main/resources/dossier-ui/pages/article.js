// An article: its clean text with entities, times, events and figures marked (each layer can be
// switched off), the removed boilerplate with the reason for each cut, and the differences
// against its canonical copy. Calls: the article, its mentions and times (paged, an article's
// worth), its events and figures (one page each), and the original's title when it is a copy.
import { api, seg } from '../js/api.js';
import { h, put, link, heading, section, errorBox, empty, num, date, plural, hashPath, table } from '../js/dom.js';
import { changeSummary, wordDiff } from '../js/changes.js';
import { layered } from '../js/marks.js';
import { actorsOf, actorText } from '../js/actors.js';

export const title = 'Article';

export async function render(main, ctx) {
  const id = ctx.params.id;
  const s = ctx.signal;
  const a = await api('articles/' + seg(id), {}, s);
  ctx.setTitle(a.title || 'Article');
  const [mentions, times, events, figures] = await Promise.allSettled([
    all('articles/' + seg(id) + '/mentions', s),
    all('articles/' + seg(id) + '/times', s),
    api('events', { article: id, limit: 100 }, s),
    api('figures', { article: id, limit: 100 }, s),
  ]);
  const names = { ...(events.value?.entity_names ?? {}), ...(figures.value?.entity_names ?? {}) };

  const meta = [a.outlet ?? 'unknown outlet', a.credits?.length ? `credit ${a.credits.join(', ')}` : a.credit ? `credit ${a.credit}` : null,
    a.byline, `published ${date(a.published)}${a.published?.basis ? ` (${a.published.basis.toLowerCase()})` : ''}`].filter(Boolean).join(' · ');
  put(main, heading(a.title || a.id, meta));
  const tags = h('p', { class: 'tags' });
  for (const st of a.stories ?? []) put(tags, link('story/' + seg(st), 'Story'), ' ');
  if (a.group) put(tags, h('span', { class: 'tag' }, a.group.canonical === a.id ? `original of ${a.group.members.length - 1} copies` : 'copy'), ' ');
  for (const f of a.flags ?? []) put(tags, h('span', { class: 'tag warn', title: flagDetail(a, f) }, String(f).toLowerCase()), ' ');
  put(tags, h('span', { class: 'meta' }, a.source ?? ''));
  put(main, tags);

  const at = parseAt(ctx.query.get('at'));
  const layers = {
    ent: (mentions.value ?? []).filter((m) => (m.part ?? 'text') === 'text').map((m) => ({
      start: m.start, end: m.end, check: m.text, cls: 'hl ent ent-' + entClass(m.type),
      make: () => (m.entity ? h('a', { href: '#/entity/' + seg(m.entity), title: `${m.type?.toLowerCase() ?? 'entity'}: ${m.text}` })
        : h('mark', { title: m.type?.toLowerCase() })),
    })),
    time: (times.value ?? []).filter((t) => (t.part ?? 'text') === 'text').map((t) => ({
      start: t.start, end: t.end, check: t.text, cls: 'hl time',
      make: () => h('mark', { title: `time: ${t.value ?? ''} (${date(t.date)})` }),
    })),
    ev: sources(events.value?.items, (e) => `event: ${e.type}${e.status && e.status !== 'happened' ? ' (' + e.status + ')' : ''}`, 'hl ev'),
    fig: sources(figures.value?.items, (f) => `figure: ${f.qualifier ? f.qualifier + ' ' : ''}${num(f.value)} ${(f.kind ?? '').toLowerCase()}`, 'hl fig'),
  };
  if (at) layers.at = [{ start: at[0], end: at[1], cls: 'target', make: () => h('span', { tabindex: '-1', id: 'target' }) }];

  const textCard = h('section', { class: 'card article', 'aria-labelledby': 'text-h' }, h('h2', { id: 'text-h' }, 'Text'));
  const legend = h('fieldset', { class: 'legend' }, h('legend', {}, 'Mark in the text'),
    toggle('ent', 'Entities', layers.ent.length, textCard), toggle('time', 'Times', layers.time.length, textCard),
    toggle('ev', 'Event sentences', layers.ev.length, textCard), toggle('fig', 'Figure sentences', layers.fig.length, textCard));
  put(textCard, legend);
  for (const r of [mentions, times]) if (r.status === 'rejected') put(textCard, errorBox(r.reason));
  const body = h('div', { class: 'text', lang: a.language ?? undefined });
  const spans = Object.values(layers).flat();
  for (const p of a.paragraphs?.length ? a.paragraphs : [{ start: 0, end: a.text.length }]) {
    put(body, h('p', {}, layered(a.text, p.start, p.end, spans)));
  }
  put(textCard, body);
  if (a.captions?.length) {
    put(textCard, h('h3', {}, 'Captions'), h('ul', {}, a.captions.map((c) => h('li', {}, c.text ?? String(c)))));
  }

  const side = h('div', { class: 'side' },
    entityCard(mentions), eventCard(events, names, id), figureCard(figures, names, id), timeCard(times));
  put(main, h('div', { class: 'grid article-grid' }, textCard, side));
  put(main, removedCard(a), await diffCard(a, s));

  if (ctx.query.get('show') === 'diff') focusLater(document.getElementById('diff-h'));
  else if (at) focusLater(document.getElementById('target'));
}

function focusLater(el) {
  if (!el) return;
  requestAnimationFrame(() => {
    el.setAttribute('tabindex', '-1');
    el.focus();
    el.scrollIntoView({ block: 'center' });
  });
}

/** Every row of a paged list of an article's annotations (an article has hundreds at most). */
async function all(path, signal) {
  const out = [];
  for (let offset = 0; offset < 2000; offset += 100) {
    const page = await api(path, { offset, limit: 100 }, signal);
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) break;
  }
  return out;
}

function sources(items, label, cls) {
  return (items ?? []).flatMap((x) => (x.sources ?? [])
    .filter((src) => (src.context ?? 'body') === 'body')
    .map((src) => ({ start: src.start, end: src.end, cls, make: () => h('span', { title: label(x) }) })));
}

function parseAt(v) {
  const m = /^(\d+)-(\d+)$/.exec(v ?? '');
  return m && +m[1] < +m[2] ? [+m[1], +m[2]] : null;
}

function entClass(type) {
  const t = String(type ?? '').toUpperCase();
  if (t.includes('PERSON')) return 'person';
  if (t.includes('LOC') || t.includes('CITY') || t.includes('COUNTRY') || t.includes('GPE')) return 'place';
  if (t.includes('ORG')) return 'org';
  return 'other';
}

function toggle(layer, label, count, card) {
  const box = h('input', { type: 'checkbox', id: 'show-' + layer, checked: true,
    onchange: (e) => card.classList.toggle('hide-' + layer, !e.target.checked) });
  return h('span', { class: 'check' }, box, h('label', { for: 'show-' + layer }, h('span', { class: 'swatch sw-' + layer }), ` ${label} (${num(count)})`));
}

function flagDetail(a, f) {
  const d = (a.flag_details ?? []).find((x) => x.flag === f || x.kind === f);
  return d ? (d.detail ?? d.reason ?? JSON.stringify(d)) : '';
}

function entityCard(result) {
  const card = section('Entities');
  if (result.status === 'rejected') return put(card, errorBox(result.reason)), card;
  const byEntity = new Map();
  for (const m of result.value) {
    const key = m.entity ?? 'text:' + m.text;
    const e = byEntity.get(key) ?? { id: m.entity, text: m.text, type: m.type, n: 0 };
    e.n++;
    byEntity.set(key, e);
  }
  const list = [...byEntity.values()].sort((x, y) => y.n - x.n || x.text.localeCompare(y.text));
  put(card, list.length === 0 ? empty('None found.') : h('ul', { class: 'chips' }, list.map((e) =>
    h('li', {}, e.id ? link('entity/' + seg(e.id), e.text) : e.text, h('span', { class: 'meta' }, ` ${e.n}`)))));
  return card;
}

function eventCard(result, names, id) {
  const card = section('Events');
  if (result.status === 'rejected') return put(card, errorBox(result.reason)), card;
  const items = result.value.items;
  if (items.length === 0) return put(card, empty('None found.')), card;
  put(card, h('ul', { class: 'list compact' }, items.map((e) => {
    const src = (e.sources ?? []).find((x) => (x.context ?? 'body') === 'body');
    const who = [...(e.participants ?? []), e.location].filter((x) => x && names[x]).map((x) => names[x].name)
      .concat(actorsOf(e).map((r) => actorText(r, names)));
    return h('li', {}, h('strong', {}, e.type), e.status && e.status !== 'happened' ? ` (${e.status})` : '',
      ` · ${date(e.date)}`, who.length ? ` · ${who.join(', ')}` : '', ' ',
      showLink(id, src, e.type));
  })));
  return card;
}

function figureCard(result, names, id) {
  const card = section('Figures');
  if (result.status === 'rejected') return put(card, errorBox(result.reason)), card;
  const items = result.value.items;
  if (items.length === 0) return put(card, empty('None found.')), card;
  put(card, h('ul', { class: 'list compact' }, items.map((f) => {
    const src = (f.sources ?? []).find((x) => (x.context ?? 'body') === 'body');
    return h('li', {}, h('strong', {}, `${f.qualifier ? f.qualifier + ' ' : ''}${num(f.value)}`), ` ${(f.kind ?? '').toLowerCase()}`,
      f.claimant && names[f.claimant] ? [' · claimed by ', link('entity/' + seg(f.claimant), names[f.claimant].name)] : '',
      ' ', showLink(id, src, `${num(f.value)} ${(f.kind ?? '').toLowerCase()}`));
  })));
  return card;
}

/** A link that marks the passage in this article's text and moves to it (a route, so it can be shared). */
function showLink(id, src, what) {
  if (!src) return null;
  return link(hashPath('article/' + seg(id), { at: `${src.start}-${src.end}` }).slice(2), 'show',
    { 'aria-label': `show the sentence about ${what} in the text` });
}

function timeCard(result) {
  const card = section('Times');
  if (result.status === 'rejected') return put(card, errorBox(result.reason)), card;
  const items = result.value;
  if (items.length === 0) return put(card, empty('None found.')), card;
  put(card, h('ul', { class: 'list compact' }, items.slice(0, 40).map((t) =>
    h('li', {}, h('q', {}, t.text), ' → ', t.value ?? '?', t.date ? h('span', { class: 'meta' }, ` ${date(t.date)}`) : '',
      t.part && t.part !== 'text' ? h('span', { class: 'meta' }, ` (${t.part})`) : ''))));
  if (items.length > 40) put(card, h('p', { class: 'meta' }, `and ${num(items.length - 40)} more`));
  return card;
}

function removedCard(a) {
  const removed = a.removed ?? [];
  const card = section(`Removed from the page (${num(removed.length)})`);
  if (removed.length === 0) return put(card, empty('Nothing was cut.')), card;
  const reasons = [...new Set(removed.map((r) => r.reason))];
  put(card, h('p', { class: 'meta' }, 'Lines of the page that are not the article: ', reasons.join(', '), '.'),
    h('details', { id: 'removed' }, h('summary', {}, `Show the ${plural(removed.length, 'removed line')} and why each was cut`),
      table({ text: 'Removed lines with the reason for each cut', visible: false }, [
        { label: 'Line', class: 'num', cell: (r) => (r.line === undefined || r.line === null ? '' : num(r.line)) },
        { label: 'Text', cell: (r) => h('span', { class: 'removed-text' }, r.text) },
        { label: 'Reason', cell: (r) => h('span', { class: 'tag warn' }, r.reason) },
      ], removed)));
  return card;
}

/** The copy against its canonical copy, or the copies of an original. */
async function diffCard(a, signal) {
  const g = a.group;
  const card = h('section', { class: 'card', 'aria-labelledby': 'diff-h' });
  if (!g) {
    put(card, h('h2', { id: 'diff-h' }, 'Copies'), empty('No other outlet carried this article.'));
    return card;
  }
  const relation = new Map((g.relations ?? []).map((r) => [r.article, r]));
  const changes = new Map((g.changes ?? []).map((c) => [c.article, c]));
  if (g.canonical === a.id) {
    put(card, h('h2', { id: 'diff-h' }, 'Copies of this article'));
    const copies = g.members.filter((m) => m !== a.id);
    put(card, h('ul', { class: 'list' }, copies.map((c) => h('li', {},
      link(hashPath('article/' + seg(c), { show: 'diff' }).slice(2), `Copy ${c}`),
      h('span', { class: 'meta' }, ` · ${relation.get(c)?.relation ?? 'copy'} · ${changeSummary(changes.get(c))}`)))));
    return card;
  }
  put(card, h('h2', { id: 'diff-h' }, 'Differences from the original'));
  let original = null;
  try {
    original = await api('articles/' + seg(g.canonical), {}, signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    put(card, errorBox(e));
  }
  const ch = changes.get(a.id);
  const r = relation.get(a.id);
  put(card, h('p', {}, `${a.outlet ?? 'This outlet'} copied `,
    original ? link('article/' + seg(original.id), original.title || original.id) : g.canonical,
    original?.outlet ? ` (${original.outlet}${original.credit ? ', credit ' + original.credit : ''})` : '',
    `: ${r?.relation ?? 'copy'}, ${r?.similarity !== undefined ? Math.round(r.similarity * 100) + ' % alike, ' : ''}${changeSummary(ch)}.`));
  if (!ch) return card;
  if (ch.title) put(card, h('p', {}, 'Title: ', h('del', {}, ch.title.from ?? ''), ' → ', h('ins', {}, ch.title.to ?? '')));
  // The copy's text with its added passages and edited sentences marked; the cuts listed after.
  const spans = [
    ...(ch.added ?? []).map((p) => ({ start: p.start, end: p.end, cls: 'd-add', make: () => h('ins', {}) })),
    ...(ch.edited ?? []).filter((e) => e.to).map((e) => ({ start: e.to.start, end: e.to.end, cls: 'd-edit', replace: wordDiff(e.from?.text ?? '', e.to.text ?? ''), make: () => h('span', {}) })),
  ];
  const view = h('div', { class: 'text diff-text', id: 'diff' });
  for (const p of a.paragraphs?.length ? a.paragraphs : [{ start: 0, end: a.text.length }]) {
    if (spans.some((x) => x.start < p.end && x.end > p.start)) put(view, h('p', {}, layered(a.text, p.start, p.end, spans)));
    else put(view, h('p', { class: 'same' }, a.text.slice(p.start, p.end)));
  }
  put(card, h('p', { class: 'meta' }, h('ins', {}, 'added by the copy'), ' ', h('del', {}, 'cut or changed from the original'),
    ' — unchanged paragraphs are greyed.'), view);
  if (ch.removed?.length) {
    put(card, h('h3', {}, `Cut from the original (${num(ch.removed.length)})`),
      h('ul', { class: 'changes' }, ch.removed.map((p) => h('li', {}, h('del', {}, p.text)))));
  }
  if (ch.spelling?.length) {
    put(card, h('h3', {}, 'Spelling'), h('p', {}, ch.spelling.map((x, i) => [i ? ', ' : '', h('del', {}, x.from), ' → ', h('ins', {}, x.to)])));
  }
  return card;
}

// Pieces the timeline and entity pages share: how an event's status looks (colour, symbol and
// word, so no one depends on colour alone), the evidence panel of one event, and an entity field
// that suggests names as one types and hands back the entity's id.
import { api, seg } from '../js/api.js';
import { h, link, errorBox, empty, num, date } from '../js/dom.js';
import { actorTag } from '../js/actors.js';

/** PLOVER event types (the events stage's vocabulary). */
export const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

// Okabe–Ito colours (told apart with colour-blindness too) and a distinct symbol per status.
const X = 'path://M2,0 L5,3 L8,0 L10,2 L7,5 L10,8 L8,10 L5,7 L2,10 L0,8 L3,5 L0,2 Z';
export const STATUSES = {
  happened: { color: '#0072B2', symbol: 'circle', text: 'happened' },
  planned: { color: '#009E73', symbol: 'emptyCircle', text: 'planned' },
  hoped: { color: '#56B4E9', symbol: 'emptyDiamond', text: 'hoped for' },
  claimed: { color: '#E69F00', symbol: 'triangle', text: 'claimed' },
  denied: { color: '#D55E00', symbol: X, text: 'denied' },
  other: { color: '#666666', symbol: 'roundRect', text: 'other' },
};

export const statusKey = (s) => (s && STATUSES[s.toLowerCase()] ? s.toLowerCase() : 'other');

/** The status as a word in a coloured tag (the word carries the meaning, the colour repeats it). */
export function statusTag(s) {
  const k = statusKey(s);
  return h('span', { class: `tag status status-${k}` }, s ? s.toLowerCase() : 'unknown');
}

/** A name for an entity id from a page's entity_names ({id: {name, type}}). */
export const nameOf = (names, id) => (id ? names?.[id]?.name ?? id : null);

/** Entity links for ids, or a dash. */
export function entityLinks(names, ids) {
  const list = (ids ?? []).filter(Boolean);
  if (list.length === 0) return '—';
  return list.flatMap((id, i) => [i ? ', ' : null, link('entity/' + seg(id), nameOf(names, id))]);
}

/** "1 source", "9 sources". */
export const sourcesLabel = (e) => {
  const n = e.sources?.length ?? 0;
  return `${num(n)} source${n === 1 ? '' : 's'}`;
};

/** The middle of a date range {value, earliest, latest} as a time stamp, or null when undated. */
export function when(d) {
  if (!d) return null;
  if (d.value) return Date.parse(d.value);
  if (d.earliest && d.latest) return (Date.parse(d.earliest) + Date.parse(d.latest)) / 2;
  return null;
}

const PART = { title: 'in the title', text: null };

/**
 * The panel of one event: what, when, who, where, its stories, and its evidence sentences with
 * links to their articles (paged by the API; "More evidence" fetches the next page). `entry` is a
 * timeline entry or an event of /api/events; `names` the entity_names that came with it;
 * `evidence` the first page of its evidence when it was asked for already (with the event).
 */
export function eventPanel(entry, names, ctx, { onClose, evidence } = {}) {
  const id = entry.event ?? entry.id;
  const title = h('h2', { id: 'event-title', tabindex: '-1' },
    `${entry.type ?? 'Event'} · ${(entry.status ?? 'unknown').toLowerCase()} · ${date(entry.date)}`);
  const list = h('ol', { class: 'evidence', 'aria-label': 'Evidence sentences' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More evidence');
  const note = h('p', { class: 'meta', 'aria-live': 'polite' });
  const panel = h('section', { class: 'card event-panel', id: 'event-panel', 'aria-labelledby': 'event-title', dataset: { event: id } },
    h('div', { class: 'panel-head' }, title,
      onClose ? h('button', { type: 'button', class: 'close', onclick: onClose, 'aria-label': 'Close the event' }, 'Close') : null),
    h('dl', { class: 'facts' },
      fact('Type', entry.type ?? '—'),
      fact('Status', statusTag(entry.status), entry.mode ? h('span', { class: 'meta' }, ` (${entry.mode})`) : null),
      fact('When', date(entry.date), entry.background ? h('span', { class: 'tag' }, 'background') : null),
      fact('Participants', roles(entry, names)),
      fact('Claimed by', ...claimants(entry, names)),
      fact('Place', entry.location ? link('entity/' + seg(entry.location), nameOf(names, entry.location)) : '—'),
      (entry.stories ?? []).length ? fact('Stories', storyLinks(entry.stories, ctx)) : null),
    h('h3', {}, 'Evidence'), note, list, more);
  let offset = 0;
  let first = evidence;
  const load = async () => {
    more.disabled = true;
    try {
      const page = await (offset === 0 && first ? first : api(`events/${seg(id)}/evidence`, { offset, limit: 10 }, ctx.signal));
      first = null;
      if (page.total === 0) list.replaceWith(empty('No evidence stored for this event.'));
      for (const x of page.items) list.append(evidenceItem(x));
      offset += page.items.length;
      const articles = new Set((entry.sources ?? []).map((s) => s.article)).size;
      note.textContent = `${num(page.total)} sentence${page.total === 1 ? '' : 's'}`
        + (articles ? ` in ${num(articles)} article${articles === 1 ? '' : 's'}` : '') + `; showing ${num(offset)}.`;
      more.hidden = offset >= page.total;
    } catch (e) {
      if (e.name !== 'AbortError') list.after(errorBox(e));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', load);
  panel.loaded = load();
  if (!entry.roles) {
    // a timeline entry lists entity ids only: the event itself has every participant and role
    api(`events/${seg(id)}`, {}, ctx.signal).then((ev) => {
      const dd = panel.querySelector('.facts .participants');
      if (dd && ev.roles?.length) dd.replaceChildren(...roles(ev, { ...names, ...(ev.entity_names ?? {}) }).filter(Boolean));
      const by = panel.querySelector('.facts .claimants');
      if (by && ev.claims) by.replaceChildren(...claimants(ev, { ...names, ...(ev.entity_names ?? {}) }).filter(Boolean));
    }).catch(() => {});
  }
  return panel;
}

/** Links to an event's stories, named by their labels (fetched for the first five only). */
function storyLinks(ids, ctx) {
  return ids.flatMap((id, i) => {
    const a = link('story/' + seg(id), `story ${i + 1}`);
    if (i < 5) {
      api('stories/' + seg(id), {}, ctx.signal).then((st) => { if (st.label) a.textContent = st.label; }).catch(() => {});
    }
    return [i ? ' · ' : null, a];
  });
}

const FACT_CLASS = { Participants: 'participants', 'Claimed by': 'claimants' };

function fact(label, ...value) {
  return h('div', {}, h('dt', {}, label), h('dd', { class: FACT_CLASS[label] ?? null }, ...value));
}

/** Whose word the reports are ("X said ..."), each claimant once; "stated as fact" when none. */
function claimants(entry, names) {
  const seen = new Set();
  const out = [];
  for (const c of entry.claims ?? []) {
    const key = c.claimant ?? c.claimant_text;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(out.length ? ', ' : null,
      c.claimant ? link('entity/' + seg(c.claimant), c.claimant_text ?? nameOf(names, c.claimant)) : c.claimant_text);
  }
  return out.length ? out : [entry.claims ? 'stated as fact' : '—'];
}

function roles(entry, names) {
  if (entry.roles?.length) {
    return entry.roles.flatMap((r, i) => [i ? ', ' : null,
      r.entity ? link('entity/' + seg(r.entity), nameOf(names, r.entity)) : actorTag(r, names),
      r.role ? h('span', { class: 'meta' }, ` (${r.role.toLowerCase()})`) : null]);
  }
  return entityLinks(names, entry.participants);
}

function evidenceItem(x) {
  const where = PART[x.part] ?? (x.part?.startsWith('caption') ? 'in a photo caption' : null);
  return h('li', {},
    h('blockquote', {}, x.text ?? '(the text of this source could not be cut from its article)'),
    h('p', { class: 'cite' },
      link(articlePath(x.article, x), x.title || 'Untitled article'),
      h('span', { class: 'meta' }, ` · ${x.outlet ?? 'unknown outlet'} · ${date(x.published)}${where ? ' · ' + where : ''}`)));
}

/** article/ID, with ?at=START-END (the article page marks the passage) for a range in the body. */
export function articlePath(id, source) {
  const body = !source?.part || source.part === 'text';
  const ok = body && (source?.context ?? 'body') === 'body' && source?.end > source?.start;
  return 'article/' + seg(id) + (ok ? `?at=${source.start}-${source.end}` : '');
}

let fields = 0;
/**
 * A labelled text field for an entity: suggestions (a datalist) come from /api/entities as one
 * types; `resolve()` gives the chosen entity's id (the first match of the typed text when it was
 * not picked from the list), or null for an empty field. `initial` is an id.
 */
export function entityField(label, name, initial, ctx, { type } = {}) {
  const id = `ef-${name}-${++fields}`;
  const listId = id + '-list';
  const input = h('input', { id, name, type: 'search', list: listId, autocomplete: 'off', placeholder: 'any' });
  const datalist = h('datalist', { id: listId });
  const byName = new Map();
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const page = await api('entities', { q, type, limit: 10 }, ctx.signal);
        datalist.replaceChildren(...page.items.map((e) => {
          byName.set(e.name, e.id);
          return h('option', { value: e.name }, `${e.type ?? ''} · ${num(e.mentions)} mentions`);
        }));
      } catch {
        // suggestions are a help only; resolve() still looks the name up
      }
    }, 200);
  });
  if (initial) {
    input.value = initial;
    api('entities/' + seg(initial), { cooccurring: 0 }, ctx.signal).then((e) => { // the name only
      byName.set(e.name, e.id);
      if (input.value === initial) input.value = e.name;
    }).catch(() => {});
  }
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), input, datalist);
  wrap.resolve = async () => {
    const v = input.value.trim();
    if (!v) return null;
    if (byName.has(v)) return byName.get(v);
    if (v === initial) return initial;
    const page = await api('entities', { q: v, type, limit: 1 }, ctx.signal);
    if (page.items.length === 0) throw new Error(`no entity is called “${v}”`);
    return page.items[0].id;
  };
  return wrap;
}

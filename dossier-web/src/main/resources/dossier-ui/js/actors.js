// Generic actors of events ("police (COP)"): participants named by a common noun, not entities,
// so they show as words, never as links to an entity page.
import { h } from './dom.js';

/** "police (COP)"; with the country or body the text ties it to: "police (COP, Velora)". */
export function actorText(r, names = {}) {
  const extra = [r.sector, r.affiliation ? names[r.affiliation]?.name : null].filter(Boolean);
  return extra.length ? `${r.label} (${extra.join(', ')})` : r.label;
}

/** The actor as a span, the words as written in its tooltip. */
export function actorTag(r, names) {
  return h('span', { class: 'actor', title: r.text ? `“${r.text}” (named by a common noun)` : null },
    actorText(r, names));
}

/** The generic actors among an event's roles (an event of /api/events). */
export const actorsOf = (e) => (e.roles ?? []).filter((r) => !r.entity && r.label);

// The router: a hash path (#/story/ID?x=1) picks a page module from routes.js and renders it into
// <main>. It sets main[data-state] to loading / ready / error (browser tests wait on it), announces
// loading and errors in the live region, marks the current nav entry, moves focus to the new
// page's heading, and aborts the requests of a page one leaves.
import { routes, match } from './routes.js';
import { api } from './api.js';
import { h } from './dom.js';

const main = document.getElementById('main');
const status = document.getElementById('status');
let current = null; // {controller, leave: [fns]}
let firstRender = true;
let renders = 0;

function buildNav() {
  const nav = document.getElementById('nav');
  for (const r of routes.filter((r) => r.nav)) {
    nav.append(h('li', {}, h('a', { href: '#/' + r.path, dataset: { route: r.path || 'overview' } }, r.nav)));
  }
}

function markNav(route) {
  const key = route ? (route.parent ?? (route.path || 'overview')) : null;
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.route === key) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  return { path: q < 0 ? raw : raw.slice(0, q), query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

async function render() {
  if (current) {
    current.controller.abort();
    current.leave.forEach((fn) => fn());
  }
  const mine = { controller: new AbortController(), leave: [] };
  current = mine;
  const { path, query } = parseHash();
  const found = match(path);
  markNav(found?.route);
  const t0 = performance.now();
  main.dataset.render = String(++renders); // tests wait for a new render, then for its state
  main.dataset.state = 'loading';
  main.setAttribute('aria-busy', 'true');
  status.textContent = 'Loading…';
  main.replaceChildren();
  const ctx = {
    params: found?.params ?? {},
    query,
    signal: mine.controller.signal,
    onLeave: (fn) => mine.leave.push(fn),
    setTitle: (t) => (document.title = t ? `${t} · Dossier` : 'Dossier'),
  };
  try {
    if (!found) {
      ctx.setTitle('Not found');
      main.append(h('h1', { tabindex: '-1' }, 'No such page'),
        h('p', {}, 'Nothing lives at ', h('code', {}, '#/' + path), '. ', h('a', { href: '#/' }, 'Back to the overview'), '.'));
    } else {
      const page = await import(`../pages/${found.route.module}.js`);
      ctx.setTitle(page.title);
      await page.render(main, ctx);
    }
    if (current !== mine) return;
    // render time of this page, and time since the document's navigation began (docs/BENCHMARKS.md)
    main.dataset.ms = String(Math.round(performance.now() - t0));
    main.dataset.sinceLoad = String(Math.round(performance.now()));
    main.dataset.state = 'ready';
    status.textContent = '';
  } catch (e) {
    if (current !== mine || e.name === 'AbortError') return;
    main.dataset.state = 'error';
    status.textContent = 'Error: ' + (e.message ?? e);
    main.append(h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'This page could not be shown. '), e.message ?? String(e)));
    console.warn('page failed', e); // a warning, not an error: the page said so to the user
  } finally {
    if (current === mine) main.removeAttribute('aria-busy');
  }
  if (!firstRender) (main.querySelector('h1') ?? main).focus({ preventScroll: false });
  firstRender = false;
  window.scrollTo(0, 0);
}

async function footer() {
  try {
    const info = await api('info');
    document.getElementById('snapshot').textContent = `snapshot ${info.snapshot ?? ''}`;
  } catch {
    // the page itself reports a server that does not answer
  }
}

document.getElementById('skip').addEventListener('click', (e) => {
  e.preventDefault(); // keep the route in the hash
  main.focus();
});
buildNav();
window.addEventListener('hashchange', render);
render();
footer();

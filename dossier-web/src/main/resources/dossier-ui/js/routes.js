// The pages of the UI. Adding a page = one module in /pages/ (exporting `title` and
// `render(main, ctx)`, see docs/UI.md) + one line here; `nav` puts it in the header.
// `path` segments starting with ':' are parameters (ctx.params); `parent` names the nav entry
// marked current while the page is shown.
export const routes = [
  { path: '', module: 'overview', nav: 'Overview' },
  { path: 'search', module: 'search', nav: 'Search' },
  { path: 'timeline', module: 'timeline', nav: 'Timeline' },
  { path: 'stories', module: 'stories', nav: 'Stories' },
  { path: 'story/:id', module: 'story', parent: 'stories' },
  { path: 'article/:id', module: 'article', parent: 'search' },
  { path: 'entities', module: 'entities', nav: 'Entities' },
  { path: 'entity/:id', module: 'entity', parent: 'entities' },
  { path: 'figures', module: 'figures', nav: 'Figures' },
];

/** The route matching a hash path such as "story/s12", with its parameters, or null. */
export function match(path) {
  const parts = path.split('/').filter((p) => p !== '');
  for (const route of routes) {
    const want = route.path.split('/').filter((p) => p !== '');
    if (want.length !== parts.length) continue;
    const params = {};
    let ok = true;
    want.forEach((w, i) => {
      if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(parts[i]);
      else if (w !== parts[i]) ok = false;
    });
    if (ok) return { route, params };
  }
  return null;
}

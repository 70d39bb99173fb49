// Charts with ECharts, from its WebJar inside the server's jar (org.webjars.npm:echarts in
// dossier-web/pom.xml: change the version there and here together). Loaded on first use only.
const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
let loading = null;

/** The library's module; a page that will draw calls it first, so it loads while the API answers. */
export function echarts() {
  loading ??= import(ECHARTS);
  return loading;
}

/**
 * Draws `option` into a new chart box appended to `parent`; `label` describes the chart for
 * screen readers (role=img); pass the same data as a table next to it for those who need values.
 * The chart follows the box's size and is disposed when the router leaves the page (ctx.onLeave).
 */
export async function chart(parent, ctx, label, option, { height = 260, renderer = 'svg' } = {}) {
  const box = document.createElement('div');
  box.className = 'chart';
  box.style.height = height + 'px';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', label);
  parent.append(box);
  const lib = await echarts();
  const c = lib.init(box, null, { renderer });
  c.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
  const ro = new ResizeObserver(() => c.resize());
  ro.observe(box);
  ctx.onLeave(() => {
    ro.disconnect();
    c.dispose();
  });
  return c;
}

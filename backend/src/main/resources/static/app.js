// ThemeScope's built-in dashboard: loads the dashboard definitions, the taxonomy and the meetings,
// then draws the chosen dashboard's panels from the URL's state and redraws on every change.

import { el, clear, message } from './js/dom.js';
import { getJson } from './js/api.js';
import { readState, pushState, replaceState, panelParams, singleThemeDashboard } from './js/state.js';
import { Controls } from './js/controls.js';
import { exportLinks } from './js/exports.js';
import { mentionSource, pairSource, showPassages } from './js/passages.js';
import { hostName } from './js/format.js';
import { renderTrend } from './js/panels/trend.js';
import { renderHeatmap } from './js/panels/heatmap.js';
import { renderHosts } from './js/panels/hosts.js';
import { renderCooccurrence } from './js/panels/cooccurrence.js';
import { renderPassagesPanel } from './js/panels/passages-panel.js';

const RENDERERS = {
  trend: renderTrend,
  heatmap: renderHeatmap,
  hosts: renderHosts,
  cooccurrence: renderCooccurrence,
  passages: renderPassagesPanel,
};

const app = {
  list: [],
  definitions: new Map(),
  charts: [],
  labels: new Map(),
  controls: null,
  state: null,
  synthetic: false,
  generation: 0,
};

const $ = (id) => document.getElementById(id);
const labelOf = (id) => app.labels.get(id) || id;

async function start() {
  try {
    const [dashboards, taxonomy, meetings] = await Promise.all([
      getJson('/api/v1/dashboards'), getJson('/api/v1/themes'), getJson('/api/v1/meetings')]);
    app.list = dashboards.items;
    taxonomy.themes.forEach((t) => app.labels.set(t.id, t.label));
    const select = $('dashboard-select');
    app.list.forEach((d) => select.append(el('option', { value: d.id, text: d.title })));
    select.addEventListener('change', () => change({ dashboard: select.value }, true));
    app.controls = new Controls($('controls'), { themes: taxonomy.themes, meetings: meetings.items, onChange: controlsChanged });
    $('selection-close').addEventListener('click', () => change({ selection: null }));
    window.addEventListener('popstate', () => show(readState()));
    window.addEventListener('resize', () => app.charts.forEach((c) => c.resize()));
    await show(readState(), true);
  } catch (e) {
    fail(e);
  }
}

function fail(e) {
  const box = clear($('app-message'));
  box.hidden = false;
  box.append(message('error', e.message || String(e), e.lines ? e.lines().slice(1) : []));
}

function controlsChanged({ values, reset }) {
  if (reset) {
    change({ theme: [], metric: '', bucket: '', smooth: '', from: '', to: '', series: [], host: [], kind: [], selection: null });
    return;
  }
  change({ ...values, selection: null });
}

/** A new state from the current one: written to the URL (a new history entry), then drawn. */
function change(patch, newDashboard = false) {
  const next = { ...app.state, ...patch };
  if (newDashboard) {
    next.theme = [];
    next.selection = null;
  }
  pushState(next);
  show(next);
}

async function definition(id) {
  if (!app.definitions.has(id)) app.definitions.set(id, await getJson(`/api/v1/dashboards/${encodeURIComponent(id)}`));
  return app.definitions.get(id);
}

async function show(state, first = false) {
  const generation = ++app.generation;
  const known = app.list.some((d) => d.id === state.dashboard);
  if (!known) {
    state = { ...state, dashboard: app.list[0]?.id || '' };
    if (first) replaceState(state);
  }
  app.state = state;
  $('app-message').hidden = true;
  let def;
  try {
    def = await definition(state.dashboard);
  } catch (e) {
    fail(e);
    return;
  }
  if (generation !== app.generation) return;
  $('dashboard-select').value = def.id;
  document.title = `${def.title} · ThemeScope`;
  $('dashboard-description').textContent = def.description;
  app.controls.sync(state, def);
  app.synthetic = false;
  $('synthetic-badge').hidden = true;
  app.charts.forEach((c) => c.dispose());
  app.charts = [];
  const panels = clear($('panels'));
  const single = singleThemeDashboard(def);
  const work = def.panels.map((panel) => drawPanel(panels, panel, state, single, generation));
  showSelection(state);
  await Promise.allSettled(work);
}

function noteMeta(meta, warnings) {
  if (meta?.synthetic && !app.synthetic) {
    app.synthetic = true;
    $('synthetic-badge').hidden = false;
  }
  if (warnings && meta?.warnings?.length) {
    const seen = new Set([...warnings.querySelectorAll('li')].map((li) => li.textContent));
    meta.warnings.filter((w) => !seen.has(w)).forEach((w) => warnings.append(el('li', { text: w })));
    warnings.hidden = false;
  }
}

async function drawPanel(container, panel, state, single, generation) {
  const params = panelParams(panel, state, single);
  const titleId = `panel-title-${panel.id}`;
  const warnings = el('ul', { class: 'warnings', hidden: true, 'aria-label': 'Notes on these numbers' });
  const body = el('div', { class: 'panel-body' });
  const section = el('section', {
    class: `panel kind-${panel.kind}${panel.options?.wide ? ' wide' : ''}`,
    'aria-labelledby': titleId, dataset: { panelId: panel.id, kind: panel.kind },
  },
  el('div', { class: 'panel-head' }, el('h2', { id: titleId, text: panel.title }),
    exportLinks(panel.query.path, params, panel.title)),
  warnings, body);
  container.append(section);
  const loading = message('loading', 'Loading…');
  body.append(loading);
  const ctx = {
    panel, params, state,
    body: el('div'),
    labelOf,
    noteMeta: (meta) => noteMeta(meta, warnings),
    registerChart: (chart) => app.charts.push(chart),
    select: (selection) => change({ selection }),
    empty: (text) => { clear(ctx.body).append(message('empty', text)); },
  };
  body.append(ctx.body);
  try {
    await RENDERERS[panel.kind](ctx);
    loading.remove();
  } catch (e) {
    if (generation !== app.generation) return;
    clear(body).append(message('error', e.message || String(e), e.lines ? e.lines().slice(1) : []));
  }
  section.dataset.ready = 'true';
}

/** The passages behind a clicked point, cell or bar, under the panels. */
function showSelection(state) {
  const section = $('selection');
  const sel = state.selection;
  if (!sel) {
    section.hidden = true;
    clear($('selection-body'));
    return;
  }
  section.hidden = false;
  const filters = {};
  for (const key of ['from', 'to', 'series', 'host', 'kind']) {
    const v = state[key];
    if (Array.isArray(v) ? v.length : v) filters[key] = v;
  }
  const parts = [labelOf(sel.theme)];
  let source;
  if (sel.with) {
    parts.splice(0, 1, `${labelOf(sel.theme)} with ${labelOf(sel.with)}`);
    source = pairSource(filters, sel.theme, sel.with, sel.scope || 'sentence');
  } else {
    const params = { ...filters, theme: sel.theme };
    if (sel.bucket) {
      params.bucket = sel.bucket;
      params.bucketing = sel.bucketing || 'year';
      parts.push(sel.bucketLabel || sel.bucket);
    }
    if (sel.host) {
      params.host = sel.host;
      parts.push(hostName(sel.host));
    }
    source = mentionSource(params);
  }
  const title = $('selection-title');
  title.textContent = `Passages: ${parts.join(' · ')}`;
  showPassages($('selection-body'), source, {
    labelOf,
    onMeta: (meta) => noteMeta(meta, null),
    emptyText: 'No passages match this selection and these filters.',
  });
  section.scrollIntoView({ block: 'start' });
  title.focus({ preventScroll: true });
}

start();

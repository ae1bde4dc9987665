// The page's whole state lives in the URL query string, so a copied link reproduces the view and
// back/forward step through changes. This module reads and writes it and turns it, together with a
// panel's own query, into the parameters that panel sends.

export const CONTROL_KEYS = ['theme', 'metric', 'bucket', 'smooth', 'from', 'to', 'series', 'host'];
const LIST_KEYS = new Set(['theme', 'series', 'host', 'kind']);
const SELECTION_KEYS = ['theme', 'bucket', 'bucketing', 'bucketLabel', 'host', 'with', 'scope'];

/** Which control reaches which API path: the filters reach every path, the series shape only series. */
const PATH_PARAMS = {
  '/api/v1/series': ['theme', 'bucket', 'metric', 'smooth', 'from', 'to', 'series', 'host', 'kind'],
  '/api/v1/compare/hosts': ['theme', 'sort', 'from', 'to', 'series', 'host', 'kind'],
  '/api/v1/cooccurrence': ['theme', 'scope', 'from', 'to', 'series', 'host', 'kind'],
  '/api/v1/mentions': ['theme', 'bucket', 'bucketing', 'limit', 'cursor', 'from', 'to', 'series', 'host', 'kind'],
};
const SERIES_ONLY = new Set(['metric', 'bucket', 'smooth']);

export function readState(search = window.location.search) {
  const q = new URLSearchParams(search);
  const state = { dashboard: q.get('dashboard') || '', kind: q.getAll('kind') };
  for (const key of CONTROL_KEYS) {
    state[key] = LIST_KEYS.has(key) ? q.getAll(key).filter(Boolean) : (q.get(key) || '');
  }
  const selection = {};
  for (const key of SELECTION_KEYS) {
    const v = q.get(`sel.${key}`);
    if (v) selection[key] = v;
  }
  state.selection = selection.theme ? selection : null;
  return state;
}

export function toSearch(state) {
  const q = new URLSearchParams();
  if (state.dashboard) q.set('dashboard', state.dashboard);
  for (const key of [...CONTROL_KEYS, 'kind']) {
    const v = state[key];
    if (Array.isArray(v)) v.filter(Boolean).forEach((x) => q.append(key, x));
    else if (v) q.set(key, v);
  }
  if (state.selection) {
    for (const key of SELECTION_KEYS) {
      if (state.selection[key]) q.set(`sel.${key}`, state.selection[key]);
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function pushState(state) {
  const search = toSearch(state);
  if (search !== window.location.search) {
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
  }
}

export function replaceState(state) {
  window.history.replaceState(null, '', `${window.location.pathname}${toSearch(state)}`);
}

function asList(v) {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

/** Theme ids a panel asks for by itself, before any control changes them. */
export function panelThemes(panel) {
  return asList(panel.query?.params?.theme);
}

/** True when every panel that takes themes shows exactly one: the picker then chooses one theme. */
export function singleThemeDashboard(def) {
  const withThemes = def.panels.filter((p) => panelThemes(p).length > 0);
  return withThemes.length > 0 && withThemes.every((p) => panelThemes(p).length === 1);
}

/** The themes the picker shows as chosen: the URL's, else the first panel's own. */
export function chosenThemes(def, state) {
  if (state.theme.length) return singleThemeDashboard(def) ? state.theme.slice(0, 1) : state.theme;
  const first = def.panels.find((p) => panelThemes(p).length > 0);
  return first ? panelThemes(first) : [];
}

/** The parameters a panel sends: its own query, overridden by every control it accepts and has not fixed. */
export function panelParams(panel, state, single) {
  const path = panel.query.path;
  const accepted = new Set(PATH_PARAMS[path] || []);
  const fixed = new Set(panel.options?.fixed || []);
  const params = {};
  for (const [key, value] of Object.entries(panel.query.params || {})) {
    params[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  for (const key of [...CONTROL_KEYS, 'kind']) {
    if (!accepted.has(key) || fixed.has(key)) continue;
    if (SERIES_ONLY.has(key) && path !== '/api/v1/series') continue;
    const value = state[key];
    const empty = Array.isArray(value) ? value.length === 0 : !value;
    if (empty) continue;
    params[key] = key === 'theme' && single ? value.slice(0, 1) : value;
  }
  return params;
}

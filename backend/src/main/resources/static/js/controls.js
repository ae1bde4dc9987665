// The query controls above the panels: theme picker, metric, bucket, smoothing, period, series and
// host. They only edit the state; the app writes it to the URL and redraws.

import { el, clear } from './dom.js';
import { hostName } from './format.js';
import { chosenThemes, singleThemeDashboard } from './state.js';

const MAX_THEMES = 12;
const GROUP_NAMES = {
  'traditional-security': 'Traditional security',
  'non-traditional-security': 'Non-traditional security',
  'cooperation-and-norms': 'Cooperation and norms',
};

export class Controls {
  constructor(form, { themes, meetings, onChange }) {
    this.form = form;
    this.themes = themes;
    this.labels = new Map(themes.map((t) => [t.id, t.label]));
    this.onChange = onChange;
    this.single = false;
    this.fillFilters(meetings);
    for (const id of ['metric', 'bucket', 'smooth', 'series', 'host']) {
      form.querySelector(`#${id}`).addEventListener('change', () => this.changed());
    }
    for (const id of ['from', 'to']) {
      const input = form.querySelector(`#${id}`);
      input.addEventListener('change', () => this.changed());
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') { e.preventDefault(); this.changed(); }
      });
    }
    form.addEventListener('submit', (e) => { e.preventDefault(); this.changed(); });
    form.querySelector('#reset').addEventListener('click', () => this.onChange({ reset: true }));
  }

  label(themeId) {
    return this.labels.get(themeId) || themeId;
  }

  fillFilters(meetings) {
    const series = [...new Set(meetings.map((m) => m.series))].sort();
    const hosts = [...new Set(meetings.map((m) => m.hostCountry).filter(Boolean))].sort();
    const seriesSelect = this.form.querySelector('#series');
    series.forEach((s) => seriesSelect.append(el('option', { value: s, text: s })));
    const hostSelect = this.form.querySelector('#host');
    hosts.map((h) => ({ h, name: hostName(h) })).sort((a, b) => a.name.localeCompare(b.name))
      .forEach(({ h, name }) => hostSelect.append(el('option', { value: h, text: name })));
  }

  /** Shows the state: the chosen themes (radio buttons on a one-theme dashboard), then every field. */
  sync(state, def) {
    this.single = singleThemeDashboard(def);
    this.buildThemes(chosenThemes(def, state));
    const f = this.form;
    f.querySelector('#metric').value = state.metric;
    f.querySelector('#bucket').value = state.bucket;
    f.querySelector('#smooth').value = state.smooth;
    f.querySelector('#from').value = state.from;
    f.querySelector('#to').value = state.to;
    f.querySelector('#series').value = state.series[0] || '';
    f.querySelector('#host').value = state.host[0] || '';
  }

  buildThemes(chosen) {
    const box = clear(this.form.querySelector('#theme-options'));
    const type = this.single ? 'radio' : 'checkbox';
    const groups = new Map();
    for (const t of this.themes) {
      if (!groups.has(t.group)) groups.set(t.group, []);
      groups.get(t.group).push(t);
    }
    for (const [group, themes] of groups) {
      const fieldset = el('fieldset', {}, el('legend', { text: GROUP_NAMES[group] || group }));
      for (const t of themes) {
        const id = `theme-${t.id}`;
        const input = el('input', { type, id, name: 'theme', value: t.id, checked: chosen.includes(t.id) });
        input.addEventListener('change', () => this.changed());
        fieldset.append(el('div', { class: 'choice' }, input, el('label', { for: id, text: t.label })));
      }
      box.append(fieldset);
    }
    this.summarise(chosen);
  }

  summarise(chosen) {
    const names = chosen.map((id) => this.label(id));
    const shown = names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
    this.form.querySelector('#theme-summary').textContent = `${this.single ? 'Theme' : 'Themes'}: ${shown || 'none'}`;
    this.form.querySelector('#theme-hint').textContent = this.single
      ? 'This dashboard looks at one theme at a time.'
      : `Choose up to ${MAX_THEMES} themes.`;
    const boxes = [...this.form.querySelectorAll('input[name=theme]')];
    if (!this.single) {
      const full = chosen.length >= MAX_THEMES;
      boxes.forEach((b) => { b.disabled = full && !b.checked; });
    }
  }

  /** The controls' values as state fields; unchanged fields keep the caller's values. */
  values() {
    const f = this.form;
    const themes = [...f.querySelectorAll('input[name=theme]:checked')].map((b) => b.value);
    const one = (id) => f.querySelector(`#${id}`).value.trim();
    return {
      theme: themes,
      metric: one('metric'),
      bucket: one('bucket'),
      smooth: one('smooth'),
      from: one('from'),
      to: one('to'),
      series: one('series') ? [one('series')] : [],
      host: one('host') ? [one('host')] : [],
    };
  }

  changed() {
    const values = this.values();
    if (!values.theme.length) {
      this.form.querySelector('#theme-hint').textContent = 'Choose at least one theme.';
      return;
    }
    this.summarise(values.theme);
    this.onChange({ values });
  }
}

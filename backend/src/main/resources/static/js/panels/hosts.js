// Host comparison panel: hosts down, themes across, colour = adjusted residual (or the rate the
// definition asks for), with the chi-square test of independence stated above the map. Clicking a
// cell lists that host's passages for that theme.

import { el } from '../dom.js';
import { getJson } from '../api.js';
import { hostName, num, pValue, percent } from '../format.js';
import { chartIn, dataTable } from './common.js';

const MEASURES = {
  residual: { name: 'Adjusted residual', show: (v) => num(v, 2) },
  share: { name: 'Share of the host’s mentions', show: percent },
  lift: { name: 'Lift (observed / expected)', show: (v) => num(v, 2) },
  per10k: { name: 'Mentions per 10,000 words', show: (v) => num(v, 2) },
};

export async function renderHosts(ctx) {
  const body = await getJson('/api/v1/compare/hosts', ctx.params);
  ctx.noteMeta(body.meta);
  const hosts = body.hosts.filter((h) => h.documents > 0);
  if (!hosts.length) return ctx.empty('No documents match these filters.');
  const measureKey = ctx.panel.options?.value || 'residual';
  const measure = MEASURES[measureKey];
  const themes = body.themes;
  if (ctx.panel.options?.showTest !== false) ctx.body.append(testSummary(body.test));

  const data = [];
  let extent = 0;
  hosts.forEach((h, y) => themes.forEach((t, x) => {
    const cell = h.themes.find((c) => c.theme === t.theme);
    const v = cell ? cell[measureKey] : null;
    data.push([x, y, v == null ? '-' : v]);
    if (v != null) extent = Math.max(extent, Math.abs(v));
  }));
  const diverging = measureKey === 'residual';
  const chart = chartIn(ctx.body, `${ctx.panel.title}: ${measure.name} by host and theme`);
  chart.getDom().style.height = `${Math.max(300, 160 + hosts.length * 28)}px`;
  chart.resize();
  ctx.registerChart(chart);
  chart.setOption({
    animation: false,
    grid: { left: 150, right: 24, top: 52, bottom: 72 },
    tooltip: { confine: true, formatter: (p) => cellTip(hosts[p.value[1]], themes[p.value[0]]) },
    xAxis: { type: 'category', data: themes.map((t) => t.label),
      axisLabel: { interval: 0, width: Math.max(70, Math.floor(900 / Math.max(themes.length, 1))), overflow: 'break', lineHeight: 14 } },
    yAxis: { type: 'category', data: hosts.map((h) => hostName(h.host)), inverse: true },
    visualMap: diverging
      ? { min: -Math.max(3, Math.ceil(extent)), max: Math.max(3, Math.ceil(extent)), calculable: true, orient: 'horizontal',
        right: 24, top: 0, itemHeight: 200, text: ['more than expected', 'less'],
        inRange: { color: ['#2166ac', '#92c5de', '#f7f7f7', '#f4a582', '#b2182b'] } }
      : { min: 0, max: extent || 1, calculable: true, orient: 'horizontal', right: 24, top: 0, itemHeight: 200,
        inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] }, formatter: (v) => measure.show(v) },
    series: [{ id: 'cells', type: 'heatmap', data, label: { show: true, formatter: (p) => (p.value[2] === '-' ? '' : measure.show(p.value[2])), fontSize: 11 } }],
  });
  chart.on('click', (p) => {
    if (p.componentType !== 'series') return;
    const h = hosts[p.value[1]];
    const t = themes[p.value[0]];
    ctx.select({ theme: t.theme, host: h.host });
  });
  ctx.body.append(dataTable(`${measure.name} by host and theme`, ['Host', ...themes.map((t) => t.label)],
    hosts.map((h) => ({
      head: hostName(h.host),
      cells: themes.map((t) => {
        const c = h.themes.find((x) => x.theme === t.theme) || {};
        return { text: measure.show(c[measureKey]), label: `${hostName(h.host)}, ${t.label}: ${measure.show(c[measureKey])};`
          + ' list passages', onClick: () => ctx.select({ theme: t.theme, host: h.host }) };
      }),
    }))));
}

function cellTip(host, theme) {
  const c = host.themes.find((x) => x.theme === theme.theme) || {};
  const box = document.createElement('div');
  const line = (text) => { const d = document.createElement('div'); d.textContent = text; box.append(d); };
  const head = document.createElement('strong');
  head.textContent = `${hostName(host.host)} · ${theme.label}`;
  box.append(head);
  line(`${c.mentions ?? 0} mentions (expected ${num(c.expected, 1)}); adjusted residual ${num(c.residual, 2)}`);
  line(`share ${percent(c.share)} of the host's mentions; lift ${num(c.lift, 2)}; ${num(c.per10k, 2)} per 10,000 words`);
  line(`${host.meetings} meetings, ${host.documents} documents, ${host.words.toLocaleString('en')} words`);
  return box;
}

function testSummary(test) {
  if (!test || test.chiSquare == null) {
    return el('p', { class: 'test-result', text: test?.note || 'No test: the table is too small.' });
  }
  const v = test.cramersV;
  return el('div', { class: 'test-result' },
    el('p', {}, el('strong', { text: 'Chi-square test of independence: ' }),
      `χ² = ${num(test.chiSquare, 2)}, df = ${test.df}, p = ${pValue(test.pValue)}, Cramér’s V = ${num(v, 2)}`,
      ` (N = ${test.total} mentions).`),
    test.note ? el('p', { class: 'hint', text: test.note }) : null,
    test.lowExpectedCells ? el('p', { class: 'hint',
      text: `${test.lowExpectedCells} cells (${percent(test.lowExpectedFraction)}) expect fewer than 5 mentions.` }) : null);
}

// Trend panel: one line per theme over the buckets, the trend tests beside it (in the tooltip and
// a small table), and for metric=share the 95% Wilson interval as a shaded band. Clicking a point
// lists the passages of that theme in that bucket.

import { el } from '../dom.js';
import { getJson } from '../api.js';
import { metricName, metricValue, num, pValue, trendWords } from '../format.js';
import { PALETTE, chartIn, dataTable, seriesEmpty } from './common.js';

const BAND = '~band';
const BASE = '~base';

export async function renderTrend(ctx) {
  const body = await getJson('/api/v1/series', ctx.params);
  ctx.noteMeta(body.meta);
  if (seriesEmpty(body)) return ctx.empty('No documents match these filters.');
  const metric = body.query.metric;
  const bucketing = body.query.bucket;
  const labels = body.buckets.map((b) => b.label);
  const intervals = metric === 'share' && ctx.panel.options?.showIntervals;
  const themeLabel = (s) => s.label || ctx.labelOf(s.theme);

  const series = [];
  body.series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    series.push({
      id: s.theme, name: themeLabel(s), type: 'line', color, showSymbol: true, symbolSize: 7,
      connectNulls: false, emphasis: { focus: 'series' }, z: 3,
      data: s.points.map((p) => p.value),
    });
  });
  if (intervals) {
    body.series.forEach((s, i) => {
      const color = PALETTE[i % PALETTE.length];
      const stack = `interval-${s.theme}`;
      const band = { type: 'line', name: themeLabel(s), stack, symbol: 'none', silent: true, z: 1,
        lineStyle: { opacity: 0 }, tooltip: { show: false } };
      series.push({ ...band, id: s.theme + BASE, data: s.points.map((p) => p.low ?? null) });
      series.push({ ...band, id: s.theme + BAND, color, areaStyle: { color, opacity: 0.1 },
        data: s.points.map((p) => (p.low == null || p.high == null ? null : p.high - p.low)) });
    });
  }

  const chart = chartIn(ctx.body, `${ctx.panel.title}: ${metricName(metric)} by ${bucketing} for `
    + body.series.map(themeLabel).join(', '));
  ctx.registerChart(chart);
  chart.setOption({
    animation: false,
    grid: { left: 56, right: 20, top: 44, bottom: bucketing === 'meeting' ? 96 : 40, containLabel: false },
    legend: { type: 'scroll', top: 0, data: body.series.map(themeLabel),
      tooltip: { show: true,
        formatter: (p) => el('div', { class: 'tip-wrap', text: statsLine(body.series.find((s) => themeLabel(s) === p.name)) }) } },
    tooltip: { trigger: 'axis', confine: true, formatter: (items) => tooltip(items, body, metric) },
    xAxis: { type: 'category', data: labels, boundaryGap: false,
      axisLabel: bucketing === 'meeting' ? { rotate: 40, formatter: (v) => shortMeeting(v) } : {} },
    yAxis: { type: 'value', name: metricName(metric), nameGap: 14, min: 0, nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (v) => metricValue(metric, v) } },
    series,
  });
  chart.on('click', (p) => {
    if (p.componentType !== 'series' || String(p.seriesId).includes('~')) return;
    const bucket = body.buckets[p.dataIndex];
    ctx.select({ theme: p.seriesId, bucket: bucket.key, bucketing, bucketLabel: bucket.label });
  });

  if (ctx.panel.options?.showTrendStats) ctx.body.append(statsTable(body, themeLabel));
  ctx.body.append(dataTable(`${metricName(metric)} by ${bucketing}`, [bucketing === 'meeting' ? 'Meeting' : 'Bucket',
    ...body.series.map(themeLabel)], body.buckets.map((b, i) => ({
    head: b.label,
    cells: body.series.map((s) => ({
      text: metricValue(metric, s.points[i].value),
      label: `${themeLabel(s)}, ${b.label}: ${metricValue(metric, s.points[i].value)}; list passages`,
      onClick: () => ctx.select({ theme: s.theme, bucket: b.key, bucketing, bucketLabel: b.label }),
    })),
  }))));
}

function shortMeeting(label) {
  const cut = label.indexOf(' — ');
  return cut > 0 ? label.slice(0, cut) : label;
}

function statsLine(s) {
  const t = s?.trend;
  if (!t) return 'No trend statistics (too few points).';
  return `${s.label}: ${trendWords(t)}. n = ${t.n}; OLS slope ${num(t.olsSlope, 4)} per bucket (p ${pValue(t.olsPValue)},`
    + ` R² ${num(t.rSquared, 2)}); Kendall τ ${num(t.kendallTau, 2)} (Mann-Kendall p ${pValue(t.mannKendallPValue)});`
    + ` Sen slope ${num(t.senSlope, 4)}`;
}

function tooltip(items, body, metric) {
  const lines = [];
  const main = items.filter((i) => !String(i.seriesId).includes('~'));
  if (!main.length) return '';
  const bucket = body.buckets[main[0].dataIndex];
  const box = document.createElement('div');
  box.append(el('strong', { text: bucket.label }),
    el('div', { class: 'tip-muted', text: `${bucket.documents} documents, ${bucket.words.toLocaleString('en')} words` }));
  for (const item of main) {
    const s = body.series.find((x) => x.theme === item.seriesId);
    const p = s.points[item.dataIndex];
    const interval = p.low != null && p.high != null ? ` (95% CI ${metricValue(metric, p.low)}–${metricValue(metric, p.high)})` : '';
    const raw = body.query.smooth > 0 ? `; unsmoothed ${metricValue(metric, p.raw)}` : '';
    lines.push(el('div', {}, el('span', { class: 'tip-dot', style: { background: item.color } }),
      `${s.label}: ${metricValue(metric, p.value)}${interval}${raw}; ${p.mentions} mentions`));
    if (s.trend) lines.push(el('div', { class: 'tip-muted', text: statsLine(s) }));
  }
  box.append(...lines);
  return box;
}

function statsTable(body, themeLabel) {
  const cols = ['Theme', 'Reading', 'n', 'OLS slope', 'OLS p', 'R²', 'Kendall τ', 'Mann-Kendall p', 'Sen slope'];
  return el('div', { class: 'scroll' }, el('table', { class: 'stats' },
    el('caption', { text: 'Trend tests on the unsmoothed values (x = bucket position)' }),
    el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col', text: c })))),
    el('tbody', {}, body.series.map((s) => {
      const t = s.trend;
      return el('tr', {}, el('th', { scope: 'row', text: themeLabel(s) }),
        el('td', { text: trendWords(t) }),
        el('td', { text: t ? t.n : '–' }),
        el('td', { text: t ? num(t.olsSlope, 4) : '–' }),
        el('td', { text: t ? pValue(t.olsPValue) : '–' }),
        el('td', { text: t ? num(t.rSquared, 2) : '–' }),
        el('td', { text: t ? num(t.kendallTau, 2) : '–' }),
        el('td', { text: t ? pValue(t.mannKendallPValue) : '–' }),
        el('td', { text: t ? num(t.senSlope, 4) : '–' }));
    }))));
}

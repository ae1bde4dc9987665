// Co-occurrence panel: the themes that share sentences (or documents) with the chosen one, as bars
// of the chosen measure with Jaccard, PMI and lift in the tooltip. Clicking a bar lists the
// passages where both themes occur.

import { el } from '../dom.js';
import { getJson } from '../api.js';
import { num } from '../format.js';
import { chartIn, dataTable } from './common.js';

const MEASURES = { count: 'Shared units', jaccard: 'Jaccard', pmi: 'PMI (log2)', lift: 'Lift' };

export async function renderCooccurrence(ctx) {
  const body = await getJson('/api/v1/cooccurrence', ctx.params);
  ctx.noteMeta(body.meta);
  if (!body.units) return ctx.empty('No theme mentions match these filters.');
  const scope = body.query.scope;
  const chosen = body.query.theme;
  const measure = ctx.panel.options?.measure || 'count';
  const top = ctx.panel.options?.top || 12;
  const rows = body.pairs.filter((p) => p.count > 0).map((p) => {
    const partner = chosen.length === 1 ? (p.a === chosen[0] ? p.b : p.a) : null;
    return { ...p, partner, label: partner ? ctx.labelOf(partner) : `${ctx.labelOf(p.a)} + ${ctx.labelOf(p.b)}` };
  }).sort((x, y) => (y[measure] ?? -Infinity) - (x[measure] ?? -Infinity)).slice(0, top);
  const unit = scope === 'document' ? 'documents' : 'sentences';
  const counts = body.themes.map((t) => `${t.units.toLocaleString('en')} mention ${t.label}`).join(', ');
  ctx.body.append(el('p', { class: 'hint',
    text: `${body.units.toLocaleString('en')} ${unit} mention at least one theme; ${counts}.` }));
  if (!rows.length) return ctx.empty(`No other theme shares ${unit} with this one under these filters.`);

  const chart = chartIn(ctx.body, `${ctx.panel.title}: ${MEASURES[measure]} per theme pair`);
  chart.getDom().style.height = `${Math.max(220, 60 + rows.length * 28)}px`;
  chart.resize();
  ctx.registerChart(chart);
  chart.setOption({
    animation: false,
    grid: { left: 230, right: 40, top: 8, bottom: 44 },
    tooltip: { confine: true, formatter: (p) => {
      const r = rows[p.dataIndex];
      const div = document.createElement('div');
      div.textContent = `${r.label}: ${r.count} shared ${unit}; Jaccard ${num(r.jaccard, 3)}, PMI ${num(r.pmi, 2)},`
        + ` lift ${num(r.lift, 2)}`;
      return div;
    } },
    xAxis: { type: 'value', name: MEASURES[measure], nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    series: [{ id: 'pairs', type: 'bar', data: rows.map((r) => r[measure]), itemStyle: { color: '#1f5fa8' },
      label: { show: true, position: 'right', formatter: (p) => num(p.value, measure === 'count' ? 0 : 2) } }],
  });
  const pick = (r) => ctx.select({ theme: r.a, with: r.b, scope, bucketLabel: `${ctx.labelOf(r.a)} with ${ctx.labelOf(r.b)}` });
  chart.on('click', (p) => { if (p.componentType === 'series') pick(rows[p.dataIndex]); });
  ctx.body.append(dataTable(`Theme pairs (${unit})`, ['Pair', 'Shared', 'Jaccard', 'PMI', 'Lift'], rows.map((r) => ({
    head: r.label,
    cells: [
      { text: String(r.count), label: `${r.label}: ${r.count} shared ${unit}; list passages`, onClick: () => pick(r) },
      { text: num(r.jaccard, 3) }, { text: num(r.pmi, 2) }, { text: num(r.lift, 2) },
    ],
  }))));
}

// Heatmap panel: themes down, buckets across, colour = the metric. Clicking a cell lists the
// passages of that theme in that bucket.

import { getJson } from '../api.js';
import { metricName, metricValue } from '../format.js';
import { chartIn, dataTable, seriesEmpty } from './common.js';

export async function renderHeatmap(ctx) {
  const body = await getJson('/api/v1/series', ctx.params);
  ctx.noteMeta(body.meta);
  if (seriesEmpty(body)) return ctx.empty('No documents match these filters.');
  const metric = body.query.metric;
  const bucketing = body.query.bucket;
  const themes = body.series.map((s) => s.label || ctx.labelOf(s.theme));
  const data = [];
  let max = 0;
  body.series.forEach((s, y) => s.points.forEach((p, x) => {
    data.push([x, y, p.value == null ? '-' : p.value]);
    if (p.value != null) max = Math.max(max, p.value);
  }));

  const chart = chartIn(ctx.body, `${ctx.panel.title}: heatmap of ${metricName(metric)}, themes by ${bucketing}`);
  chart.getDom().style.height = `${Math.max(260, 90 + themes.length * 30)}px`;
  chart.resize();
  ctx.registerChart(chart);
  chart.setOption({
    animation: false,
    grid: { left: 190, right: 24, top: 8, bottom: bucketing === 'meeting' ? 130 : 78 },
    tooltip: {
      confine: true,
      formatter: (p) => {
        const s = body.series[p.value[1]];
        const b = body.buckets[p.value[0]];
        const point = s.points[p.value[0]];
        const div = document.createElement('div');
        div.textContent = `${s.label} · ${b.label}: ${metricValue(metric, point.value)} (${point.mentions} mentions,`
          + ` ${b.documents} documents)`;
        return div;
      },
    },
    xAxis: { type: 'category', data: body.buckets.map((b) => b.label), splitArea: { show: true },
      axisLabel: { rotate: bucketing === 'meeting' ? 50 : 0, hideOverlap: true } },
    yAxis: { type: 'category', data: themes, splitArea: { show: true }, inverse: true },
    visualMap: { min: 0, max: max || 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      itemHeight: 160, inRange: { color: ['#f7fbff', '#9ecae1', '#2171b5', '#08306b'] },
      formatter: (v) => metricValue(metric, v) },
    series: [{ id: 'cells', type: 'heatmap', data, emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1 } } }],
  });
  chart.on('click', (p) => {
    if (p.componentType !== 'series') return;
    const s = body.series[p.value[1]];
    const b = body.buckets[p.value[0]];
    ctx.select({ theme: s.theme, bucket: b.key, bucketing, bucketLabel: b.label });
  });
  ctx.body.append(dataTable(`${metricName(metric)}, themes by ${bucketing}`, ['Theme', ...body.buckets.map((b) => b.label)],
    body.series.map((s) => ({
      head: s.label,
      cells: s.points.map((p, i) => ({
        text: metricValue(metric, p.value),
        label: `${s.label}, ${body.buckets[i].label}: ${metricValue(metric, p.value)}; list passages`,
        onClick: () => ctx.select({ theme: s.theme, bucket: body.buckets[i].key, bucketing,
          bucketLabel: body.buckets[i].label }),
      })),
    }))));
}

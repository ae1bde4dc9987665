// Shared by the chart panels: the ECharts instance of a container, the colour palette, the empty
// check for series answers, and the keyboard-usable data table that mirrors each chart.

import { el } from '../dom.js';

export const PALETTE = ['#1f5fa8', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d',
  '#4d7c0f', '#334155', '#9333ea', '#0f766e'];

export function chartIn(container, ariaLabel) {
  const box = el('div', { class: 'chart', role: 'img', 'aria-label': ariaLabel });
  container.append(box);
  return window.echarts.init(box, null, { renderer: 'canvas' });
}

/** A series answer with no documents in any bucket has nothing to draw. */
export function seriesEmpty(body) {
  return !body.buckets.length || body.buckets.every((b) => !b.documents);
}

/**
 * A collapsed table of the chart's numbers; each cell is a button that lists the passages behind
 * it, so everything a pointer can do on the canvas a keyboard can do here.
 */
export function dataTable(caption, columns, rows) {
  const table = el('table', {},
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: c })))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      el('th', { scope: 'row', text: row.head }),
      row.cells.map((cell) => el('td', {}, cell.onClick
        ? el('button', { type: 'button', class: 'cell', text: cell.text, 'aria-label': cell.label, onclick: cell.onClick })
        : cell.text))))));
  return el('details', { class: 'data-table' }, el('summary', { text: 'Data table' }), el('div', { class: 'scroll' }, table));
}

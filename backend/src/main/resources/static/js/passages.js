// Lists the passages behind a number: each sentence with its matched terms marked (built as text
// nodes and <mark> elements, never as markup), the document title and the meeting. A "More" button
// pages on with the API's cursor until there is nothing left.

import { el, clear, message } from './dom.js';
import { getJson } from './api.js';

const PAGE = 20;
const PAIR_PAGE = 200;
const PAIR_PAGES_PER_CLICK = 5;

/** Pages of /api/v1/mentions for the given parameters. */
export function mentionSource(params) {
  let cursor = null;
  return {
    async next() {
      const body = await getJson('/api/v1/mentions', { limit: PAGE, ...params, cursor });
      cursor = body.nextCursor;
      const items = body.items.map((i) => ({ ...i, ranges: [[i.termStart, i.termEnd]], themes: [i.theme] }));
      return { items, meta: body.meta, done: !cursor };
    },
  };
}

/**
 * Sentences (or documents) where both themes of a pair occur: the mentions of the two themes are
 * paged together and grouped by sentence; a group is shown once both themes are in it.
 */
export function pairSource(params, a, b, scope) {
  let cursor = null;
  let finished = false;
  const groups = new Map();
  const shown = new Set();
  return {
    async next() {
      const fresh = [];
      let meta = null;
      for (let page = 0; page < PAIR_PAGES_PER_CLICK && !finished && fresh.length < PAGE; page += 1) {
        const body = await getJson('/api/v1/mentions', { ...params, theme: [a, b], limit: PAIR_PAGE, cursor });
        meta = body.meta;
        cursor = body.nextCursor;
        finished = !cursor;
        for (const item of body.items) {
          const key = scope === 'document' ? item.documentId : `${item.documentId}\u0000${item.sentence}`;
          if (!groups.has(key)) groups.set(key, []);
          groups.get(key).push(item);
        }
        for (const [key, items] of groups) {
          if (shown.has(key)) continue;
          const themes = new Set(items.map((i) => i.theme));
          if (themes.has(a) && themes.has(b)) {
            shown.add(key);
            fresh.push(...merged(items, scope, a, b));
          }
        }
      }
      return { items: fresh, meta, done: finished };
    },
  };
}

function merged(items, scope, a, b) {
  if (scope === 'document') {
    return [a, b].map((t) => items.find((i) => i.theme === t))
      .map((i) => ({ ...i, ranges: [[i.termStart, i.termEnd]], themes: [i.theme] }));
  }
  const first = items[0];
  return [{ ...first, ranges: items.map((i) => [i.termStart, i.termEnd]), themes: [...new Set(items.map((i) => i.theme))] }];
}

/** The sentence as text nodes with each matched range in a <mark>; overlapping ranges merge. */
export function highlighted(sentence, ranges) {
  const sorted = ranges.filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s && s >= 0)
    .map(([s, e]) => [s, Math.min(e, sentence.length)]).sort((x, y) => x[0] - y[0]);
  const spans = [];
  for (const r of sorted) {
    const last = spans[spans.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else spans.push([...r]);
  }
  const parts = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (s > at) parts.push(sentence.slice(at, s));
    parts.push(el('mark', { text: sentence.slice(s, e) }));
    at = e;
  }
  if (at < sentence.length) parts.push(sentence.slice(at));
  return parts;
}

function passageItem(item, labelOf) {
  const meeting = item.meeting || {};
  return el('li', { class: 'passage' },
    el('p', { class: 'sentence' }, highlighted(item.sentence || '', item.ranges)),
    el('p', { class: 'source' },
      el('span', { class: 'doc-title', text: item.documentTitle || item.documentId }),
      ' · ',
      el('span', { class: 'meeting', text: meeting.label || meeting.id || '' }),
      ' · ',
      el('span', { class: 'theme-tag', text: item.themes.map(labelOf).join(' + ') }),
      item.synthetic ? el('span', { class: 'synthetic-tag', text: 'synthetic' }) : null));
}

/**
 * Fills {@code container} with passages from {@code source}, with a "More" button while pages
 * remain. {@code onMeta} receives each page's meta (warnings, synthetic flag).
 */
export async function showPassages(container, source, { labelOf, onMeta, emptyText }) {
  clear(container);
  const list = el('ol', { class: 'passages', 'aria-live': 'polite' });
  const more = el('button', { type: 'button', class: 'more secondary', text: 'More passages' });
  const status = el('p', { class: 'count', role: 'status' });
  container.append(list, status, more);
  let count = 0;

  async function load() {
    more.disabled = true;
    more.textContent = 'Loading…';
    try {
      const page = await source.next();
      if (page.meta && onMeta) onMeta(page.meta);
      page.items.forEach((item) => list.append(passageItem(item, labelOf)));
      count += page.items.length;
      if (count === 0 && page.done) {
        clear(container).append(message('empty', emptyText || 'No passages match these filters.'));
        return;
      }
      status.textContent = `${count} passage${count === 1 ? '' : 's'} shown${page.done ? ' (all)' : ''}.`;
      more.hidden = page.done;
      more.disabled = false;
      more.textContent = 'More passages';
    } catch (e) {
      container.append(message('error', e.message, e.lines ? e.lines().slice(1) : []));
      more.hidden = true;
    }
  }

  more.addEventListener('click', load);
  await load();
}

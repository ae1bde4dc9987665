// Download links for a panel: the export endpoints with exactly the panel's current parameters.

import { el } from './dom.js';
import { url } from './api.js';

const EXPORTS = {
  '/api/v1/series': '/api/v1/export/series',
  '/api/v1/compare/hosts': '/api/v1/export/hosts',
  '/api/v1/mentions': '/api/v1/export/mentions',
};
const FORMATS = [['csv', 'CSV'], ['json', 'JSON'], ['parquet', 'Parquet']];

export function exportLinks(path, params, title) {
  const target = EXPORTS[path];
  if (!target) return null;
  const base = { ...params };
  if (path === '/api/v1/mentions') {
    delete base.limit;
    delete base.cursor;
  }
  return el('div', { class: 'exports', role: 'group', 'aria-label': `Download ${title}` },
    FORMATS.map(([format, name]) => {
      const extra = format === 'csv' && path === '/api/v1/series' ? { layout: 'long' } : {};
      return el('a', {
        class: 'button export', href: url(target, { ...base, format, ...extra }), download: '',
        'data-format': format, 'aria-label': `Download “${title}” as ${name}`, text: name,
      });
    }));
}

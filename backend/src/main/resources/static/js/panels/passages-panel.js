// Passages panel: the latest passages of the panel's query, with "More" paging by cursor.

import { mentionSource, showPassages } from '../passages.js';

export async function renderPassagesPanel(ctx) {
  await showPassages(ctx.body, mentionSource(ctx.params), {
    labelOf: ctx.labelOf,
    onMeta: ctx.noteMeta,
    emptyText: 'No passages match these filters.',
  });
}

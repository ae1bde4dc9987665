// Number formatting for tooltips, tables and test results: short, honest, and the same everywhere.

export function num(v, digits = 2) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (v !== 0 && Math.abs(v) < 10 ** -digits) return v.toExponential(1);
  return Number(v).toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function pValue(p) {
  if (p === null || p === undefined || Number.isNaN(p)) return '–';
  if (p < 0.001) return '< 0.001';
  return p.toFixed(3);
}

export function percent(v) {
  return v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}%`;
}

const METRIC_NAMES = {
  mentions: 'Mentions',
  documents: 'Documents mentioning',
  per10k: 'Mentions per 10,000 words',
  share: 'Share of theme mentions',
};

export function metricName(metric) {
  return METRIC_NAMES[metric] || metric;
}

export function metricValue(metric, v) {
  return metric === 'share' ? percent(v) : num(v, metric === 'per10k' ? 2 : 0);
}

let regionNames;
/** "LA" → "Laos (LA)" where the browser knows the name. */
export function hostName(code) {
  try {
    regionNames = regionNames || new Intl.DisplayNames(['en'], { type: 'region' });
    const name = regionNames.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch (e) {
    return code;
  }
}

/** A plain-words reading of a trend: direction when Mann-Kendall says it is unlikely to be chance. */
export function trendWords(trend) {
  if (!trend || trend.n < 3) return 'too few points for a trend test';
  const p = trend.mannKendallPValue;
  if (p === null || p === undefined) return 'no trend test (constant values)';
  if (p >= 0.05) return 'no clear trend';
  return trend.kendallTau > 0 ? 'rising' : 'falling';
}

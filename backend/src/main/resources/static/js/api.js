// The one way the page talks to the backend: GET with repeatable parameters, JSON back, and API
// problems (application/problem+json) turned into errors that carry the problem's detail.

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The request failed (HTTP ${status}).`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The sentences worth showing: the detail, then each field error that adds something to it. */
  lines() {
    const errors = Array.isArray(this.problem.errors) ? this.problem.errors : [];
    const extra = errors.map((e) => e.message).filter((m) => m && !this.message.includes(m));
    return [this.message, ...extra];
  }
}

/** A query string from params; arrays repeat the key, empty values are left out. */
export function queryString(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v !== undefined && v !== null && String(v) !== '') q.append(key, String(v));
    }
  }
  return q.toString();
}

export function url(path, params = {}) {
  const qs = queryString(params);
  return qs ? `${path}?${qs}` : path;
}

export async function getJson(path, params = {}) {
  let response;
  try {
    response = await fetch(url(path, params), { headers: { Accept: 'application/json, application/problem+json' } });
  } catch (e) {
    throw new ApiProblem(0, { detail: 'The ThemeScope server cannot be reached; check that it is running.' });
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiProblem(response.status, body);
  return body;
}

// The REST API as the signed-in user, through /app/api (the server adds the user's credentials;
// every write carries the session's CSRF token). A 401 means the session is over: back to sign-in.
let me = null;

export async function session() {
  if (!me) {
    const r = await fetch('/app/me', { credentials: 'same-origin' });
    if (r.status === 401) { location.assign('/login'); throw new Error('signed out'); }
    me = await r.json();
  }
  return me;
}

export function can(role) { return me && me.roles.includes(role); }

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status; this.problem = problem || {};
  }
}

export async function api(method, path, { body, etag, raw, type } = {}) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = (await session()).csrf;
  if (body !== undefined) headers['Content-Type'] = type || 'application/json';
  if (etag) headers['If-Match'] = etag;
  const r = await fetch('/app/api/' + path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
  });
  if (r.status === 401) { location.assign('/login'); throw new ApiError(401); }
  if (raw) return r;
  const answered = r.headers.get('Content-Type') || '';
  const data = r.status === 204 ? null : (answered.includes('json') ? await r.json() : await r.text());
  if (!r.ok) throw new ApiError(r.status, typeof data === 'object' ? data : { detail: data });
  return { data, etag: r.headers.get('ETag'), status: r.status };
}

export async function signOut() {
  await fetch('/app/logout', { method: 'POST', headers: { 'X-CSRF-Token': (await session()).csrf }, credentials: 'same-origin' });
  location.assign('/login');
}

export async function parseTiming(text, year) {
  const r = await fetch('/app/timing?text=' + encodeURIComponent(text) + '&year=' + year, { credentials: 'same-origin' });
  return r.json();
}

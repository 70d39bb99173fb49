// The one way pages talk to the server: GET /api/..., JSON in, JSON errors turned into ApiError.

/** An answer of the API that is no success, or no answer at all (status 0). */
export class ApiError extends Error {
  constructor(status, error, detail) {
    super(detail ? `${error}: ${detail}` : error);
    this.status = status;
    this.error = error;
    this.detail = detail;
  }
}

/**
 * GETs /api/PATH with the given query parameters (empty, null and undefined ones left out).
 * Rejects with ApiError (the server's {error, detail}), or with an AbortError when `signal`
 * aborts (the router aborts the requests of a page one navigates away from).
 */
export async function api(path, params = {}, signal = undefined) {
  const url = new URL('/api/' + path.replace(/^\/+/, ''), location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  }
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'no answer', 'the server did not answer (is `dossier serve` still running?)');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    // a proxy's HTML error page, say; the status says enough
  }
  if (!res.ok) {
    throw new ApiError(res.status, body?.error ?? `HTTP ${res.status}`, body?.detail ?? '');
  }
  return body;
}

/** Path segment for an id (ids are [A-Za-z0-9_:-], but never trust that in a URL). */
export const seg = (id) => encodeURIComponent(id);

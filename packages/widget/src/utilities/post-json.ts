/** What came back from a JSON POST: an answer (with its JSON body, and Retry-After when refused), or none. */
export type PostJsonResult =
  | { answered: true; ok: boolean; status: number; body?: unknown; retryAfter?: string }
  | { answered: false; failure: 'timeout' | 'network' };

/** POSTs `payload` as JSON to the site's own endpoint; never throws. */
export async function postJson(endpoint: string, payload: unknown, timeout: number): Promise<PostJsonResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
      signal: abort.signal,
      credentials: 'same-origin',
    });
    const { ok, status } = response;
    const body: unknown = await response.json().catch(() => undefined);
    const retryAfter = response.headers.get('retry-after');
    return { answered: true, ok, status, ...(body === undefined ? {} : { body }), ...(retryAfter ? { retryAfter } : {}) };
  } catch {
    return { answered: false, failure: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

import type { ContactRequest } from '@mentor-finder/matcher';
import type { SendFailure } from '../translations/translation.js';

/** A refused request carries the server's JSON answer (`{ code, errors? }`) and its Retry-After, when given. */
export type SendOutcome = { ok: true; status: number } | { ok: false; failure: SendFailure; status?: number; body?: unknown; retryAfter?: string };

export interface SendContactRequestOptions {
  /** Milliseconds before the request is abandoned. */
  timeout?: number;
}

export const DEFAULT_SEND_OPTIONS = Object.freeze({ timeout: 15_000 });

/** POSTs the request as JSON; never throws, every failure becomes a `SendFailure`. */
export async function sendContactRequest(
  endpoint: string,
  request: ContactRequest,
  options?: SendContactRequestOptions,
): Promise<SendOutcome> {
  const { timeout } = { ...DEFAULT_SEND_OPTIONS, ...options };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
      signal: abort.signal,
      credentials: 'same-origin',
    });
    const { ok, status } = response;
    if (ok) return { ok, status };
    const body: unknown = await response.json().catch(() => undefined);
    const retryAfter = response.headers.get('retry-after');
    return { ok, failure: status >= 500 ? 'server' : 'rejected', status, ...(body === undefined ? {} : { body }), ...(retryAfter ? { retryAfter } : {}) };
  } catch {
    return { ok: false, failure: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

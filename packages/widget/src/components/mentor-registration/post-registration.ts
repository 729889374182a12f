import type { RegistrationFailure } from './translations/registration-translation.js';
import type { RegistrationRequest } from './build-registration.js';

export type PostOutcome =
  | { ok: true; status: number }
  | { ok: false; failure: RegistrationFailure; status?: number; body?: unknown };

export const DEFAULT_POST_OPTIONS = Object.freeze({ timeout: 15_000 });

function failureOf(status: number): RegistrationFailure {
  if (status === 409) return 'duplicate';
  if (status === 429) return 'rate-limited';
  return status >= 500 ? 'server' : 'rejected';
}

/** POSTs the registration as JSON; never throws, every failure becomes a `RegistrationFailure`. */
export async function postRegistration(endpoint: string, request: RegistrationRequest, options: { timeout?: number } = {}): Promise<PostOutcome> {
  const { timeout } = { ...DEFAULT_POST_OPTIONS, ...options };
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
    if (response.ok) return { ok: true, status: response.status };
    // A server that checks the record too answers 400 with ValidationErrors; they are shown at their fields.
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    return { ok: false, failure: failureOf(response.status), status: response.status, body };
  } catch {
    return { ok: false, failure: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

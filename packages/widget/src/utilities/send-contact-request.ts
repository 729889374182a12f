import type { ContactRequest } from '@mentor-finder/matcher';
import type { SendFailure } from '../translations/translation.js';
import { postJson } from './post-json.js';

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
  const result = await postJson(endpoint, request, timeout);
  if (!result.answered) return { ok: false, failure: result.failure };
  const { ok, status, body, retryAfter } = result;
  if (ok) return { ok, status };
  return { ok, failure: status >= 500 ? 'server' : 'rejected', status, ...(body === undefined ? {} : { body }), ...(retryAfter ? { retryAfter } : {}) };
}

import type { RegistrationFailure } from './translations/registration-translation.js';
import type { RegistrationRequest } from './build-registration.js';
import type { MentorRegistrationSubmitDetail } from './mentor-registration.events.js';
import { noticeToOffer } from '../../utilities/notice-to-offer.js';
import { postJson } from '../../utilities/post-json.js';

export type PostOutcome =
  | { ok: true; status: number; body?: unknown }
  | { ok: false; failure: RegistrationFailure; status?: number; body?: unknown };

export const DEFAULT_POST_OPTIONS = Object.freeze({ timeout: 15_000 });

function failureOf(status: number, body: unknown): RegistrationFailure {
  if (noticeToOffer(body)) return 'rejected';
  if (status === 409) return 'duplicate';
  if (status === 429) return 'rate-limited';
  return status >= 500 ? 'server' : 'rejected';
}

/** POSTs the registration as JSON; never throws, every failure becomes a `RegistrationFailure`. */
export async function postRegistration(endpoint: string, request: RegistrationRequest, options: { timeout?: number } = {}): Promise<PostOutcome> {
  const { timeout } = { ...DEFAULT_POST_OPTIONS, ...options };
  const result = await postJson(endpoint, request, timeout);
  if (!result.answered) return { ok: false, failure: result.failure };
  if (result.ok) return { ok: true, status: result.status, body: result.body };
  // A server that checks the record too answers 400 with ValidationErrors; they are shown at their fields.
  return { ok: false, failure: failureOf(result.status, result.body), status: result.status, body: result.body };
}

/**
 * Fires `mentor-registration-submit` from `host`, then POSTs to `endpoint` unless the page took the
 * request (`preventDefault()`); a page's `respondWith` promise is the outcome then. Without an
 * endpoint, nothing is sent unless the page takes it.
 */
export async function deliverRegistration(host: EventTarget, request: RegistrationRequest, options: { endpoint: string; timeout?: number }): Promise<PostOutcome> {
  let response: Promise<unknown> | undefined;
  const detail: MentorRegistrationSubmitDetail = { request, respondWith: (outcome) => (response = outcome) };
  const proceed = host.dispatchEvent(new CustomEvent('mentor-registration-submit', { detail, bubbles: true, composed: true, cancelable: true }));
  if (proceed && options.endpoint) return postRegistration(options.endpoint, request, { timeout: options.timeout });
  if (proceed) return { ok: false, failure: 'network' };
  try {
    await response;
    return { ok: true, status: 0 };
  } catch {
    return { ok: false, failure: 'network' };
  }
}

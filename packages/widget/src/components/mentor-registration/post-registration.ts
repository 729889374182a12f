import type { RegistrationFailure } from './translations/registration-translation.js';
import type { RegistrationRequest } from './build-registration.js';
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

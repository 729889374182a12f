import type { ContactRequest, PublicMentor } from '@mentor-finder/matcher';
import type { MentorFinderContactDetail } from '../../events/mentor-finder-contact.js';
import { sendContactRequest, type SendOutcome } from '../../utilities/send-contact-request.js';

/**
 * Fires `mentor-finder-contact` from `host`, then POSTs the request to `endpoint` unless the page
 * took it (`preventDefault()`) or there is no endpoint; the page's `respondWith` promise is the
 * outcome then. Never throws.
 */
export async function deliverContactRequest(host: EventTarget, request: ContactRequest, mentor: PublicMentor, options: { endpoint: string; timeout?: number }): Promise<SendOutcome> {
  let response: Promise<unknown> | undefined;
  const detail: MentorFinderContactDetail = { request, mentor, respondWith: (outcome) => (response = outcome) };
  const proceed = host.dispatchEvent(new CustomEvent('mentor-finder-contact', { detail, bubbles: true, composed: true, cancelable: true }));
  if (proceed && options.endpoint) return sendContactRequest(options.endpoint, request, { timeout: options.timeout });
  try {
    await response;
    return { ok: true, status: 0 };
  } catch {
    return { ok: false, failure: 'network' };
  }
}

// @ts-check
import { errorResponse, jsonResponse } from './responses.mjs';

/** @typedef {import('./create-mail-outbox.mjs').MailOutbox} MailOutbox */

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/** @param {string} ip */
export const isLoopback = (ip) => LOOPBACK.test(ip);

/** A loopback Host header too, so a page on another site cannot read it through DNS rebinding. @param {string | undefined} host */
export const isLoopbackHost = (host) => host !== undefined && LOOPBACK_HOST.test(host);

/**
 * GET /api/outbox: the e-mails that would be sent. A demo aid, so only for this machine.
 * @param {{ ip: string, host?: string | undefined }} input
 * @param {{ outbox: MailOutbox }} context
 */
export function handleOutbox(input, { outbox }) {
  if (!isLoopback(input.ip) || !isLoopbackHost(input.host)) return errorResponse(403, 'forbidden', 'The outbox is only shown to loopback addresses.');
  return jsonResponse(200, { mails: outbox.list() });
}

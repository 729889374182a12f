// @ts-check
import { readFile } from 'node:fs/promises';
import { isLoopback, isLoopbackHost } from './handle-outbox.mjs';
import { errorResponse } from './responses.mjs';

/**
 * @typedef {import('./responses.mjs').HandlerResponse} HandlerResponse
 *
 * The full sample cohort for the coordinator page, by URL path.
 * @typedef {Readonly<Record<string, string>>} CohortFiles e.g. { '/data/mentors.json': '/abs/mentors.json' }
 */

export const COHORT_PATHS = Object.freeze(['/data/mentors.json', '/data/mentees.json', '/data/programmes.json']);

/**
 * GET /data/*.json: full records with e-mails and other private fields, so only for a browser on
 * this machine (loopback address and loopback Host, against DNS rebinding), and never cached.
 * @param {{ path: string, ip: string, host?: string | undefined }} input
 * @param {{ files: CohortFiles }} context
 * @returns {Promise<HandlerResponse>}
 */
export async function handleCohortData(input, { files }) {
  if (!isLoopback(input.ip) || !isLoopbackHost(input.host)) {
    return errorResponse(403, 'forbidden', 'The cohort data is only shown to loopback addresses.');
  }
  const file = Object.hasOwn(files, input.path) ? files[input.path] : undefined;
  if (!file) return errorResponse(404, 'not-found', `Nothing at ${input.path}.`);
  try {
    const body = await readFile(file);
    return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body };
  } catch {
    return errorResponse(404, 'not-found', `The cohort file for ${input.path} is missing.`);
  }
}

// @ts-check
import { describe, expect, it } from 'vitest';
import { MENTORS, PROGRAMMES, makeContactRequest } from '../testing/test-app.js';
import { contentHash } from './create-contact-store.js';
import { createRateLimiter } from './create-rate-limiter.js';
import { handleContactRequest } from './handle-contact-request.js';

const mentor = /** @type {import('@mentor-finder/matcher').Mentor} */ (MENTORS.find((m) => m.id === 'm-ee-01'));
const programme = PROGRAMMES.find((p) => p.id === mentor.programmeId);

/**
 * A store whose key lookup misses once and whose insert then hits the unique index, as when
 * another process stores the same key in between.
 * @param {string} storedHash
 */
function racingStore(storedHash) {
  let lookups = 0;
  return {
    findByKey: () => (lookups++ === 0 ? undefined : { id: 'first-id', status: 'received', content_hash: storedHash }),
    save: () => {
      throw Object.assign(new Error('UNIQUE constraint failed: contact_requests.idempotency_key'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    },
    deleteExpired: () => 0,
    count: () => 0,
  };
}

/** @param {ReturnType<typeof racingStore>} store */
const context = (store) => ({
  store,
  directory: { findPublished: () => ({ mentor, programme }) },
  rateLimiter: createRateLimiter({ max: 10, windowSeconds: 60 }),
  clock: { now: () => 0 },
  retentionDays: 90,
});

describe('handleContactRequest when another process stored the same key first', () => {
  it('answers 200 with the first id when the content is the same', () => {
    const body = makeContactRequest();
    const { hp: _hp, idempotencyKey: _key, ...content } = body;
    const result = handleContactRequest({ body, clientKey: 'k' }, context(racingStore(contentHash(content))));
    expect(result).toEqual({ status: 200, body: { id: 'first-id', status: 'received' } });
  });

  it('answers 409 when the other process stored other content', () => {
    const result = handleContactRequest({ body: makeContactRequest(), clientKey: 'k' }, context(racingStore('other')));
    expect(result.status).toBe(409);
    expect(result.body.code).toBe('idempotency-key-reused');
  });
});

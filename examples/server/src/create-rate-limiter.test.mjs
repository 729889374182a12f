// @ts-check
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './create-rate-limiter.mjs';

describe('createRateLimiter', () => {
  it('allows a burst, then refuses with the seconds until the next token', () => {
    let t = 0;
    const limiter = createRateLimiter({ burst: 3, perMinute: 2, now: () => t });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    t = 29_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    t = 30_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('keeps one bucket per client', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, now: () => 0 });
    expect(limiter.take('10.0.0.1').allowed).toBe(true);
    expect(limiter.take('10.0.0.1').allowed).toBe(false);
    expect(limiter.take('10.0.0.2').allowed).toBe(true);
  });

  it('never refills past the burst size', () => {
    let t = 0;
    const limiter = createRateLimiter({ burst: 2, perMinute: 60, now: () => t });
    t = 3_600_000;
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, false]);
  });

  it('bounds its memory by dropping idle clients first', () => {
    let t = 0;
    const limiter = createRateLimiter({ burst: 2, perMinute: 60, maxClients: 3, now: () => t });
    for (const ip of ['a', 'b', 'c']) limiter.take(ip);
    t = 10_000; // a, b and c are full again
    limiter.take('d');
    limiter.take('d');
    limiter.take('e');
    expect(limiter.size()).toBeLessThanOrEqual(3);
    expect(limiter.take('d').allowed).toBe(false); // the busy client kept its bucket
  });

  it('rejects settings that would never allow a request', () => {
    expect(() => createRateLimiter({ burst: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ perMinute: 0 })).toThrow(RangeError);
  });
});

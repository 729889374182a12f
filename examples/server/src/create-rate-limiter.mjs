// @ts-check
/**
 * @typedef {object} RateLimiterOptions
 * @property {number} [burst] requests a client may send at once
 * @property {number} [perMinute] tokens added back per minute
 * @property {number} [maxClients] buckets kept in memory before idle ones are dropped
 * @property {() => number} [now] clock in milliseconds (tests pass their own)
 *
 * @typedef {{ allowed: true, remaining: number } | { allowed: false, retryAfterSeconds: number }} RateDecision
 * @typedef {{ take(key: string): RateDecision, size(): number }} RateLimiter
 */

export const DEFAULT_RATE_LIMIT = Object.freeze({ burst: 5, perMinute: 2, maxClients: 10_000 });

/**
 * Token bucket per client key (the IP address).
 * @param {RateLimiterOptions} [options]
 * @returns {RateLimiter}
 */
export function createRateLimiter(options = {}) {
  const { burst, perMinute, maxClients } = { ...DEFAULT_RATE_LIMIT, ...options };
  if (!(burst >= 1) || !(perMinute > 0)) throw new RangeError('rate limit: burst must be >= 1 and perMinute > 0');
  const now = options.now ?? Date.now;
  const perMs = perMinute / 60_000;
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();

  /** @param {{ tokens: number, at: number }} bucket @param {number} t */
  const refilled = (bucket, t) => Math.min(burst, bucket.tokens + Math.max(0, t - bucket.at) * perMs);

  /** @param {number} t */
  function prune(t) {
    for (const [key, bucket] of buckets) {
      if (buckets.size <= maxClients) return;
      if (refilled(bucket, t) >= burst) buckets.delete(key);
    }
    // Still too many busy clients: drop the least recently seen (Map keeps insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size <= maxClients) return;
      buckets.delete(key);
    }
  }

  return {
    take(key) {
      const t = now();
      const previous = buckets.get(key);
      const tokens = previous ? refilled(previous, t) : burst;
      buckets.delete(key);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: t });
        if (buckets.size > maxClients) prune(t);
        return { allowed: true, remaining: Math.floor(tokens - 1) };
      }
      buckets.set(key, { tokens, at: t });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
    size: () => buckets.size,
  };
}

// @ts-check
/**
 * @typedef {{ allowed: true, remaining: number } | { allowed: false, retryAfterSeconds: number }} RateDecision
 * @typedef {{ take(key: string): RateDecision, size(): number }} RateLimiter
 */

/**
 * A fixed-window count per client key, in memory. The contact route takes from it only for a
 * request that passed validation, so typing mistakes and retries of stored requests cost nothing.
 * @param {{ max: number, windowSeconds: number, maxClients?: number, now?: () => number }} options
 * @returns {RateLimiter}
 */
export function createRateLimiter({ max, windowSeconds, maxClients = 100_000, now = Date.now }) {
  const windowMs = windowSeconds * 1000;
  /** @type {Map<string, { count: number, resetAt: number }>} */
  const windows = new Map();
  return {
    take(key) {
      const t = now();
      let entry = windows.get(key);
      if (!entry || entry.resetAt <= t) {
        windows.delete(key);
        if (windows.size >= maxClients) prune(t);
        entry = { count: 0, resetAt: t + windowMs };
        windows.set(key, entry);
      }
      if (entry.count >= max) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.resetAt - t) / 1000)) };
      entry.count += 1;
      return { allowed: true, remaining: max - entry.count };
    },
    size: () => windows.size,
  };

  /** @param {number} t */
  function prune(t) {
    for (const [key, entry] of windows) if (entry.resetAt <= t) windows.delete(key);
    // Still full of live windows: drop the oldest (Map keeps insertion order).
    for (const key of windows.keys()) {
      if (windows.size < maxClients) return;
      windows.delete(key);
    }
  }
}

/**
 * A loader that runs `load` once and shares its promise; after a failure the next call tries again.
 * Callers pass `() => import('./module.js')` so bundlers still see each dynamic import where it is.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((cause: unknown) => {
      pending = undefined;
      throw cause;
    });
    return pending;
  };
}

/** A shared load: call it for the promise; `loaded` is the value once a load has succeeded. */
export interface Loader<T> {
  (): Promise<T>;
  readonly loaded: T | undefined;
}

/**
 * A loader that runs `load` once and shares its promise; after a failure the next call tries again.
 * Callers pass `() => import('./module.js')` so bundlers still see each dynamic import where it is.
 * `loaded` lets code that can go on at once when the value is here skip waiting for a promise.
 */
export function loadOnce<T>(load: () => Promise<T>): Loader<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  const loader = (): Promise<T> => {
    pending ??= load().then(
      (result) => (value = result),
      (cause: unknown) => {
        pending = undefined;
        throw cause;
      },
    );
    return pending;
  };
  return Object.defineProperty(loader, 'loaded', { get: () => value }) as Loader<T>;
}

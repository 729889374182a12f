// Requests for `src` started before the element is defined, so the data is on its way while the
// rest of the script (Lit, the element, its templates) is still being evaluated.

const started = new Map<string, Promise<Response>>();

/** The URL a request for `src` goes to; `src` itself when it does not parse. */
function absolute(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

/**
 * Starts the request of each `tag` element already in the document that has a `src` and no
 * `mentors` given, with the options the data controller uses. Each is handed to the first load of
 * its URL, or never used.
 */
export function prefetchMentorData(tag: string): void {
  if (typeof document === 'undefined' || typeof fetch !== 'function') return;
  for (const element of document.querySelectorAll(`${tag}[src]`)) {
    const src = element.getAttribute('src');
    if (!src || Object.prototype.hasOwnProperty.call(element, 'mentors')) continue;
    const url = absolute(src);
    if (started.has(url)) continue;
    const request = fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    // The load that takes it reports a failure; one never taken must not surface as unhandled.
    request.catch(() => undefined);
    started.set(url, request);
  }
}

/** The request started for `src`, once; undefined when none was started. */
export function takePrefetchedMentorData(src: string): Promise<Response> | undefined {
  if (started.size === 0) return undefined;
  const url = absolute(src);
  const request = started.get(url);
  started.delete(url);
  return request;
}

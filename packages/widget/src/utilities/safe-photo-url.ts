/** The URL when it is an absolute https URL; anything else (http, data:, javascript:) is dropped. */
export function safePhotoUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

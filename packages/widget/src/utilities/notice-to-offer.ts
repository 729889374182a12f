/**
 * The privacy notice version a server asks the consent to be given for, when it refused a send
 * that accepted another (`notice-changed`: the notice changed while the page was open).
 */
export function noticeToOffer(body: unknown): string | undefined {
  const { code, noticeVersion } = (body ?? {}) as { code?: unknown; noticeVersion?: unknown };
  return code === 'notice-changed' && typeof noticeVersion === 'string' && noticeVersion !== '' ? noticeVersion : undefined;
}

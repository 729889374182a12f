// @ts-check
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openMigratedDatabase } from '../mail/testing/open-migrated-database.js';
import { consumeLink, isLinkUsed, signLink, verifyLink } from './answer-links.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const NOW = Date.UTC(2026, 1, 2, 10, 0, 0);
const link = { purpose: /** @type {const} */ ('accept'), requestId: 'req-1', expiresAt: NOW + 1000 };

describe('answer links', () => {
  it('verify what they sign, with a fresh nonce each time', () => {
    const a = signLink(SECRET, link);
    const b = signLink(SECRET, link);
    expect(a).not.toBe(b);
    const check = verifyLink(SECRET, a, NOW);
    expect(check).toEqual({ ok: true, link: { ...link, nonce: expect.any(String) } });
    expect(a).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('are invalid under another secret', () => {
    expect(verifyLink(`${SECRET}x`, signLink(SECRET, link), NOW)).toEqual({ ok: false, code: 'invalid' });
  });

  it('are invalid when any character of the payload or the signature changes', () => {
    const token = signLink(SECRET, link);
    const dot = token.indexOf('.');
    // The last character of each part holds padding bits that may decode alike, so it is left out.
    const positions = [...token].map((_, i) => i).filter((i) => i !== dot && i !== dot - 1 && i !== token.length - 1);
    for (const i of positions) {
      const changed = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(verifyLink(SECRET, changed, NOW), `position ${i}`).toEqual({ ok: false, code: 'invalid' });
    }
  });

  it('cannot be moved to another request or purpose', () => {
    const token = signLink(SECRET, link);
    const [, signature] = token.split('.');
    const [payloadOfOther] = signLink(SECRET, { ...link, purpose: 'pause', requestId: 'req-2' }).split('.');
    expect(verifyLink(SECRET, `${payloadOfOther}.${signature}`, NOW)).toEqual({ ok: false, code: 'invalid' });
  });

  it('expire at their expiry, and an extended expiry breaks the signature', () => {
    const token = signLink(SECRET, link);
    expect(verifyLink(SECRET, token, link.expiresAt - 1).ok).toBe(true);
    expect(verifyLink(SECRET, token, link.expiresAt)).toEqual({ ok: false, code: 'expired', link: { ...link, nonce: expect.any(String) } });
    const [payload, signature] = token.split('.');
    const fields = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    fields[2] = link.expiresAt + 86_400_000;
    const extended = `${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${signature}`;
    expect(verifyLink(SECRET, extended, link.expiresAt)).toEqual({ ok: false, code: 'invalid' });
  });

  it.each([undefined, 42, '', '.', 'abc', 'a.b.c', 'a+b.c', 'x'.repeat(600)])('refuse malformed token %j', (token) => {
    expect(verifyLink(SECRET, token, NOW)).toEqual({ ok: false, code: 'invalid' });
  });

  it('refuse a correctly signed payload of the wrong shape', () => {
    const payload = Buffer.from(JSON.stringify(['delete-all', 'req-1', NOW + 1000, 'n'.repeat(22)])).toString('base64url');
    const signature = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(verifyLink(SECRET, `${payload}.${signature}`, NOW)).toEqual({ ok: false, code: 'invalid' });
  });

  it('are consumed once', () => {
    const db = openMigratedDatabase();
    const check = verifyLink(SECRET, signLink(SECRET, link), NOW);
    if (!check.ok) throw new Error('fixture');
    expect(isLinkUsed(db, check.link)).toBe(false);
    expect(consumeLink(db, check.link, NOW)).toBe(true);
    expect(consumeLink(db, check.link, NOW)).toBe(false);
    expect(isLinkUsed(db, check.link)).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM link_uses').get()).toEqual({ n: 1 });
  });
});

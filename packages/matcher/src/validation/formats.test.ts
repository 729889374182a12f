import { describe, expect, it } from 'vitest';
import { isEmail, isIsoDate, isIsoTimestamp } from './formats.js';

describe('format checks', () => {
  it('isIsoDate accepts real calendar days only', () => {
    for (const d of ['2026-01-05', '2024-02-29', '2000-02-29', '2025-12-31']) expect(isIsoDate(d), d).toBe(true);
    for (const d of ['2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-1-5', '05.01.2026', '2026-01-05T00:00:00Z', ''])
      expect(isIsoDate(d), d).toBe(false);
  });

  it('isIsoTimestamp wants seconds and a zone', () => {
    for (const t of ['2025-09-03T09:12:00Z', '2025-09-03T09:12:00.123Z', '2025-09-03T09:12:00+03:00', '2016-12-31T23:59:60Z'])
      expect(isIsoTimestamp(t), t).toBe(true);
    for (const t of ['2025-09-03T09:12Z', '2025-09-03 09:12:00Z', '2025-09-03T24:00:00Z', '2025-09-03T09:12:00', '2025-02-30T09:12:00Z', '2025-09-03T09:12:00+25:00'])
      expect(isIsoTimestamp(t), t).toBe(false);
  });

  it('isEmail accepts plain addresses and rejects the rest quickly', () => {
    for (const e of ['kadri.tamm@example.org', 'a+b@sub.example.co.uk', "o'brien@example.ie", 'x@xn--80ak6aa92e.com'])
      expect(isEmail(e), e).toBe(true);
    for (const e of ['kadri.tamm@', '@example.org', 'a@b', 'a@@b.org', 'a..b@example.org', 'a b@example.org', 'a@-x.org', 'a@example.1', `${'a'.repeat(65)}@example.org`])
      expect(isEmail(e), e).toBe(false);
    expect(isEmail(`${'a.'.repeat(100_000)}@example.org`)).toBe(false);
  });
});

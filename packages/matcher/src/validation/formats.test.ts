import { fc, test } from '@fast-check/vitest';
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

describe('date and timestamp formats against their regular-expression definitions', () => {
  // The definitions the character-code readers must agree with.
  const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
  const refDate = (v: string) => {
    const m = DATE.exec(v);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= gregorianDays(y, mo);
  };
  const gregorianDays = (y: number, mo: number) =>
    mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  const refStamp = (v: string) => {
    if (v.length > 40) return false;
    const m = DATE_TIME.exec(v);
    if (!m || !refDate(m[1]!)) return false;
    const zoneOk = m[5] === undefined || (Number(m[5]) <= 23 && Number(m[6]) <= 59);
    return Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4]) <= 60 && zoneOk;
  };
  const near = (template: string) =>
    fc.array(fc.tuple(fc.nat({ max: template.length }), fc.constantFrom(...'0123456789-:.TtZz+x9 '), fc.boolean()), { maxLength: 3 }).map((edits) => {
      let s = template;
      for (const [at, ch, insert] of edits) s = s.slice(0, at) + ch + s.slice(insert ? at : at + 1);
      return s;
    });

  test.prop([fc.oneof(near('2024-02-29'), near('1900-02-28'), near('0000-12-31'), fc.string({ maxLength: 12 }))], { numRuns: 3000 })(
    'isIsoDate agrees with the pattern and the calendar',
    (value) => {
      expect(isIsoDate(value)).toBe(refDate(value));
    },
  );

  test.prop(
    [
      fc.oneof(
        near('2025-09-03T09:12:00Z'),
        near('2024-02-29T23:59:60.123456789+02:00'),
        near('2026-01-05t00:00:00-23:59'),
        fc.string({ maxLength: 45 }),
      ),
    ],
    { numRuns: 3000 },
  )('isIsoTimestamp agrees with the pattern and the calendar', (value) => {
    expect(isIsoTimestamp(value)).toBe(refStamp(value));
  });
});

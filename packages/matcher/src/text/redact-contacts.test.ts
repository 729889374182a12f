import { describe, expect, it } from 'vitest';
import { REDACTED, redactContacts } from './redact-contacts.js';

describe('redactContacts', () => {
  it('removes e-mail addresses, mailto links included, in any script', () => {
    expect(redactContacts('Kirjuta: kadri.tamm@kool.ee või mailto:kadri@example.org!')).toBe(`Kirjuta: ${REDACTED} või ${REDACTED}!`);
    expect(redactContacts('Пишите на иван.петров@школа.рф')).toBe(`Пишите на ${REDACTED}`);
  });

  it('removes international phone numbers written with spaces, dots, dashes or brackets', () => {
    expect(redactContacts('Call +372 5123 4567 or +358 (40) 123-4567.')).toBe(`Call ${REDACTED} or ${REDACTED}.`);
  });

  it('removes addresses written with (at) or (ät), apostrophes and punycode top-level domains', () => {
    expect(redactContacts("etunimi.sukunimi(at)helsinki.fi, kadri (ät) kool.ee, o'brien@school.ie, user@example.xn--p1ai")).toBe(
      `${REDACTED}, ${REDACTED}, ${REDACTED}, ${REDACTED}`,
    );
  });

  it('removes numbers with a dash between country code and number', () => {
    expect(redactContacts('Phone: +372 – 5123 4567')).toBe(`Phone: ${REDACTED}`);
  });

  it('keeps years, ranges, counts, handles and short international-looking figures', () => {
    const text = 'Teacher since 2009, 5+ years as mentor, grades 7–9, 2015-2020, @kadri on the forum, C++ club, +1 000 000 views, (at) school';
    expect(redactContacts(text)).toBe(text);
  });
});

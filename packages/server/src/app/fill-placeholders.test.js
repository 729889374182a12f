import { describe, expect, it } from 'vitest';
import { translate } from '../mail/catalogues/index.js';
import { formatDate } from '../mail/compose-mails.js';
import { fillPlaceholders } from './fill-placeholders.js';

describe('fillPlaceholders', () => {
  it('fills placeholders, keeps or drops those without a param', () => {
    expect(fillPlaceholders('{a} and {b}.', { a: 1 })).toBe('1 and {b}.');
    expect(fillPlaceholders('{a} and {b}.', { a: 1 }, { dropMissing: true })).toBe('1 and .');
    const unset = /** @type {Record<string, string>} */ (/** @type {unknown} */ ({ a: 1, b: undefined }));
    expect(fillPlaceholders('{a} and {b}.', unset, { dropMissing: true })).toBe('1 and .');
  });

  it('ends a sentence once when the value ends with a full stop, as Lithuanian dates do', () => {
    expect(fillPlaceholders('gautas {date}.', { date: '2026 m. gruodžio 5 d.' })).toBe('gautas 2026 m. gruodžio 5 d.');
    expect(fillPlaceholders('on {date}. Then', { date: '5 December 2026' })).toBe('on 5 December 2026. Then');
  });

  it('gives Lithuanian mails no double full stop after a date', () => {
    const date = formatDate(Date.parse('2026-12-05T10:00:00Z'), 'lt', 'Europe/Vilnius');
    expect(date).toMatch(/d\.$/);
    for (const key of /** @type {const} */ (['mail.requestRef', 'request.answerBy'])) expect(translate('lt', key, { id: 'cr-1', date })).not.toContain('..');
  });
});

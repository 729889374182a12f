import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it('lower-cases and folds Estonian, Finnish, Lithuanian and Latvian letters', () => {
    expect(normalizeText('Kvaliteedimärk ÕÄÖÜ šž')).toBe('kvaliteedimark oaou sz');
    expect(normalizeText('Nacionalinis kokybės ženklelis ąčęėįšųūž')).toBe('nacionalinis kokybes zenklelis aceeisuuz');
    expect(normalizeText('Kvalitātes zīme āēīķļņ')).toBe('kvalitates zime aeikln');
    expect(normalizeText('Laatumerkkiä')).toBe('laatumerkkia');
  });

  it('folds letters that do not decompose', () => {
    expect(normalizeText('Łódź Straße Æbeltoft Øresund')).toBe('lodz strasse aebeltoft oresund');
  });

  it('keeps other scripts, without their marks', () => {
    expect(normalizeText('Учитель Ελληνικά')).toBe('учитель ελληνικα');
  });

  it('returns an empty string for non-text', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(undefined as unknown as string)).toBe('');
    expect(normalizeText(42 as unknown as string)).toBe('');
  });
});

describe('normalizeText on plain ASCII', () => {
  // The full path, for comparison with the ASCII shortcut.
  const full = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

  it('equals the full Unicode path for every ASCII character', () => {
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    expect(normalizeText(all)).toBe(full(all));
    expect(normalizeText('Partner-Finding 2026 eTwinning')).toBe('partner-finding 2026 etwinning');
  });

  it('still folds text where one non-ASCII letter follows a long ASCII run', () => {
    expect(normalizeText(`${'a'.repeat(200)}Ä`)).toBe(`${'a'.repeat(200)}a`);
    expect(normalizeText('Straße')).toBe('strasse');
  });
});

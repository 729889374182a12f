import { describe, expect, it } from 'vitest';
import { areaKey, placesApart, regionKey } from './in-person-area.js';

describe('regionKey', () => {
  it('reads a region however it is written', () => {
    const harju = ['Harjumaa', 'Harju maakond', 'Harju County', ' harju mk. ', 'HARJUMAA'].map(regionKey);
    expect(new Set(harju)).toEqual(new Set(['harju']));
    expect(regionKey('Ida-Viru maakond')).toBe(regionKey('Ida-Virumaa'));
    expect(regionKey('Vilniaus apskr.')).toBe(regionKey('Vilniaus apskritis'));
    expect(regionKey('Rīgas novads')).toBe('rigas');
  });

  it('keeps different regions apart, and short names whole', () => {
    expect(regionKey('Tartumaa')).not.toBe(regionKey('Harjumaa'));
    expect(regionKey('Viljandimaa')).not.toBe(regionKey('Valgamaa'));
    expect(regionKey('Uusimaa')).not.toBe(regionKey('Pirkanmaa'));
    expect(regionKey('Maa')).toBe('maa');
  });

  it('gives nothing for nothing', () => {
    expect(regionKey(undefined)).toBe('');
    expect(regionKey(42)).toBe('');
    expect(regionKey(' County ')).toBe('');
  });
});

describe('placesApart', () => {
  const at = (town: string, region: string, country: string) => ({ town: areaKey(town), region: regionKey(region), country });

  it('judges at the finest level both sides give', () => {
    expect(placesApart(at('Tartu', 'Tartumaa', 'EE'), at('Tallinn', 'Tartumaa', 'EE'))).toBe(true);
    expect(placesApart(at('', 'Harju maakond', 'EE'), at('Tallinn', 'Harjumaa', 'EE'))).toBe(false);
    expect(placesApart(at('', 'Harjumaa', 'EE'), at('', 'Saaremaa', 'EE'))).toBe(true);
    expect(placesApart(at('', '', 'EE'), at('', 'Saaremaa', 'LV'))).toBe(true);
    expect(placesApart(at('', '', ''), at('', 'Saaremaa', 'LV'))).toBe(false);
  });
});

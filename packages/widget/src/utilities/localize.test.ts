import { expect } from '@open-wc/testing';
import { en } from '../translations/en.js';
import { et } from '../translations/et.js';
import { fi } from '../translations/fi.js';
import { lt } from '../translations/lt.js';
import { lv } from '../translations/lv.js';
import { findLang } from './localize.js';
import { resolveTranslation, TRANSLATIONS } from './resolve-translation.js';

describe('resolveTranslation', () => {
  it('matches the exact code, then the language of a regional tag, then English', () => {
    expect(resolveTranslation('et')).to.equal(et);
    expect(resolveTranslation('fi-FI')).to.equal(fi);
    expect(resolveTranslation('LT_lt')).to.equal(lt);
    expect(resolveTranslation('de')).to.equal(en);
    expect(resolveTranslation('')).to.equal(en);
  });

  it('has a catalogue for every supported locale with every key filled', () => {
    expect(Object.keys(TRANSLATIONS)).to.deep.equal(['en', 'et', 'fi', 'lt', 'lv']);
    for (const translation of [et, fi, lt, lv]) {
      expect(Object.keys(translation).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(translation)) {
        expect(value, `${translation.$code}.${key}`).to.satisfy((v: unknown) => typeof v === 'function' || (typeof v === 'string' && v.length > 0));
      }
    }
  });

  it('inflects counts with each language’s plural rules', () => {
    expect(en.resultsCount(1)).to.equal('1 mentor found');
    expect(en.resultsCount(3)).to.equal('3 mentors found');
    expect(et.resultsCount(1)).to.equal('Leiti 1 mentor');
    expect(et.resultsCount(2)).to.equal('Leiti 2 mentorit');
    expect(lt.resultsCount(1)).to.equal('Rastas 1 mentorius');
    expect(lt.resultsCount(3)).to.equal('Rasti 3 mentoriai');
    expect(lt.resultsCount(12)).to.equal('Rasta 12 mentorių');
    expect(lt.resultsCount(21)).to.equal('Rastas 21 mentorius');
    expect(lv.resultsCount(1)).to.equal('Atrasts 1 mentors');
    expect(lv.resultsCount(10)).to.equal('Atrasti 10 mentoru');
    expect(fi.resultsCount(2)).to.equal('2 mentoria löytyi');
  });
});

describe('findLang', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('uses the element’s own lang, then the closest ancestor’s, then <html lang>', () => {
    const outer = document.createElement('div');
    outer.lang = 'lv';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    expect(findLang(inner)).to.equal('lv');
    inner.lang = 'fi';
    expect(findLang(inner)).to.equal('fi');
    outer.remove();
    document.body.append(inner);
    document.documentElement.lang = 'lt';
    expect(findLang(inner)).to.equal('fi');
    inner.removeAttribute('lang');
    expect(findLang(inner)).to.equal('lt');
    inner.remove();
  });

  it('looks through shadow roots to the host’s lang', () => {
    const host = document.createElement('div');
    host.lang = 'et';
    const child = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(child);
    document.body.append(host);
    expect(findLang(child)).to.equal('et');
    host.remove();
  });

  it('falls back to English when nothing says', () => {
    document.documentElement.removeAttribute('lang');
    expect(findLang(document.createElement('p'))).to.equal('en');
  });
});

import { expect } from '@open-wc/testing';
import { pickLocalizedText } from './pick-localized-text.js';

describe('pickLocalizedText', () => {
  const bio = { et: 'Tere', en: 'Hello', fi: 'Hei' };

  it('picks the visitor’s language, then English, then the first one given', () => {
    expect(pickLocalizedText(bio, 'fi')).to.deep.equal({ text: 'Hei', lang: 'fi' });
    expect(pickLocalizedText(bio, 'lv')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(pickLocalizedText({ lt: 'Labas', lv: 'Sveiki' }, 'et')).to.deep.equal({ text: 'Labas', lang: 'lt' });
  });

  it('skips empty texts and returns nothing when there is no text', () => {
    expect(pickLocalizedText({ et: '', en: 'Hello' }, 'et')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(pickLocalizedText({}, 'et')).to.equal(undefined);
    expect(pickLocalizedText(undefined, 'et')).to.equal(undefined);
  });
});

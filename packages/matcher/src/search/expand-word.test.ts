import { describe, expect, it } from 'vitest';
import { stemOf } from './expand-word.js';

describe('stemOf', () => {
  it.each([
    ['lasteaed', 'lastea', 'two letters cut from 7'],
    ['kvaliteedimark', 'kvaliteedima', 'two letters cut from 7'],
    ['margi', 'marg', 'one letter cut from 5'],
    ['kool', 'kool', 'a stem keeps 4 letters'],
    ['opetajatele', 'opetaja', 'a longer case ending off'],
    ['opettajille', 'opettaj', 'a longer case ending off'],
    ['skolotajiem', 'skolotaj', 'a longer case ending off'],
    ['partnerite', 'partner', 'a longer case ending off'],
    ['koolide', 'kooli', 'the cut, as the ending would leave 4 letters'],
    ['virosta', 'viros', 'the cut, as the ending would leave 4 letters'],
    ['teistele', 'teiste', 'the cut, as the ending would leave 4 letters'],
  ])('%s → %s: %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });
});

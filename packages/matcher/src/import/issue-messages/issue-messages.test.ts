import { describe, expect, it } from 'vitest';
import { VALIDATION_ERROR_CODES } from '../../validation/error-codes.js';
import type { ValidationError } from '../../model/index.js';
import { validateMentors } from '../../validation/index.js';
import { ISSUE_MESSAGES, issueMessage } from './index.js';

describe('issueMessage', () => {
  it('words every validation code in every language, each differently from English', () => {
    for (const locale of Object.keys(ISSUE_MESSAGES)) {
      for (const code of VALIDATION_ERROR_CODES) {
        const words = issueMessage(code, { limit: 2, allowed: ['a', 'b'] }, locale);
        expect(words, `${locale} ${code}`).toBeTruthy();
        if (locale !== 'en') expect(words, `${locale} ${code}`).not.toBe(issueMessage(code, { limit: 2, allowed: ['a', 'b'] }, 'en'));
      }
    }
  });

  it('puts the parameters in the words, lists joined in the language', () => {
    expect(issueMessage('minimum', { limit: 1 }, 'et')).toBe('peab olema vähemalt 1');
    expect(issueMessage('enum', { allowed: ['A1', 'B2'] }, 'fi')).toMatch(/A1 ja B2/);
    expect(issueMessage('max-length', { limit: 120 }, 'en-GB')).toBe('allows at most 120 characters');
  });

  it('words the codes about a whole list and a fixed value, with what validation gives them', () => {
    const { errors } = validateMentors([{}, {}, {}], { maxErrors: 2 });
    const tooMany = errors.find((e) => e.code === 'too-many-errors')!;
    expect(issueMessage(tooMany.code, tooMany.params, 'et')).toBe('sisaldab üle 2 vea; ülejäänuid ei loetleta');
    expect(issueMessage('const', { expected: 'goalsSet' }, 'en')).toBe('must be goalsSet');
    expect(issueMessage('const', { expected: true }, 'fi')).toBe('täytyy olla kyllä');
    expect(issueMessage('unreadable', {}, 'lv')).toBe('neizdevās nolasīt');
  });

  it('names the delimiter of a CSV file in the words, a tab by its name', () => {
    expect(issueMessage('csv-column-count', { expected: 4, got: 2, delimiter: ';' }, 'en')).toBe('has a different number of cells than the header (delimiter: “;”)');
    expect(issueMessage('csv-delimiter-mismatch', { delimiter: '\t', likely: ',' }, 'et')).toBe(
      'päiserida on üks veerg, milles on “,”: fail paistab olevat eraldatud märgiga “,” (valitud eraldaja: tabulaator)',
    );
  });

  it('says where a file stops being JSON when the place is known', () => {
    expect(issueMessage('not-json', { line: 3, column: 2 }, 'en')).toBe('is not valid JSON (line 3, column 2)');
    expect(issueMessage('not-json', { line: 3, column: 2 }, 'fi')).toBe('ei ole kelvollista JSONia (rivi 3, sarake 2)');
    expect(issueMessage('not-json', {}, 'et')).toBe('ei ole korrektne JSON');
  });

  it('takes the optional params of a validation error as they are, missing or null', () => {
    const params: ValidationError['params'] = undefined;
    expect(issueMessage('max-length', params, 'lt')).toBe(issueMessage('max-length', {}, 'lt'));
    expect(issueMessage('minimum', null, 'et')).toMatch(/^peab olema vähemalt/);
  });

  it('says nothing for a code it does not know, or one inherited from Object', () => {
    expect(issueMessage('zz-new', {}, 'lt')).toBeUndefined();
    expect(issueMessage('toString', {}, 'en')).toBeUndefined();
  });
});

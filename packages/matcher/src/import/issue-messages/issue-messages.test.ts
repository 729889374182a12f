import { describe, expect, it } from 'vitest';
import { VALIDATION_ERROR_CODES } from '../../validation/error-codes.js';
import { ISSUE_MESSAGES, issueMessage } from './index.js';

describe('issueMessage', () => {
  it('words every validation code in every language, each differently from English', () => {
    // `too-many-errors` and `unreadable` are about a whole list, not a field; `invalid` and `const` carry a raw schema keyword or value.
    const fieldCodes = VALIDATION_ERROR_CODES.filter((code) => !['too-many-errors', 'unreadable', 'invalid', 'const'].includes(code));
    for (const locale of Object.keys(ISSUE_MESSAGES)) {
      for (const code of fieldCodes) {
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

  it('says nothing for a code it does not know, or one inherited from Object', () => {
    expect(issueMessage('zz-new', {}, 'lt')).toBeUndefined();
    expect(issueMessage('toString', {}, 'en')).toBeUndefined();
  });
});

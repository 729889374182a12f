import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor } from '../model/index.js';
import { textProblem } from './text-problem.js';
import { toPublicMentor } from './to-public-mentor.js';
import { validateMentees } from './validate-mentees.js';
import { validateMentors } from './validate-mentors.js';
import { validatePublicMentors } from './validate-public-mentors.js';

const mentor = loadSample<Mentor[]>('mentors')[0]!;
const mentee = loadSample<Mentee[]>('mentees')[0]!;

describe('names shown to people', () => {
  it('names what makes a text unfit: a broken character, a direction override, a control, nothing visible', () => {
    expect(textProblem('A\uD800b')).toBe('lone-surrogate');
    expect(textProblem('b\uDC00')).toBe('lone-surrogate');
    expect(textProblem('Ann\u202Enosrep')).toBe('bidi-control');
    expect(textProblem('Ann\u2067a')).toBe('bidi-control');
    expect(textProblem('Ann\u0000')).toBe('control-character');
    expect(textProblem('Ann\nLee')).toBe('control-character');
    expect(textProblem('\u200B\u200B')).toBe('invisible-only');
    expect(textProblem(' \u00AD\uFEFF ')).toBe('invisible-only');
    expect(textProblem('')).toBeUndefined();
  });

  it('allows line breaks and tabs in a multi-line text only', () => {
    expect(textProblem('Hello,\r\n\tMari')).toBe('control-character');
    expect(textProblem('Hello,\r\n\tMari', { multiline: true })).toBeUndefined();
    expect(textProblem('Hello\u0007', { multiline: true })).toBe('control-character');
  });

  it('takes names in any script, with joiners and emoji pairs', () => {
    for (const name of ['Päivi V.', 'Žilvinas Ąžuolas', 'Līga Bērziņa', 'نور', 'नमस्ते\u200D', 'Mari 🙂', 'O’Brien-Smith']) expect(textProblem(name), name).toBeUndefined();
  });

  it('refuses such a display name in mentors, public mentors and mentees, and private names, at the field', () => {
    const mentors = validateMentors([{ ...mentor, displayName: '\u200B\u200B' }, { ...mentor, id: 'm-x', private: { ...mentor.private, familyName: 'Lee\u202E' } }]);
    expect(mentors.valid).toEqual([]);
    expect(mentors.errors.map((e) => [e.path, e.code])).toEqual([
      ['/0/displayName', 'invisible-only'],
      ['/1/private/familyName', 'bidi-control'],
    ]);
    const published = validatePublicMentors([{ ...toPublicMentor(mentor), displayName: 'A\uD800x' }]);
    expect(published.errors.map((e) => [e.path, e.code])).toEqual([['/0/displayName', 'lone-surrogate']]);
    const mentees = validateMentees([{ ...mentee, private: { ...mentee.private, givenName: 'Mari\u0007' } }]);
    expect(mentees.errors.map((e) => [e.path, e.code, e.message])).toEqual([['/0/private/givenName', 'control-character', expect.stringMatching(/control character/)]]);
  });
});

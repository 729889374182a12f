import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentor, PublicMentor } from '../model/index.js';
import { toPublicMentors } from './to-public-mentor.js';
import { validatePublicMentors } from './validate-public-mentors.js';

const published = (): PublicMentor[] => toPublicMentors(loadSample<Mentor[]>('mentors'));

describe('validatePublicMentors', () => {
  it('rejects full records: private part and current mentee count must not be published', () => {
    const full = loadSample<Mentor[]>('mentors');
    const result = validatePublicMentors(full);
    expect(result.valid).toEqual([]);
    const first = result.errors.filter((e) => e.index === 0).map((e) => [e.path, e.code]);
    expect(first).toEqual(
      expect.arrayContaining([
        ['/0/private', 'unknown-property'],
        ['/0/capacity/currentMentees', 'unknown-property'],
        ['/0/capacity/status', 'required'],
      ]),
    );
  });

  it('accepts takesRequests and usuallyAnswersWithinDays, and names them when malformed', () => {
    const list = published() as unknown as Record<string, unknown>[];
    Object.assign(list[0]!, { takesRequests: true, usuallyAnswersWithinDays: 3 });
    Object.assign(list[1]!, { takesRequests: 'yes', usuallyAnswersWithinDays: 0 });
    const result = validatePublicMentors(list);
    expect(result.valid).toHaveLength(list.length - 1);
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['/1/takesRequests', 'type'],
      ['/1/usuallyAnswersWithinDays', 'minimum'],
    ]);
  });

  it('rejects an e-mail field added anywhere in the public view', () => {
    const list = published() as unknown as Record<string, any>[];
    list[0]!.email = 'kadri.tamm@example.org';
    list[1]!.availability.email = 'mart@example.org';
    const result = validatePublicMentors(list);
    expect(result.valid).toHaveLength(36);
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['/0/email', 'unknown-property'],
      ['/1/availability/email', 'unknown-property'],
    ]);
  });

  it('keeps the good mentors of a partly broken directory', () => {
    const list = published() as unknown as Record<string, any>[];
    list[2]!.capacity.status = 'open';
    list[3]!.languages = [{ code: 'EN', level: 'C1' }];
    const result = validatePublicMentors(list);
    expect(result.valid).toHaveLength(36);
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['/2/capacity/status', 'enum'],
      ['/3/languages/0/code', 'language-code'],
    ]);
    expect(result.errors[0]!.message).toBe("capacity.status: 'open' is not one of: available, full");
    expect(result.errors[1]!.params?.suggestion).toBe('en');
  });
});

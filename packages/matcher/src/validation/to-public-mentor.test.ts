import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentor, Programme, ReplyStats } from '../model/index.js';
import { toPublicMentor, toPublicMentors } from './to-public-mentor.js';
import { usuallyAnswersWithinDays } from './usually-answers-within-days.js';
import { validatePublicMentors } from './validate-public-mentors.js';

const EMAIL = /[^\s@"]+@[^\s@"]+\.[a-z]{2,}/i;
const mentors = (): Mentor[] => structuredClone(loadSample<Mentor[]>('mentors'));

describe('toPublicMentor', () => {
  it('publishes every active, consenting sample mentor and drops m-lv-04 and m-ge-01', () => {
    const all = mentors();
    const published = toPublicMentors(all);
    expect(published).toHaveLength(38);
    expect(published.map((m) => m.id)).not.toContain('m-lv-04');
    expect(published.map((m) => m.id)).not.toContain('m-ge-01');
    expect(published.map((m) => m.id)).toEqual(all.map((m) => m.id).filter((id) => id !== 'm-lv-04' && id !== 'm-ge-01'));
  });

  it('produces records that pass the public schema and hold no e-mail anywhere', () => {
    const all = mentors();
    const published = toPublicMentors(all);
    const result = validatePublicMentors(published);
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(38);
    const json = JSON.stringify(published);
    expect(json).not.toMatch(EMAIL);
    expect(json).not.toContain('"private"');
    expect(json).not.toContain('currentMentees');
    for (const mentor of all) expect(json).not.toContain(mentor.private.email);
  });

  it('matches the projection example of the domain model for m-ee-01', () => {
    const view = toPublicMentor(mentors()[0]!)!;
    expect(Object.keys(view)).not.toContain('private');
    expect(view.capacity).toEqual({ maxMentees: 2, status: 'available', acceptingRequests: true });
    expect(view).toMatchObject({ id: 'm-ee-01', displayName: 'Kadri T.', country: 'EE', region: 'Tartumaa' });
  });

  it('derives capacity.status full at or above the maximum', () => {
    const mentor = mentors().find((m) => m.id === 'm-ee-02')!;
    expect(mentor.capacity.currentMentees).toBe(mentor.capacity.maxMentees);
    expect(toPublicMentor(mentor)!.capacity.status).toBe('full');
    expect(toPublicMentor({ ...mentor, capacity: { ...mentor.capacity, currentMentees: 9 } })!.capacity.status).toBe('full');
    expect(toPublicMentor({ ...mentor, capacity: { ...mentor.capacity, currentMentees: 0 } })!.capacity.status).toBe('available');
  });

  it('returns null without publish consent or when not active', () => {
    const mentor = mentors()[0]!;
    expect(toPublicMentor({ ...mentor, status: 'paused' })).toBeNull();
    expect(toPublicMentor({ ...mentor, status: 'retired' })).toBeNull();
    const withdrawn = { ...mentor, private: { ...mentor.private, consent: { ...mentor.private.consent, publishProfile: false } } };
    expect(toPublicMentor(withdrawn)).toBeNull();
    const { publishProfile: _dropped, ...noAnswer } = mentor.private.consent;
    expect(toPublicMentor({ ...mentor, private: { ...mentor.private, consent: noAnswer } })).toBeNull();
  });

  it('leaves out fields outside the public view and shares no objects with the input', () => {
    const mentor = { ...mentors()[0]!, phone: '+372 5555 5555', email: 'kadri@example.org' } as Mentor;
    const view = toPublicMentor(mentor)!;
    expect(JSON.stringify(view)).not.toContain('5555');
    expect(JSON.stringify(view)).not.toContain('@');
    expect(view.languages).toEqual(mentor.languages);
    expect(view.languages).not.toBe(mentor.languages);
    view.languages[0]!.level = 'A1';
    expect(mentor.languages[0]!.level).toBe('native');
  });

  it('takes e-mail addresses and phone numbers out of the name, region and bio, and only there', () => {
    const [first] = mentors();
    const mentor: Mentor = {
      ...first!,
      displayName: 'Kadri T. (kadri@kool.ee)',
      region: 'Tartu, +372 5123 4567',
      bio: { et: 'Kirjuta mulle: kadri.tamm@kool.ee', en: 'Teacher since 2009; call +372 5123 4567.' },
    };
    const view = toPublicMentor(mentor)!;
    expect(view.displayName).toBe('Kadri T. ([…])');
    expect(view.region).toBe('Tartu, […]');
    expect(view.bio).toEqual({ et: 'Kirjuta mulle: […]', en: 'Teacher since 2009; call […].' });
    expect(JSON.stringify(view)).not.toMatch(EMAIL);
    expect(mentor.bio.et).toBe('Kirjuta mulle: kadri.tamm@kool.ee');
    expect(view.topics).toEqual(first!.topics);
  });

  it('does not mutate its input', () => {
    const all = mentors();
    const before = JSON.stringify(all);
    toPublicMentors(all);
    expect(JSON.stringify(all)).toBe(before);
  });
});

describe('toPublicMentor with hostile keys', () => {
  it('copies a "__proto__" key as data and keeps the plain object prototype', () => {
    const raw = `{"bio":{"__proto__":{"polluted":true},"en":"Teacher"}}`;
    const mentor = { ...mentors()[0]!, ...(JSON.parse(raw) as Pick<Mentor, 'bio'>) };
    const view = toPublicMentor(mentor)!;
    expect(Object.getPrototypeOf(view.bio)).toBe(Object.prototype);
    expect((view.bio as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(view.bio))).toEqual(JSON.parse(raw).bio);
  });
});

describe('toPublicMentor capacity status', () => {
  it('says full whenever scoring finds no free place, even for an unreadable count', () => {
    const mentor = mentors()[0]!;
    for (const currentMentees of [Number.NaN, Number.POSITIVE_INFINITY, 2, 3]) {
      const view = toPublicMentor({ ...mentor, capacity: { ...mentor.capacity, maxMentees: 2, currentMentees } })!;
      expect([currentMentees, view.capacity.status]).toEqual([currentMentees, 'full']);
    }
    const open = toPublicMentor({ ...mentor, capacity: { ...mentor.capacity, maxMentees: 2, currentMentees: 1 } })!;
    expect(open.capacity.status).toBe('available');
  });
});

describe('toPublicMentor with programmes: takesRequests', () => {
  const programmes = (): Programme[] => loadSample<Programme[]>('programmes');

  it('offers contact on the sample site only for open eTwinning mentors, never for the career programme', () => {
    const all = mentors();
    const published = toPublicMentors(all, { programmes: programmes() });
    const career = published.filter((m) => m.programmeId === 'career-mentoring-2025-26');
    // The 9 that the old view showed as taking requests, and one that is full anyway.
    expect(career.filter((m) => m.capacity.status === 'available' && m.capacity.acceptingRequests)).toHaveLength(9);
    expect(career.map((m) => m.takesRequests)).toEqual(Array(career.length).fill(false));
    for (const view of published.filter((m) => m.programmeId === 'etwinning-mentors-2026')) {
      const open = view.capacity.status === 'available' && view.capacity.acceptingRequests;
      expect([view.id, view.takesRequests]).toEqual([view.id, open]);
    }
    expect(published.some((m) => m.takesRequests === true)).toBe(true);
    expect(validatePublicMentors(published).errors).toEqual([]);
  });

  it('takes the programmes as a list, a Map or an object by id, with the same result', () => {
    const all = mentors();
    const list = toPublicMentors(all, { programmes: programmes() });
    const map = toPublicMentors(all, { programmes: new Map(programmes().map((p) => [p.id, p])) });
    const record = toPublicMentors(all, { programmes: Object.fromEntries(programmes().map((p) => [p.id, p])) });
    expect(map).toEqual(list);
    expect(record).toEqual(list);
    expect(toPublicMentor(all[0]!, { programmes: programmes() })!.takesRequests).toBe(true);
  });

  it('says false for each reason the server would refuse, and for an unknown programme', () => {
    const open = mentors()[0]!;
    const [programme] = programmes();
    const view = (mentor: Mentor, list: Programme[] = [programme!]) => toPublicMentor(mentor, { programmes: list })!.takesRequests;
    expect(view(open)).toBe(true);
    expect(view({ ...open, capacity: { ...open.capacity, acceptingRequests: false } })).toBe(false);
    expect(view({ ...open, capacity: { ...open.capacity, currentMentees: open.capacity.maxMentees } })).toBe(false);
    expect(view({ ...open, private: { ...open.private, consent: { ...open.private.consent, contactRequests: false } } })).toBe(false);
    expect(view(open, [{ ...programme!, contact: { allowPublicContactRequests: false } }])).toBe(false);
    expect(view(open, [])).toBe(false);
    expect(view({ ...open, programmeId: 'elsewhere' })).toBe(false);
    // A programme that says nothing about contact is open, as the server treats it.
    const { contact: _none, ...silent } = programme!;
    expect(view(open, [silent as Programme])).toBe(true);
  });

  it('keeps the old call forms: no options and Array.prototype.map leave takesRequests out', () => {
    const all = mentors();
    expect(toPublicMentors(all).some((m) => 'takesRequests' in m)).toBe(false);
    const mapped = all.map(toPublicMentor).filter((m) => m !== null);
    expect(mapped).toEqual(toPublicMentors(all));
  });
});

describe('toPublicMentor with reply statistics', () => {
  it('says usuallyAnswersWithinDays from 3 answers on, rounded up to whole days, at least 1', () => {
    const all = mentors();
    const replyStats = new Map<string, ReplyStats>([
      ['m-ee-01', { answered: 3, medianDaysToAnswer: 2.2 }],
      ['m-ee-03', { answered: 2, medianDaysToAnswer: 1 }],
      ['m-ee-04', { answered: 10, medianDaysToAnswer: 0.1 }],
      ['m-ee-05', { answered: 7, medianDaysToAnswer: 4 }],
    ]);
    const byId = new Map(toPublicMentors(all, { replyStats }).map((m) => [m.id, m]));
    expect(byId.get('m-ee-01')!.usuallyAnswersWithinDays).toBe(3);
    expect(byId.get('m-ee-03')).not.toHaveProperty('usuallyAnswersWithinDays');
    expect(byId.get('m-ee-04')!.usuallyAnswersWithinDays).toBe(1);
    expect(byId.get('m-ee-05')!.usuallyAnswersWithinDays).toBe(4);
    expect(byId.get('m-ee-02')).not.toHaveProperty('usuallyAnswersWithinDays');
    expect(validatePublicMentors([...byId.values()]).errors).toEqual([]);
  });

  it('publishes only the rounded figure, never counts or an order of mentors', () => {
    const all = mentors();
    const replyStats = { 'm-ee-01': { answered: 41, medianDaysToAnswer: 5.5 }, 'm-ee-02': { answered: 3, medianDaysToAnswer: 0.5 } };
    const published = toPublicMentors(all, { replyStats });
    expect(published.map((m) => m.id)).toEqual(toPublicMentors(all).map((m) => m.id));
    const json = JSON.stringify(published);
    expect(json).not.toContain('41');
    expect(json).not.toContain('answered');
    expect(json).not.toContain('5.5');
  });
});

describe('usuallyAnswersWithinDays', () => {
  it('reads the server figures (medianDays) too and ignores unreadable ones', () => {
    expect(usuallyAnswersWithinDays({ answered: 3, medianDays: 2.5 })).toBe(3);
    expect(usuallyAnswersWithinDays({ answered: 3, medianDaysToAnswer: 2 })).toBe(2);
    expect(usuallyAnswersWithinDays({ answered: 3, medianDaysToAnswer: Number.NaN })).toBeUndefined();
    expect(usuallyAnswersWithinDays({ answered: 3, medianDaysToAnswer: -1 })).toBeUndefined();
    expect(usuallyAnswersWithinDays({ answered: Number.NaN, medianDaysToAnswer: 1 })).toBeUndefined();
    expect(usuallyAnswersWithinDays(undefined)).toBeUndefined();
  });
});

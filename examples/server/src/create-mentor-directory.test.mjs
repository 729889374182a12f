// @ts-check
import { describe, expect, it } from 'vitest';
import { loadSampleData } from '../test-support/open-test-context.mjs';
import { createMentorDirectory } from './create-mentor-directory.mjs';

describe('createMentorDirectory', () => {
  const data = loadSampleData();
  const directory = createMentorDirectory(data);
  const published = JSON.parse(directory.publicJson);

  it('publishes no e-mail address, no private block and no current mentee count', () => {
    expect(directory.publicJson).not.toMatch(/@/);
    for (const mentor of data.mentors) expect(directory.publicJson).not.toContain(mentor.private.email);
    for (const mentor of published) {
      expect(mentor).not.toHaveProperty('private');
      expect(mentor.capacity).not.toHaveProperty('currentMentees');
      expect(['available', 'full']).toContain(mentor.capacity.status);
    }
  });

  it('leaves out mentors without publication consent and inactive ones', () => {
    const ids = published.map((/** @type {any} */ m) => m.id);
    expect(ids).toContain('m-ee-01');
    expect(ids).not.toContain('m-lv-04');
    expect(ids).not.toContain('m-ge-01');
    expect(directory.publicCount).toBe(ids.length);
    expect(directory.totalCount).toBe(data.mentors.length);
  });

  it('finds the full record of a published mentor, with its programme', () => {
    const found = directory.findPublished('m-ee-01');
    expect(found?.mentor.private.email).toBe('kadri.tamm@example.org');
    expect(found?.programme?.id).toBe('etwinning-mentors-2026');
    expect(directory.findPublished('m-lv-04')).toBeUndefined();
    expect(directory.findPublished('__proto__')).toBeUndefined();
  });

  it('reports invalid records by field and serves the rest', () => {
    const broken = { ...data.mentors[0], id: 'm-broken', languages: 'et' };
    const mixed = createMentorDirectory({ mentors: [broken, data.mentors[2]], programmes: data.programmes });
    expect(mixed.errors.length).toBeGreaterThan(0);
    expect(mixed.errors.some((e) => e.field === 'languages' || e.path.includes('languages'))).toBe(true);
    expect(JSON.parse(mixed.publicJson).map((/** @type {any} */ m) => m.id)).toEqual([data.mentors[2].id]);
  });

  it('does not throw on a file that is not a list', () => {
    const odd = createMentorDirectory({ mentors: { not: 'a list' } });
    expect(odd.publicJson).toBe('[]');
    expect(odd.errors.length).toBeGreaterThan(0);
  });
});

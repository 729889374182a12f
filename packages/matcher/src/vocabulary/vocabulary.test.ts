import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor } from '../model/index.js';
import { KEY_COMPETENCES } from './key-competences.js';
import { SUBJECTS } from './subjects.js';
import { CAREER_TOPICS, ETWINNING_TOPICS } from './topics.js';

const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

describe('vocabularies', () => {
  it('use opaque ids and never repeat one', () => {
    for (const list of [ETWINNING_TOPICS, CAREER_TOPICS, SUBJECTS, KEY_COMPETENCES]) {
      expect(new Set(list).size).toBe(list.length);
      for (const id of list) expect(id).toMatch(ID);
    }
  });

  it('cover every topic and subject the sample records use', () => {
    const people = [...loadSample<Mentor[]>('mentors'), ...loadSample<Mentee[]>('mentees')];
    const topics = new Set<string>([...ETWINNING_TOPICS, ...CAREER_TOPICS]);
    const subjects = new Set<string>(SUBJECTS);
    for (const person of people) {
      for (const t of person.topics ?? []) expect(topics, `${person.id} topic ${t}`).toContain(t);
      for (const s of person.subjects ?? []) expect(subjects, `${person.id} subject ${s}`).toContain(s);
    }
  });
});

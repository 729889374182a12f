import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme } from '../model/index.js';
import { formatReason } from '../reasons/index.js';
import { createTopicVocabulary } from '../topics/create-topic-vocabulary.js';
import { findUnknownTopics } from './find-unknown-topics.js';
import { suggestPairs } from './suggest-pairs.js';

const programmes = loadSample<Programme[]>('programmes');
const etwinning = programmes.find((p) => p.id === 'etwinning-mentors-2026')!;
const mentors = loadSample<Mentor[]>('mentors').filter((m) => m.programmeId === etwinning.id);
const mentees = loadSample<Mentee[]>('mentees').filter((m) => m.programmeId === etwinning.id);

describe('findUnknownTopics', () => {
  it('finds nothing in the sample programmes', () => {
    for (const programme of programmes) {
      const inside = <T extends { programmeId: string }>(list: T[]) => list.filter((p) => p.programmeId === programme.id);
      expect(findUnknownTopics(inside(loadSample<Mentee[]>('mentees')), inside(loadSample<Mentor[]>('mentors')), programme)).toEqual([]);
    }
  });

  it('names the topics outside the programme list and who holds them, mentors and mentees apart', () => {
    const typo = [{ ...mentors[1]!, topics: ['partnerid', 'partner-finding'] }, { ...mentors[0]!, topics: ['twinspase', 'partnerid'] }, ...mentors.slice(2)];
    const ticked = [{ ...mentees[0]!, topics: ['Kvaliteedimärk'] }, ...mentees.slice(1)];
    expect(findUnknownTopics(ticked, typo, etwinning)).toEqual([
      { code: 'unknown-topic', effect: 'negative', params: { kind: 'mentor', programme: etwinning.id, topics: ['partnerid', 'twinspase'], ids: [mentors[0]!.id, mentors[1]!.id].sort() } },
      { code: 'unknown-topic', effect: 'negative', params: { kind: 'mentee', programme: etwinning.id, topics: ['Kvaliteedimärk'], ids: [mentees[0]!.id] } },
    ]);
    // A programme without a built-in list, or none at all: nothing to compare with.
    expect(findUnknownTopics(ticked, typo, { ...etwinning, vocabularies: { ...etwinning.vocabularies, topics: 'our-own' } })).toEqual([]);
    expect(findUnknownTopics(ticked, typo)).toEqual([]);
    // Topics the host added to its vocabulary are known.
    const own = createTopicVocabulary({ topics: [{ id: 'partnerid', cues: { et: ['partnerid'] } }] });
    expect(findUnknownTopics(ticked, typo, etwinning, own)[0]?.params).toMatchObject({ kind: 'mentor', topics: ['twinspase'], ids: [mentors[0]!.id] });
  });

  it('is an issue of the run, worded for the coordinator', () => {
    const typo = [{ ...mentors[0]!, topics: ['partnerid'] }, ...mentors.slice(1)];
    const issue = suggestPairs({ mentees, mentors: typo, programme: etwinning }).issues.find((i) => i.code === 'unknown-topic');
    expect(formatReason(issue!, 'en')).toMatch(/^Topics that are not in the list of etwinning-mentors-2026: goals are never read as them, .*: partnerid \(mentors: .+\)\. Check the spelling/);
    expect(formatReason(issue!, 'et')).toMatch(/^Teemad, mida programmi etwinning-mentors-2026 loendis ei ole/);
  });
});

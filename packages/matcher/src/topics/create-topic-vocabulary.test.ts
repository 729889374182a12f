import { describe, expect, it } from 'vitest';
import { CAREER_TOPICS, ETWINNING_TOPICS } from '../vocabulary/topics.js';
import { createTopicVocabulary } from './create-topic-vocabulary.js';
import { extractTopics } from './extract-topics.js';

const topicsOf = (text: string, options = {}) => extractTopics(text, options).map((m) => m.topic);

describe('createTopicVocabulary', () => {
  it('covers every built-in topic with cues in en, et, fi, lt and lv', () => {
    const vocabulary = createTopicVocabulary();
    expect(vocabulary.topics).toEqual([...ETWINNING_TOPICS, ...CAREER_TOPICS].sort());
    for (const topic of vocabulary.topics) {
      const langs = new Set(vocabulary.cues.filter((c) => c.topic === topic && !c.negative).flatMap((c) => c.langs));
      if (langs.has('*') && langs.size === 1) continue; // names such as TwinSpace are the same everywhere
      for (const lang of ['en', 'et', 'fi', 'lt', 'lv']) expect(langs, `${topic} ${lang}`).toContain(lang);
    }
  });

  it('lets a host add a topic with its own cues', () => {
    const vocabulary = createTopicVocabulary({
      topics: [{ id: 'robotics-league', cues: { en: ['robot league', 'first lego league'], et: ['robootikaliiga'] } }],
    });
    expect(vocabulary.topics).toContain('robotics-league');
    expect(topicsOf('Tahan oma õpilastega robootikaliigasse minna', { vocabulary })).toContain('robotics-league');
    expect(topicsOf('Tahan oma õpilastega robootikaliigasse minna')).not.toContain('robotics-league');
  });

  it('lets a host add cue words to a built-in topic', () => {
    const text = 'Vajan abi ESEP-i kasutajakontoga';
    expect(topicsOf(text)).not.toContain('registration');
    const vocabulary = createTopicVocabulary({ cues: { registration: { et: ['kasutajakonto'] } } });
    expect(topicsOf(text, { vocabulary })).toContain('registration');
  });

  it('keeps the built-in cues when a host adds some', () => {
    const vocabulary = createTopicVocabulary({ cues: { twinspace: { en: ['project space'] } } });
    expect(topicsOf('kvaliteedimärk', { vocabulary })).toEqual(['national-quality-label']);
  });

  it('names the field of malformed additions', () => {
    const call = (extra: unknown) => () => createTopicVocabulary(extra as never);
    expect(call({ topics: [{ id: 'Bad Id', cues: {} }] })).toThrow(/topics\[0\]\.id/);
    expect(call({ topics: [{ id: 'ok', cues: { en: 'robot' } }] })).toThrow(/topics\[0\]\.cues\.en/);
    expect(call({ cues: { twinspace: { en: [1] } } })).toThrow(/cues\.twinspace\.en\[0\]/);
    try {
      call({ cues: { twinspace: [] } })();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-topic-vocabulary', field: 'cues.twinspace' });
    }
    expect.assertions(4);
  });

  it('never mutates what the host passes', () => {
    const extra = Object.freeze({ cues: Object.freeze({ stem: Object.freeze({ en: Object.freeze(['lab work']) }) }) });
    expect(() => createTopicVocabulary(extra)).not.toThrow();
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee } from '../model/index.js';
import { createTopicVocabulary } from './create-topic-vocabulary.js';
import { extractTopics } from './extract-topics.js';

const topicsOf = (text: string, lang?: string) => extractTopics(text, { lang }).map((m) => m.topic);
const goal = (id: string) => loadSample<Mentee[]>('mentees').find((m) => m.id === id)!.goals;

describe('extractTopics', () => {
  it('reads Estonian and Finnish case endings and compounds', () => {
    expect(topicsOf('Otsin partnerkooli Lätist')).toContain('partner-finding');
    expect(topicsOf('Tahan oma projekti viia Euroopa kvaliteedimärgi tasemele')).toEqual(['european-quality-label']);
    expect(topicsOf('Haluan hakea kansallista laatumerkkiä')).toEqual(['national-quality-label']);
    expect(topicsOf('Etsin kumppanikoulua Virosta')).toEqual(['partner-finding']);
    expect(topicsOf('Lapsed on lasteaias, kuidas teha projekti?')).toContain('early-childhood');
    // The noun before the action, as a heading or a request reads.
    expect(topicsOf('eTwinning-projektin aloittaminen', 'fi')).toEqual(['project-creation']);
    expect(topicsOf('Tarvitsen apua projektin luomisessa', 'fi')).toEqual(['project-creation']);
    expect(topicsOf('Vajan abi eTwinningu projekti alustamisel', 'et')).toEqual(['project-creation']);
  });

  it('reads Lithuanian and Latvian endings', () => {
    expect(topicsOf('Ieškau partnerių iš Suomijos')).toEqual(['partner-finding']);
    expect(topicsOf('Norėčiau pateikti paraišką Europos kokybės ženkleliui')).toEqual(['european-quality-label']);
    expect(topicsOf('Vēlos pieteikties nacionālajai kvalitātes zīmei')).toEqual(['national-quality-label']);
    expect(topicsOf('Meklēju partnerus projektam')).toEqual(['partner-finding']);
  });

  it('reads a need for partners as partner finding in every language, as in English', () => {
    for (const [text, lang] of [
      ['I need partners for my class', 'en'],
      ['Vajan partnereid', 'et'],
      ['Mul on vaja partnereid projektiks', 'et'],
      ['Tarvitsen kumppaneita', 'fi'],
      ['Man reikia partnerių', 'lt'],
      ['Man vajag partnerus', 'lv'],
      ['Vajadzīgi partneri projektam', 'lv'],
    ] as const) {
      expect(topicsOf(text, lang), text).toEqual(['partner-finding']);
    }
    // Needs that are not for finding partners, and partnership as a noun, are not.
    for (const [text, lang] of [
      ['Mul on vaja abi partneritega suhtlemisel', 'et'],
      ['Vajadused ja partnerlus', 'et'],
      ['Tarvitsen apua kumppanuuden rakentamisessa', 'fi'],
      ['Reikšmingos partnerystės', 'lt'],
      ['Reikalavimus partneriams', 'lt'],
      ['Vajadzības un partnerība', 'lv'],
    ] as const) {
      expect(topicsOf(text, lang), text).not.toContain('partner-finding');
    }
  });

  it('does not need diacritics', () => {
    expect(topicsOf('nacionalinis kokybes zenklelis')).toEqual(topicsOf('nacionalinis kokybės ženklelis'));
    expect(topicsOf('kvaliteedimargi taotlus')).toEqual(['national-quality-label']);
    expect(topicsOf('Eiropas kvalitates zime')).toEqual(['european-quality-label']);
  });

  it('reads a text of nothing but one topic’s words as that topic, weak words too, and not when other words come with them', () => {
    expect(topicsOf('partner')).toEqual(['partner-finding']);
    expect(topicsOf('Partners?')).toEqual(['partner-finding']);
    expect(topicsOf('kumppanikoulu', 'fi')).toEqual(['partner-finding']);
    expect(topicsOf('partner in crime')).toEqual([]);
    expect(topicsOf('my partner')).toEqual([]);
    expect(extractTopics('partner')[0]!.confidence).toBeLessThanOrEqual(extractTopics('find partner')[0]!.confidence);
  });

  it('tolerates typos, with less confidence', () => {
    expect(topicsOf('need help with twinspce')).toEqual(['twinspace']);
    expect(topicsOf('apply for the quality lable')).toEqual(['national-quality-label']);
    expect(topicsOf('need mentor for project planing')).toEqual(['project-planning']);
    expect(topicsOf('ideas for disemination')).toEqual(['dissemination']);
    expect(topicsOf('ethical dilemas')).toEqual(['ethics-confidentiality']);
    const exact = extractTopics('twinspace')[0]!.confidence;
    expect(extractTopics('twinspce')[0]!.confidence).toBeLessThan(exact);
  });

  it('takes a letter dropped from a short word for a typo, once the word starts right', () => {
    expect(topicsOf('digitl tools in the clasroom')).toEqual(['digital-tools']);
    expect(topicsOf('otsin partnreid projektiks', 'et')).toEqual(['partner-finding']);
    expect(topicsOf('kaip padėti mokiniams', 'lt')).not.toContain('digital-tools');
    for (const text of ['I like the planet', 'a plane trip', 'planetary science', 'a plank']) expect(topicsOf(text), text).not.toContain('project-planning');
  });

  it('does not take a changed letter in a short word for a typo', () => {
    expect(topicsOf('coding club')).not.toContain('supervision-wellbeing');
    expect(topicsOf('kolleege kaasata')).not.toContain('inclusion');
  });

  it('reads mixed-language texts with any language hint', () => {
    const text = 'Oppilaat haluaa tehdä yhteisen videon, miten tekijänoikeudet menee? Also want to learn about online seminars.';
    for (const lang of ['fi', 'en', undefined]) {
      expect(topicsOf(text, lang)).toEqual(expect.arrayContaining(['esafety-gdpr', 'professional-development']));
    }
  });

  it('weighs cues of the hinted language a little more', () => {
    const text = 'riiklik kvaliteedimärk';
    const hinted = extractTopics(text, { lang: 'et-EE' })[0]!.confidence;
    const other = extractTopics(text, { lang: 'en' })[0]!.confidence;
    expect(hinted).toBeGreaterThan(other);
    expect(extractTopics(text, { lang: 'en' })[0]!.topic).toBe('national-quality-label');
  });

  it('tells the national label from the European one', () => {
    expect(topicsOf('European Quality Label')).toEqual(['european-quality-label']);
    expect(topicsOf('what is the difference between national and european label?').sort()).toEqual([
      'european-quality-label',
      'national-quality-label',
    ]);
  });

  it('returns the words of the text as written', () => {
    const [match] = extractTopics('Tahan taotleda riiklikku Kvaliteedimärki.');
    expect(match).toEqual({ topic: 'national-quality-label', confidence: expect.any(Number), matched: ['riiklikku', 'Kvaliteedimärki'] });
    expect(match!.confidence).toBeGreaterThan(0.9);
    expect(match!.confidence).toBeLessThanOrEqual(1);
  });

  it('sorts by confidence, then topic id', () => {
    const matches = extractTopics('TwinSpace, Padlet, GDPR, partner search, project plan, dissemination, kvaliteedimärk');
    expect(matches.length).toBeGreaterThan(5);
    for (let i = 1; i < matches.length; i++) {
      const [a, b] = [matches[i - 1]!, matches[i]!];
      expect(a.confidence > b.confidence || (a.confidence === b.confidence && a.topic < b.topic)).toBe(true);
    }
    const tied = matches.filter((m) => m.confidence === matches[0]!.confidence).map((m) => m.topic);
    expect(tied).toEqual([...tied].sort());
  });

  it('leaves out topics below minConfidence', () => {
    const text = 'project with partners';
    expect(topicsOf(text)).toEqual([]);
    expect(extractTopics(text, { minConfidence: 0.3 }).map((m) => m.topic)).toEqual(['partner-finding']);
  });

  it('finds nothing in vague goals', () => {
    expect(topicsOf(goal('e-fi-08').text)).toEqual([]);
    expect(topicsOf(goal('e-cc-09').text)).toEqual([]);
    expect(topicsOf('Not sure yet, just curious.')).toEqual([]);
  });

  it('handles the sample edge cases', () => {
    expect(topicsOf(goal('e-lt-02').text, 'lt')).toEqual(['national-quality-label']);
    expect(topicsOf(goal('e-ee-10').text, 'et')).toEqual(['national-quality-label']);
    expect(topicsOf(goal('e-ee-12').text, 'en')).toEqual(expect.arrayContaining(['registration', 'stem']));
    expect(topicsOf(goal('e-ee-13').text, goal('e-ee-13').lang!).sort()).toEqual(['dissemination', 'european-quality-label']);
    expect(topicsOf(goal('e-ee-13').text, 'en')).not.toContain('national-quality-label');
    expect(topicsOf(goal('e-lt-09').text, 'en')).toEqual(expect.arrayContaining(['national-quality-label', 'dissemination', 'annual-theme']));
    expect(topicsOf(goal('e-hu-01').text, 'en')).toEqual(expect.arrayContaining(['project-planning', 'twinspace']));
    expect(topicsOf(goal('e-cc-12').text, 'en')).toEqual(['ethics-confidentiality']);
    expect(topicsOf(goal('e-fi-09').text, 'fi')).toEqual(
      expect.arrayContaining(['pupil-collaboration', 'esafety-gdpr', 'professional-development']),
    );
  });

  it('is deterministic, also with a warm memo and a fresh vocabulary', () => {
    const text = goal('e-ee-06').text;
    const first = extractTopics(text, { lang: 'et' });
    expect(extractTopics(text, { lang: 'et' })).toEqual(first);
    expect(extractTopics(text, { lang: 'et', vocabulary: createTopicVocabulary() })).toEqual(first);
  });

  it('never throws on empty, huge or garbage input', () => {
    expect(extractTopics('')).toEqual([]);
    expect(extractTopics(null as unknown as string)).toEqual([]);
    expect(extractTopics(12 as unknown as string)).toEqual([]);
    expect(extractTopics('\u0000\ud800%%%🙂🙂', { lang: '%%' })).toEqual([]);
    const huge = 'twinspace '.repeat(200_000);
    expect(extractTopics(huge).map((m) => m.topic)).toEqual(['twinspace']);
  });

  test.prop([fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 8 }))])(
    'returns well-formed matches for any text',
    (text, lang) => {
      const matches = extractTopics(text, { lang });
      for (const m of matches) {
        expect(m.confidence).toBeGreaterThanOrEqual(0.5);
        expect(m.confidence).toBeLessThanOrEqual(1);
        expect(m.matched.length).toBeGreaterThan(0);
      }
      expect(extractTopics(text, { lang })).toEqual(matches);
    },
  );
});

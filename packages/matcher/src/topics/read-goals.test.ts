import { describe, expect, it } from 'vitest';
import { extractTopics } from './extract-topics.js';
import { readGoals } from './read-goals.js';

const topicsOf = (text: string, lang: string) => readGoals(text, { lang }).topics.map((m) => m.topic);

describe('readGoals', () => {
  it('says when nothing was understood, and which words were not', () => {
    const reading = readGoals('asdf qwer', { lang: 'et' });
    expect(reading).toEqual({ topics: [], negated: [], unknownWords: ['asdf', 'qwer'], understood: false });
    expect(readGoals('', { lang: 'en' }).understood).toBe(false);
  });

  it('gives the same topics as extractTopics, and leaves cue words and small words out of the unknown ones', () => {
    const text = 'Tahan leida partnerkooli ja alustada esimest eTwinningu projekti';
    const reading = readGoals(text, { lang: 'et' });
    expect(reading.topics).toEqual(extractTopics(text, { lang: 'et' }));
    expect(reading.understood).toBe(true);
    expect(reading.unknownWords).not.toContain('partnerkooli');
    expect(reading.unknownWords).not.toContain('Tahan');
    expect(reading.unknownWords).toContain('eTwinningu');
  });

  it('does not request a negated topic, and keeps what a contrast asks for', () => {
    const et = readGoals('Ma EI vaja abi partneri leidmisel, vaid TwinSpace kasutamisel', { lang: 'et' });
    expect(et.topics.map((t) => t.topic)).toEqual(['twinspace']);
    expect(et.negated.map((t) => t.topic)).toEqual(['partner-finding']);
    // "vaja … partneri" (need … partner) and "partneri leidmisel" (in finding a partner) both ask for it.
    expect(et.negated[0]!.matched).toEqual(['vaja', 'partneri', 'leidmisel']);
    const en = readGoals('I do NOT want to find a partner', { lang: 'en' });
    expect(en.topics).toEqual([]);
    expect(en.negated.map((t) => t.topic)).toEqual(['partner-finding']);
    expect(en.understood).toBe(false);
  });

  it('reads negation in every language, kept to its clause', () => {
    expect(topicsOf("I don't need help finding partners, but planning the timeline is hard.", 'en')).toEqual(['project-planning']);
    expect(topicsOf('I no longer need help with registration. TwinSpace pages are my problem.', 'en')).toEqual(['twinspace']);
    expect(topicsOf('Help with TwinSpace rather than finding partners', 'en')).toEqual(['twinspace']);
    expect(topicsOf('Not the quality label but TwinSpace', 'en')).toEqual(['twinspace']);
    expect(topicsOf('Partnerit ma ei otsi. Tahan TwinSpace kasutada', 'et')).toEqual(['twinspace']);
    expect(topicsOf('Tahan TwinSpace kasutada, mitte partnerit otsida', 'et')).toEqual(['twinspace']);
    expect(topicsOf('En tarvitse apua kumppanin etsimiseen vaan TwinSpacen käyttöön', 'fi')).toEqual(['twinspace']);
    expect(topicsOf('Nebereikia ieškoti partnerių, bet noriu dirbti su TwinSpace', 'lt')).toEqual(['twinspace']);
    expect(topicsOf('Nevēlos meklēt partnerus, bet gan strādāt ar TwinSpace', 'lv')).toEqual(['twinspace']);
    expect(topicsOf('Ne partneru meklēšana, bet TwinSpace', 'lv')).toEqual(['twinspace']);
  });

  it('does not take "cannot" or "do not know how" for not wanting', () => {
    expect(topicsOf("I don't know how to find a partner school", 'en')).toEqual(['partner-finding']);
    expect(topicsOf("I can't find partners for my project", 'en')).toContain('partner-finding');
    expect(topicsOf('Ma ei tea, kuidas partnerit leida', 'et')).toEqual(['partner-finding']);
    expect(topicsOf('En osaa etsiä kumppania', 'fi')).toEqual(['partner-finding']);
    expect(topicsOf('En tiedä miten etsiä kumppania', 'fi')).toEqual(['partner-finding']);
    expect(topicsOf('Ma ei oska partnerit otsida', 'et')).toEqual(['partner-finding']);
    expect(topicsOf('En etsi kumppania, vaan TwinSpace', 'fi')).toEqual(['twinspace']);
    expect(topicsOf('En osaa enkä halua etsiä kumppania', 'fi')).toEqual([]);
    expect(topicsOf('I want pupils to work in mixed teams, not only send letters', 'en')).toEqual(['pupil-collaboration']);
  });
});

import { describe, expect, it } from 'vitest';
import { splitWords } from '../text/tokenize.js';
import { clauseStarts, negatedWords } from './negated-words.js';

/** The words of `text` marked as negated, with every word taken for a topic's start. */
function negatedOf(text: string, startsTopic: (word: string) => boolean = () => true): string[] {
  const words = splitWords(text);
  const marks = negatedWords(text, words, (i) => startsTopic(words[i]!.token));
  return words.filter((_, i) => marks[i] === 1).map((w) => w.text);
}

describe('clauseStarts', () => {
  it('starts a clause at punctuation and at a contrast word', () => {
    const text = 'Ma ei vaja abi, vaid TwinSpace; aga ka';
    expect([...clauseStarts(text, splitWords(text))]).toEqual([1, 0, 0, 0, 1, 0, 1, 0]);
  });
});

describe('negatedWords', () => {
  it('negates the clause of a negated wish, back to its start, up to a contrast', () => {
    expect(negatedOf('Partnerit ma ei otsi, vaid TwinSpace')).toEqual(['Partnerit', 'ma', 'ei', 'otsi']);
    expect(negatedOf("I don't need partners but TwinSpace")).toEqual(['I', 'don', 't', 'need', 'partners']);
    expect(negatedOf('Nevēlos meklēt partnerus, bet gan TwinSpace')).toEqual(['Nevēlos', 'meklēt', 'partnerus']);
  });

  it('does not reach back over "and"', () => {
    expect(negatedOf('I need TwinSpace and do not want partners')).toEqual(['do', 'not', 'want', 'partners']);
  });

  it('negates after a negator right before a topic, and after "rather than"', () => {
    const partner = (w: string) => w.startsWith('partner');
    expect(negatedOf('not the partners but TwinSpace', partner)).toEqual(['not', 'the', 'partners']);
    expect(negatedOf('not only partners', partner)).toEqual([]);
    expect(negatedOf('TwinSpace rather than partners. Planning', partner)).toEqual(['partners']);
  });

  it('leaves a negator that is not about wanting alone', () => {
    expect(negatedOf("I don't know how to find a partner", (w) => w === 'find')).toEqual([]);
    expect(negatedOf('I have no partner yet', (w) => w === 'partner')).toEqual([]);
    expect(negatedOf('')).toEqual([]);
  });

  it('reads a negated ability before a wish word as a need, in Estonian and Finnish too', () => {
    expect(negatedOf('En osaa etsiä kumppania')).toEqual([]);
    expect(negatedOf('En tiedä miten etsiä kumppania')).toEqual([]);
    expect(negatedOf('Ma ei oska partnerit otsida')).toEqual([]);
    expect(negatedOf('Ma ei suuda partnerit otsida')).toEqual([]);
    expect(negatedOf('I do not know where to search')).toEqual([]);
    // The ability must come before the wish: "not want to know" still refuses.
    expect(negatedOf('I do not want to know about partners')).toEqual(['I', 'do', 'not', 'want', 'to', 'know', 'about', 'partners']);
    expect(negatedOf('En etsi kumppania')).toEqual(['En', 'etsi', 'kumppania']);
    expect(negatedOf('En voi etsiä kumppania')).toEqual([]);
    expect(negatedOf('Ma ei saa partnerit otsida')).toEqual([]);
  });

  it('still refuses a wish joined to a negated ability ("nor", "ega", "enkä")', () => {
    expect(negatedOf('Ma ei oska ega taha partnerit otsida')).toEqual(['Ma', 'ei', 'oska', 'ega', 'taha', 'partnerit', 'otsida']);
    expect(negatedOf('En osaa enkä halua etsiä kumppania')).toEqual(['En', 'osaa', 'enkä', 'halua', 'etsiä', 'kumppania']);
    expect(negatedOf("I don't know nor want partners")).toEqual(['I', 'don', 't', 'know', 'nor', 'want', 'partners']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateTopics } from '../../eval/topic-metrics.mjs';
import { ETWINNING_TOPICS, CAREER_TOPICS } from '../vocabulary/topics.js';
import { extractTopics } from './extract-topics.js';

interface LabelledGoal {
  id: string;
  lang: string | null;
  text: string;
  topics: string[];
}

const load = (file: string): LabelledGoal[] =>
  JSON.parse(readFileSync(new URL(`../../eval/${file}`, import.meta.url), 'utf8')) as LabelledGoal[];
const predict = (text: string, lang: string | null) => extractTopics(text, { lang }).map((m) => m.topic);

describe('topic extraction quality', () => {
  const goals = load('topic-goals.json');

  it('has a labelled evaluation set of at least 80 goals, 14 per language, with known topic ids', () => {
    const known = new Set<string>([...ETWINNING_TOPICS, ...CAREER_TOPICS]);
    expect(goals.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['en', 'et', 'fi', 'lt', 'lv']) {
      expect(goals.filter((g) => g.id.startsWith(`${lang}-`)).length, lang).toBeGreaterThanOrEqual(14);
    }
    expect(new Set(goals.map((g) => g.id)).size).toBe(goals.length);
    for (const g of [...goals, ...load('topic-goals-holdout.json'), ...load('sample-goals.json')]) for (const t of g.topics) expect(known, g.id).toContain(t);
  });

  it('keeps micro precision and recall at 0.9 or more on the evaluation set', () => {
    const result = evaluateTopics(goals, predict);
    expect(result.precision, JSON.stringify(result.errors, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(result.recall, JSON.stringify(result.errors, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps micro precision and recall at 0.9 or more on the hold-out goals', () => {
    const result = evaluateTopics(load('topic-goals-holdout.json'), predict);
    expect(result.goals).toBeGreaterThanOrEqual(40);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('has negated and contrasted goals in every language, in the tuning and the hold-out set, read at 0.9 or more', () => {
    for (const file of ['topic-goals.json', 'topic-goals-holdout.json']) {
      const negated = load(file).filter((g) => g.id.includes('-neg-'));
      for (const lang of ['en', 'et', 'fi', 'lt', 'lv']) expect(negated.filter((g) => g.lang === lang).length, `${file} ${lang}`).toBeGreaterThanOrEqual(3);
      const result = evaluateTopics(negated, predict);
      expect(result.precision, file).toBeGreaterThanOrEqual(0.9);
      expect(result.recall, file).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('keeps micro precision and recall at 0.9 or more on the sample mentees', () => {
    const result = evaluateTopics(load('sample-goals.json'), predict);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});

#!/usr/bin/env node
// Prints micro precision/recall of extractTopics on the labelled goal sets.
// Needs the built matcher: npm run build -w @mentor-finder/matcher
import { readFileSync } from 'node:fs';
import { evaluateTopics } from '../eval/topic-metrics.mjs';

const dist = new URL('../dist/index.js', import.meta.url);
let extractTopics;
let createTopicVocabulary;
try {
  ({ extractTopics, createTopicVocabulary } = await import(dist.href));
} catch (error) {
  console.error(`Cannot load ${dist.pathname} (${error.message}). Run: npm run build -w @mentor-finder/matcher`);
  process.exit(2);
}
if (typeof extractTopics !== 'function' || typeof createTopicVocabulary !== 'function') {
  console.error('The built matcher exports no extractTopics. Rebuild: npm run build -w @mentor-finder/matcher');
  process.exit(2);
}

// topic-goals: the tuning set, which the cue and negation lists were developed against;
// topic-goals-holdout: written before each round of tuning (the negated goals before negation was
// read) and never tuned on; sample-goals: the 60 sample mentees.
const sets = [
  ['tuning goals (eval/topic-goals.json)', 'topic-goals.json'],
  ['hold-out goals, never tuned on (eval/topic-goals-holdout.json)', 'topic-goals-holdout.json'],
  ['sample mentees (eval/sample-goals.json)', 'sample-goals.json'],
];
// Goals that negate or contrast a topic (ids with "neg"), reported apart within each set.
const isNegation = (goal) => goal.id.includes('-neg-');
const gated = new Set(['topic-goals.json', 'topic-goals-holdout.json']);
const pct = (x) => (x * 100).toFixed(1).padStart(5);
const predict = (text, lang) => extractTopics(text, { lang }).map((m) => m.topic);

let failed = false;
const summary = [];
for (const [title, file] of sets) {
  const goals = JSON.parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8'));
  const result = evaluateTopics(goals, predict);
  console.log(`\n${title}: ${result.goals} goals`);
  console.log(`  micro precision ${pct(result.precision)} %  recall ${pct(result.recall)} %  (tp ${result.tp}, fp ${result.fp}, fn ${result.fn})`);
  summary.push([title.split(' (')[0], result]);
  const negations = goals.filter(isNegation);
  if (negations.length > 0) {
    const n = evaluateTopics(negations, predict);
    console.log(`  negated   precision ${pct(n.precision)} %  recall ${pct(n.recall)} %  (${n.goals} goals; tp ${n.tp}, fp ${n.fp}, fn ${n.fn})`);
  }
  for (const [lang, r] of Object.entries(result.languages)) {
    console.log(`  ${lang.padEnd(5)} precision ${pct(r.precision)} %  recall ${pct(r.recall)} %  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
  }
  for (const e of result.errors) {
    console.log(`  ${e.id}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]  "${e.text.slice(0, 90)}"`);
  }
  if (gated.has(file) && (result.precision < 0.9 || result.recall < 0.9)) failed = true;
}

console.log('\nsummary:');
for (const [title, r] of summary) console.log(`  ${title.padEnd(32)} precision ${pct(r.precision)} %  recall ${pct(r.recall)} %`);

const texts = JSON.parse(readFileSync(new URL('../eval/topic-goals.json', import.meta.url), 'utf8')).map((g) => g.text);
// Best of several runs: the figures are for the code, not for whatever else the machine is doing.
const runs = 7;
const rounds = 10;
let compile = Infinity;
let cold = Infinity;
let warm = Infinity;
for (let run = 0; run < runs; run++) {
  let t0 = performance.now();
  const vocabulary = createTopicVocabulary();
  compile = Math.min(compile, performance.now() - t0);
  t0 = performance.now();
  for (const t of texts) extractTopics(t, { vocabulary });
  cold = Math.min(cold, (performance.now() - t0) / texts.length);
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) extractTopics(t, { vocabulary });
  warm = Math.min(warm, (performance.now() - t0) / (rounds * texts.length));
}
const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;
console.log(`\ntiming, best of ${runs} runs over ${texts.length} goal texts:`);
console.log(`  createTopicVocabulary ${compile.toFixed(1)} ms (once per vocabulary; the built-in one on first use)`);
console.log(`  extractTopics ${us(cold)} per text on first sight of its words, ${us(warm)} per text warm`);
if (failed) {
  console.log('precision or recall below 0.9 on an evaluation set');
  process.exitCode = 1;
}

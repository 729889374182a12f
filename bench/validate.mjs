// Validation speed: validateMentors and toPublicMentors over 10,000 full mentor records,
// made from the sample mentors with fresh ids. Run alone: node bench/validate.mjs
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const SIZE = 10_000;
const RUNS = 9;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export default async function benchValidate() {
  const matcher = await import(new URL('../packages/matcher/dist/index.js', import.meta.url));
  const sample = JSON.parse(readFileSync(new URL('../../shared/data/mentors.json', import.meta.url), 'utf8'));
  const mentors = Array.from({ length: SIZE }, (_, i) => ({ ...sample[i % sample.length], id: `m-bench-${i}` }));
  // One record in ten broken, as a real export might be.
  const withErrors = mentors.map((m, i) => (i % 10 === 0 ? { ...m, country: 'XX' } : m));

  const valid = matcher.validateMentors(mentors);
  const invalid = matcher.validateMentors(withErrors);
  console.log(`validateMentors, ${SIZE} mentors: ${time(() => matcher.validateMentors(mentors)).toFixed(1)} ms median (${valid.valid.length} valid)`);
  console.log(
    `validateMentors, ${SIZE} mentors, 10% invalid: ${time(() => matcher.validateMentors(withErrors)).toFixed(1)} ms median (${invalid.errors.length} errors)`,
  );
  const published = matcher.toPublicMentors(valid.valid);
  console.log(`toPublicMentors, ${SIZE} mentors: ${time(() => matcher.toPublicMentors(valid.valid)).toFixed(1)} ms median`);
  console.log(
    `validatePublicMentors, ${published.length} mentors: ${time(() => matcher.validatePublicMentors(published)).toFixed(1)} ms median`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchValidate();

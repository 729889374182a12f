// Validation speed: validateMentors and toPublicMentors over 10,000 full mentor records,
// made from the sample mentors with fresh ids. Run alone: node bench/validate.mjs
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { timeRuns } from './lib/stats.mjs';

const SIZE = 10_000;
const RUNS = 9;

const time = (fn) => timeRuns(RUNS, fn).median;

export default async function benchValidate() {
  const matcher = await import(new URL('../packages/matcher/dist/index.js', import.meta.url));
  const sample = JSON.parse(readFileSync(new URL('../../shared/data/mentors.json', import.meta.url), 'utf8'));
  const mentors = Array.from({ length: SIZE }, (_, i) => ({ ...sample[i % sample.length], id: `m-bench-${i}` }));
  // One record in ten broken, as a real export might be.
  const withErrors = mentors.map((m, i) => (i % 10 === 0 ? { ...m, country: 'XX' } : m));

  const valid = matcher.validateMentors(mentors);
  const invalid = matcher.validateMentors(withErrors);
  const published = matcher.toPublicMentors(valid.valid);
  const line = (label, count, fn, note = '') => {
    const ms = time(fn);
    console.log(`${label}, ${count} mentors: ${ms.toFixed(1)} ms median, ${((ms * 1000) / count).toFixed(1)} µs per mentor${note}`);
  };
  line('validateMentors', SIZE, () => matcher.validateMentors(mentors), ` (${valid.valid.length} valid)`);
  line('validateMentors, 10% invalid', SIZE, () => matcher.validateMentors(withErrors), ` (${invalid.errors.length} errors)`);
  line('toPublicMentors', SIZE, () => matcher.toPublicMentors(valid.valid));
  line('validatePublicMentors', published.length, () => matcher.validatePublicMentors(published));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchValidate();

// Mentor search speed: index build and per-keystroke queries over synthetic pools of 1,000 and
// 10,000 mentors with ~200-character bios. Run: npm run build -w @mentor-finder/matcher && node bench/search.mjs
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { median, pick, random, timeOnce as time } from './lib/stats.mjs';

// What a visitor types, one keystroke at a time: typos, inflected and compound words, other languages.
const TYPED = ['kvaliteedimärg', 'robootika', 'kindergarten', 'lastentarha', 'bērnudārzs', 'darželis', 'partnerkool', 'projekt planning', 'opettaja yhteistyo', 'mokytojas'];

const SIZES = [1_000, 10_000];
const QUERY_RUNS = 300;
const BUILD_RUNS = 5;
const BIO_LENGTH = 200;

const WORD = /[\p{L}\p{N}]+/gu;
const SYLLABLES = ['ka', 'ri', 'to', 'mä', 'se', 'lu', 'va', 'nė', 'ja', 'õp', 'ši', 'ku', 'ār', 'pe', 'lo', 'in', 'ta', 'üt'];
const FIRST_NAMES = ['Kadri', 'Šarūnas', 'Jõe', 'Päivi', 'Jānis', 'Rasa', 'Žydrūnė', 'Õie', 'Ülle', 'Agnieszka', 'Eleni', 'Nino'];

function wordsByLanguage(sample) {
  const pools = new Map();
  for (const mentor of sample) {
    for (const [lang, text] of Object.entries(mentor.bio)) {
      if (!pools.has(lang)) pools.set(lang, []);
      pools.get(lang).push(...(text.match(WORD) ?? []));
    }
  }
  return pools;
}

function pseudoWord(rand) {
  let word = '';
  const n = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) word += pick(rand, SYLLABLES);
  return word;
}

function bio(rand, pool) {
  const words = [];
  let length = 0;
  while (length < BIO_LENGTH) {
    // One word in six is rare (a place, a tool, a name), which is what grows a real vocabulary.
    const word = rand() < 1 / 6 ? pseudoWord(rand) : pick(rand, pool);
    words.push(word);
    length += word.length + 1;
  }
  return `${words.join(' ')}.`;
}

export function syntheticMentors(sample, size, seed = 1) {
  const rand = random(seed);
  const pools = wordsByLanguage(sample);
  return Array.from({ length: size }, (_, i) => {
    const template = sample[i % sample.length];
    const current = Math.floor(rand() * 3);
    return {
      ...template,
      id: `bench-${String(i).padStart(5, '0')}`,
      displayName: `${pick(rand, FIRST_NAMES)} ${pseudoWord(rand).slice(0, 1).toUpperCase()}.`,
      bio: Object.fromEntries(Object.keys(template.bio).map((lang) => [lang, bio(rand, pools.get(lang))])),
      capacity: { maxMentees: 2, currentMentees: current, acceptingRequests: rand() > 0.1 },
    };
  });
}

/** Median time of `run(query)` over the queries, cycled; each query string once first, uncached. */
function measure(queries, run, runs = QUERY_RUNS) {
  const times = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const [ms, result] = time(() => run(queries[i % queries.length]));
    times.push(ms);
    hits += result.length;
  }
  return { median: median(times), max: Math.max(...times), meanHits: hits / runs };
}

/** Every prefix of every typed query, as the finder searches on each keystroke; three rounds. */
function keystrokes(search) {
  const times = [];
  for (let round = 0; round < 3; round++) {
    for (const query of TYPED) {
      for (let n = 1; n <= query.length; n++) times.push(time(() => search.search(query.slice(0, n), {}, { limit: 50 }))[0]);
    }
  }
  const sorted = times.sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1), count: sorted.length };
}

function queriesFor(sample, rand) {
  const words = [...new Set(sample.flatMap((m) => Object.values(m.bio).flatMap((t) => t.match(WORD) ?? [])))]
    .filter((w) => w.length >= 6 && !/\d/.test(w))
    .sort();
  const oneWord = ['partner', 'kvaliteedimärk', 'projekt', 'teacher', 'opettaja', 'stem', 'mokytoja', 'TwinSpace'];
  // Distinct typos (one letter dropped) so the typo cache never answers.
  const typos = Array.from({ length: QUERY_RUNS }, () => {
    const word = pick(rand, words);
    const at = 1 + Math.floor(rand() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  });
  const twoWordPrefix = Array.from({ length: 60 }, () => {
    const next = pick(rand, words);
    return `${pick(rand, words)} ${next.slice(0, 3 + Math.floor(rand() * 2))}`;
  });
  return { oneWord, typos, twoWordPrefix };
}

const FILTERS = [
  { languages: ['et'], availableOnly: true },
  { countries: ['FI', 'EE'], topics: ['partner-finding'] },
  { subjects: ['history'], schoolLevels: ['upper-secondary'], availableOnly: true },
  { languages: ['en', 'ru'], topics: ['stem', 'twinspace'] },
];

async function fuseBaseline(mentors) {
  const { default: Fuse } = await import('fuse.js');
  const fuse = new Fuse(mentors, { keys: ['displayName', 'region', 'bio.en', 'bio.et', 'bio.fi', 'bio.lt', 'bio.lv'] });
  const times = ['partner', 'projekt', 'teacher', 'opettaja', 'mokytoja'].map((q) => time(() => fuse.search(q))[0]);
  return median(times);
}

export default async function benchSearch({ log = console.log } = {}) {
  const { createMentorSearch } = await import('../packages/matcher/dist/index.js');
  const sample = JSON.parse(readFileSync(new URL('../../shared/data/mentors.json', import.meta.url), 'utf8'));
  const results = [];
  for (const size of SIZES) {
    const mentors = syntheticMentors(sample, size);
    const builds = Array.from({ length: BUILD_RUNS }, () => time(() => createMentorSearch(mentors)));
    const search = builds.at(-1)[1];
    const queries = queriesFor(sample, random(size));
    const [firstTypo] = time(() => search.search('partnr'));
    const [firstEmpty] = time(() => search.search('', FILTERS[0], { locale: 'et' }));
    const row = {
      size,
      'build index': median(builds.map(([ms]) => ms)),
      'one-word query': measure(queries.oneWord, (q) => search.search(q)),
      'one-word query, first 20 hits': measure(queries.oneWord, (q) => search.search(q, {}, { limit: 20 })),
      'typo query': measure(queries.typos, (q) => search.search(q)),
      'two-word prefix query': measure(queries.twoWordPrefix, (q) => search.search(q)),
      // The finder's second search when few mentors match every word: any word, 24 hits.
      'two-word query, some words, 24 hits': measure(queries.twoWordPrefix, (q) => search.search(q, {}, { match: 'some', limit: 24 })),
      'empty query with filters': measure(FILTERS, (f) => search.search('', f, { locale: 'et' })),
      'first typo query (builds the word matcher)': firstTypo,
      'first empty query in a locale (sorts names)': firstEmpty,
    };
    row['keystroke'] = keystrokes(search);
    if (size === 1_000) row['fuse.js over whole records, one word'] = await fuseBaseline(mentors);
    results.push(row);
    log(`\nmentor search, ${size.toLocaleString('en')} mentors, ~${BIO_LENGTH}-character bios (median ms)`);
    for (const [name, value] of Object.entries(row)) {
      if (name === 'size') continue;
      if (name === 'keystroke') log(`  ${'per keystroke, typing 10 queries'.padEnd(46)} p50 ${value.p50.toFixed(3)}  p95 ${value.p95.toFixed(3)}  (max ${value.max.toFixed(2)}, ${value.count} keystrokes)`);
      else if (typeof value === 'number') log(`  ${name.padEnd(46)} ${value.toFixed(2)}`);
      else log(`  ${name.padEnd(46)} ${value.median.toFixed(3)}  (max ${value.max.toFixed(2)}, ${value.meanHits.toFixed(0)} hits)`);
    }
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchSearch();

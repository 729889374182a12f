// Ranking speed: rankMentors over 10,000 synthetic mentors (made from the sample mentors with
// varied ids, topics, languages, countries and capacity) for one mentee, top 20 with reasons.
// Run: npm run build -w @mentor-finder/matcher && node bench/rank.mjs
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { pick, PLACES, random, someOf, timeRuns as time } from './lib/stats.mjs';

const SIZE = 10_000;
const RANK_RUNS = 300;
const PREPARE_RUNS = 7;
const NAIVE_RUNS = 7;
const LIMIT = 20;
const MENTEE_ID = 'e-ee-01';


const LEVELS = ['B1', 'B2', 'C1', 'C2', 'native'];

export function syntheticMentors(sample, topics, size, seed = 7) {
  const rand = random(seed);
  const out = [];
  for (let i = 0; i < size; i++) {
    const base = sample[i % sample.length];
    const [country, timezone, own] = pick(rand, PLACES);
    const extra = someOf(rand, ['en', 'ru', 'de', 'fr', 'et', 'fi'].filter((c) => c !== own), 1, 2);
    const max = 1 + Math.floor(rand() * 3);
    out.push({
      ...base,
      id: `m-syn-${String(i).padStart(5, '0')}`,
      status: rand() < 0.95 ? 'active' : 'paused',
      country,
      timezone,
      languages: [{ code: own, level: 'native' }, ...extra.map((code) => ({ code, level: pick(rand, LEVELS) }))],
      topics: someOf(rand, topics, 2, 6),
      capacity: { maxMentees: max, currentMentees: Math.floor(rand() * (max + 1)), acceptingRequests: rand() < 0.95 },
    });
  }
  return out;
}

export default async function benchRank({ log = console.log } = {}) {
  const matcher = await import(new URL('../packages/matcher/dist/index.js', import.meta.url).href);
  const read = (name) => JSON.parse(readFileSync(new URL(`../../shared/data/${name}.json`, import.meta.url), 'utf8'));
  const sample = read('mentors');
  const mentee = read('mentees').find((m) => m.id === MENTEE_ID);
  const programme = read('programmes').find((p) => p.id === mentee.programmeId);
  const mentors = syntheticMentors(sample.filter((m) => m.programmeId === mentee.programmeId), matcher.ETWINNING_TOPICS, SIZE);
  const options = { limit: LIMIT, programme };

  const prepare = time(PREPARE_RUNS, () => matcher.prepareMentors(mentors));
  const prepared = prepare.result;
  for (let i = 0; i < 30; i++) matcher.rankMentors(mentee, prepared, options); // warm-up
  const rank = time(RANK_RUNS, () => matcher.rankMentors(mentee, prepared, options));
  const menteeTopics = matcher.extractTopics(mentee.goals.text, { lang: mentee.goals.lang });
  const rankTopics = time(RANK_RUNS, () => matcher.rankMentors(mentee, prepared, { ...options, menteeTopics }));
  const precomputedTopics = { programme, menteeTopics };
  const all = time(30, () => matcher.rankMentors(mentee, prepared, { programme }));
  const naive = time(NAIVE_RUNS, () => mentors.map((m) => matcher.scorePair(m, mentee, { programme })));
  const naiveTopics = time(NAIVE_RUNS, () => mentors.map((m) => matcher.scorePair(m, mentee, precomputedTopics)));
  const preparedMentee = time(NAIVE_RUNS, () => {
    const one = matcher.prepareMentee(mentee, { programme });
    return mentors.map((m) => matcher.scorePair(m, one));
  });
  const eligible = naive.result.filter((r) => r.eligible).length;

  const top = rank.result;
  const agrees = top.every((r, i) => i === 0 || top[i - 1].result.score >= r.result.score);
  const figures = {
    mentors: SIZE,
    mentee: MENTEE_ID,
    eligible,
    prepareMedianMs: round(prepare.median),
    rankTop20MedianMs: round(rank.median),
    rankTop20P95Ms: round(rank.p95),
    rankTop20PrecomputedTopicsMedianMs: round(rankTopics.median),
    rankAllEligibleMedianMs: round(all.median),
    naiveScorePairLoopMedianMs: round(naive.median),
    naiveScorePairLoopTopicsGivenMedianMs: round(naiveTopics.median),
    preparedScorePairLoopMedianMs: round(preparedMentee.median),
    ordered: agrees,
  };
  log(`rank: ${SIZE} mentors, mentee ${MENTEE_ID}, programme ${programme.id}, ${eligible} eligible`);
  log(`  prepareMentors (once)              median ${figures.prepareMedianMs} ms`);
  log(`  rankMentors top ${LIMIT}                 median ${figures.rankTop20MedianMs} ms (p95 ${figures.rankTop20P95Ms} ms), target <= 3 ms`);
  log(`  rankMentors top ${LIMIT}, topics given   median ${figures.rankTop20PrecomputedTopicsMedianMs} ms`);
  log(`  rankMentors all ${eligible} eligible      median ${figures.rankAllEligibleMedianMs} ms`);
  log(`  scorePair loop over all (naive)    median ${figures.naiveScorePairLoopMedianMs} ms (goals read on every call)`);
  log(`  scorePair loop, topics given       median ${figures.naiveScorePairLoopTopicsGivenMedianMs} ms`);
  log(`  scorePair loop, prepareMentee once median ${figures.preparedScorePairLoopMedianMs} ms`);
  log(`  top 3: ${top.slice(0, 3).map((r) => `${r.mentor.id} ${r.result.score.toFixed(3)}`).join(', ')}`);
  return figures;
}

function round(ms) {
  return Math.round(ms * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchRank();

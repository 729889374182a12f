// @ts-check
// Suggests mentor–mentee pairs for each sample programme, with reasons, unmatched mentees and totals.
//   node examples/node/suggest-pairs.mjs [--lang en|et|fi|lt|lv] [--strategy optimal|greedy]
import { parseArgs } from 'node:util';
import { formatReason, suggestPairs, validateMentees, validateMentors } from '@mentor-finder/matcher';
import { loadSample } from './sample-data.mjs';

const { values } = parseArgs({
  options: { lang: { type: 'string', default: 'en' }, strategy: { type: 'string', default: 'optimal' } },
});
const lang = values.lang ?? 'en';
const strategy = values.strategy === 'greedy' ? 'greedy' : 'optimal';

const mentors = validateMentors(loadSample('mentors')).valid;
const mentees = validateMentees(loadSample('mentees')).valid;
/** @type {import('@mentor-finder/matcher').Programme[]} */
const programmes = loadSample('programmes');
const nameOf = new Map([...mentors, ...mentees].map((p) => [p.id, p.displayName]));

for (const programme of programmes) {
  const suggestion = suggestPairs(
    {
      mentors: mentors.filter((m) => m.programmeId === programme.id),
      mentees: mentees.filter((m) => m.programmeId === programme.id),
      programme,
    },
    { strategy },
  );
  const { stats } = suggestion;
  console.log(`== ${programme.name[lang] ?? programme.name.en ?? programme.id} (${programme.id})`);
  console.log(`   ${stats.matched} of ${stats.total} mentees paired, mean score ${stats.meanScore?.toFixed(2) ?? '-'}, strategy ${suggestion.strategy}`);
  for (const pair of suggestion.pairs) {
    const top = pair.reasons.filter((r) => r.effect === 'positive').slice(0, 2);
    console.log(`   ${pair.menteeId} ${nameOf.get(pair.menteeId)} -> ${pair.mentorId} ${nameOf.get(pair.mentorId)}  score ${pair.score.toFixed(2)}`);
    for (const reason of top) console.log(`        + ${formatReason(reason, lang)}`);
  }
  for (const { menteeId, reasons } of suggestion.unmatched) {
    console.log(`   ${menteeId} ${nameOf.get(menteeId)}: no pair`);
    for (const reason of reasons.slice(0, 2)) console.log(`        ! ${formatReason(reason, lang)}`);
  }
  console.log('');
}

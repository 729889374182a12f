// @ts-check
// Ranks the sample mentors for one sample mentee and explains each place in words.
//   node examples/node/rank-mentors.mjs [menteeId] [--lang en|et|fi|lt|lv] [--limit 5]
import { parseArgs } from 'node:util';
import { extractTopics, formatReason, rankMentors, validateMentees, validateMentors, vocabularyLabel } from '@mentor-finder/matcher';
import { loadSample } from './sample-data.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, limit: { type: 'string', default: '5' } },
});
const lang = values.lang ?? 'en';
const menteeId = positionals[0] ?? 'e-ee-01';

const mentors = validateMentors(loadSample('mentors')).valid;
const mentees = validateMentees(loadSample('mentees')).valid;
/** @type {import('@mentor-finder/matcher').Programme[]} */
const programmes = loadSample('programmes');

const mentee = mentees.find((m) => m.id === menteeId);
if (!mentee) {
  console.error(`No sample mentee "${menteeId}". Try one of: ${mentees.slice(0, 5).map((m) => m.id).join(', ')} …`);
  process.exit(1);
}
const programme = programmes.find((p) => p.id === mentee.programmeId);

console.log(`Mentors for ${mentee.displayName} (${mentee.id}, ${mentee.country}) in "${programme?.name[lang] ?? programme?.name.en ?? mentee.programmeId}"`);
console.log(`Goals (${mentee.goals.lang ?? '?'}): ${mentee.goals.text}`);
const topics = extractTopics(mentee.goals.text, { lang: mentee.goals.lang });
console.log(`Topics found in the goals: ${topics.map((t) => `${vocabularyLabel('topic', t.topic, lang)} (${t.confidence.toFixed(2)})`).join(', ') || 'none'}`);
console.log('');

const ranked = rankMentors(mentee, mentors.filter((m) => m.programmeId === mentee.programmeId), {
  ...(programme ? { programme } : {}),
  limit: Number(values.limit),
});
for (const { rank, mentor, result } of ranked) {
  console.log(`${String(rank).padStart(2)}. ${mentor.displayName} (${mentor.id}, ${mentor.country})  score ${result.score.toFixed(2)}`);
  for (const reason of result.reasons) {
    const sign = reason.effect === 'positive' ? '+' : reason.effect === 'negative' ? '-' : '!';
    console.log(`      ${sign} ${formatReason(reason, lang)}`);
  }
}
if (ranked.length === 0) console.log('No eligible mentor for this mentee.');

// Writes test/fixtures/mentors.public.json: the public projection (toPublicMentors) of the sample mentors.
// Usage: node packages/widget/scripts/make-fixture.mjs [full-mentors.json]   (after building the matcher)
import { readFileSync, writeFileSync } from 'node:fs';
import { toPublicMentors } from '@mentor-finder/matcher';

const source = process.argv[2] ?? new URL('../../cli/test/fixtures/mentors.json', import.meta.url);
const target = new URL('../test/fixtures/mentors.public.json', import.meta.url);
const mentors = toPublicMentors(JSON.parse(readFileSync(source, 'utf8')));
writeFileSync(target, `${JSON.stringify(mentors, null, 1)}\n`);
console.log(`${mentors.length} public mentors -> ${target.pathname}`);

// @ts-check
// Validates a mentors or mentees JSON file and lists every error by record and field.
//   node examples/node/validate-file.mjs <file.json> [--kind mentors|public-mentors|mentees]
// Exit code: 0 valid, 1 validation errors, 2 unreadable file or bad arguments.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateMentees, validateMentors, validatePublicMentors } from '@mentor-finder/matcher';

const VALIDATORS = { mentors: validateMentors, 'public-mentors': validatePublicMentors, mentees: validateMentees };

/** Guesses the kind from the first record: mentees have goals, full mentor records a private block. */
function guessKind(/** @type {unknown} */ data) {
  const first = Array.isArray(data) ? data[0] : undefined;
  if (first && typeof first === 'object' && 'goals' in first) return 'mentees';
  if (first && typeof first === 'object' && !('private' in first)) return 'public-mentors';
  return 'mentors';
}

/** @type {{ values: { kind?: string }, positionals: string[] }} */
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { kind: { type: 'string' } } });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const [file] = args.positionals;
if (!file || (args.values.kind && !Object.hasOwn(VALIDATORS, args.values.kind))) {
  console.error('Usage: node examples/node/validate-file.mjs <file.json> [--kind mentors|public-mentors|mentees]');
  process.exit(2);
}

let data;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: cannot read it as JSON (${error instanceof Error ? error.message : String(error)})`);
  process.exit(2);
}

const kind = /** @type {keyof typeof VALIDATORS} */ (args.values.kind ?? guessKind(data));
const { valid, errors } = VALIDATORS[kind](data);
for (const e of errors) {
  const where = [e.index !== undefined ? `#${e.index}` : '', e.recordId ? `(${e.recordId})` : ''].filter(Boolean).join(' ');
  console.log(`${where ? `${where} ` : ''}${e.path || '/'}: ${e.message} [${e.code}]`);
}
const total = Array.isArray(data) ? data.length : 0;
console.log(`${file}: ${kind}, ${valid.length} of ${total} records valid, ${errors.length} error(s)`);
process.exitCode = errors.length > 0 ? 1 : 0;

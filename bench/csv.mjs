// CSV reading speed: parseCsv over a registration-form export of 200,000 rows (quoted bios with
// delimiters and line breaks), and over a file where every other line has a quote that never
// closes. Run alone: npm run build -w @mentor-finder/matcher && node bench/csv.mjs
import { pathToFileURL } from 'node:url';
import { random, timeRuns } from './lib/stats.mjs';

const ROWS = 200_000;
const BROKEN = 16_000;
const RUNS = 5;

function wellFormed(rows, rand) {
  const lines = ['id;displayName;country;languages;bio.en'];
  for (let i = 0; i < rows; i++) {
    const bio = rand() < 0.2 ? `"Teacher; ""eTwinner""\nsince ${2000 + (i % 25)}"` : `Teacher of history since ${2000 + (i % 25)}`;
    lines.push(`m-${i};Kadri T.;EE;et,en;${bio}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function brokenQuotes(count) {
  const lines = ['id;bio.en'];
  for (let i = 0; i < count; i++) lines.push(`m-${i}a;"never closed ${i}`, `m-${i}b;fine`);
  return lines.join('\n');
}

export default async function benchCsv({ log = console.log } = {}) {
  const { parseCsv } = await import(new URL('../packages/matcher/dist/index.js', import.meta.url));
  const cases = [
    [`${ROWS.toLocaleString('en')} rows, one in five with a multi-line quoted cell`, wellFormed(ROWS, random(7))],
    [`${(2 * BROKEN).toLocaleString('en')} lines, ${BROKEN.toLocaleString('en')} with an unclosed quote`, brokenQuotes(BROKEN)],
  ];
  const results = [];
  for (const [label, text] of cases) {
    const { median, result: last } = timeRuns(RUNS, () => parseCsv(text));
    const lines = last.rows.length + last.issues.length;
    const rate = (lines / median) * 1000;
    log(`parseCsv, ${label}: ${median.toFixed(0)} ms median, ${Math.round(rate).toLocaleString('en')} rows per second (${last.rows.length} rows, ${last.issues.length} reported)`);
    results.push({ label, ms: median, rowsPerSecond: rate });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchCsv();

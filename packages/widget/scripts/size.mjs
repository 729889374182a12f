// Prints the raw, gzip and brotli size of the built CDN entry, of each chunk it loads on demand
// (dist/mentor-finder-*.js) and of all of them together, and of the npm entry.
// `--check` exits with 1 when the CDN entry is over its gzip budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const BUDGET_GZIP = 35 * 1024;
const CDN_FILE = 'mentor-finder.js';
const CDN_CHUNK = /^mentor-finder-.+\.js$/;
/** Other elements' CDN files, built beside the finder's; not part of it. */
const OTHER_CDN_FILES = new Set(['mentor-pair-preview.js', 'mentor-pair-worker.js', 'mentor-registration.js']);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes(source) {
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of files compressed one by one, summed: what a browser fetching each of them transfers. */
function total(list) {
  return list.reduce((sum, one) => ({ raw: sum.raw + one.raw, gzip: sum.gzip + one.gzip, brotli: sum.brotli + one.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

function line(label, { raw, gzip, brotli }, note = '') {
  console.log(`${label.padEnd(48)} raw ${kb(raw).padStart(9)}  gzip ${kb(gzip).padStart(8)}  brotli ${kb(brotli).padStart(8)}  ${note}`);
}

if (!existsSync(new URL(CDN_FILE, dist))) {
  console.error(`dist/${CDN_FILE} is missing; run \`npm run build -w @mentor-finder/widget\` first`);
  process.exit(1);
}
const names = readdirSync(dist);
const entry = sizes(readFileSync(new URL(CDN_FILE, dist)));
const over = entry.gzip > BUDGET_GZIP;
line(`${CDN_FILE} (CDN entry: Lit, browse)`, entry, `budget ${kb(BUDGET_GZIP)} gzip: ${over ? `OVER by ${kb(entry.gzip - BUDGET_GZIP)}` : 'within'}`);

const chunkNames = names.filter((name) => CDN_CHUNK.test(name)).sort();
const chunks = chunkNames.map((name) => ({ name, ...sizes(readFileSync(new URL(name, dist))) }));
for (const chunk of chunks) line(`  ${chunk.name} (on demand)`, chunk);
line(`entry + ${chunks.length} chunks (everything the finder can load)`, total([entry, ...chunks]));

const npmFiles = names.filter((name) => name.endsWith('.js') && name !== CDN_FILE && !CDN_CHUNK.test(name) && !OTHER_CDN_FILES.has(name) && name !== 'define.js');
const npm = sizes(Buffer.concat(npmFiles.map((name) => readFileSync(new URL(name, dist)))));
line('index.js + chunks (npm, unminified)', npm, 'Lit and the matcher not included');

if (over && process.argv.includes('--check')) process.exitCode = 1;

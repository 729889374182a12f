// Prints the raw, gzip and brotli size of the built CDN file and of the npm entry.
// `--check` exits with 1 when the CDN file is over its gzip budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const BUDGET_GZIP = 35 * 1024;
const CDN_FILE = 'mentor-finder.js';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizes(source) {
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function line(label, { raw, gzip, brotli }, note) {
  console.log(`${label.padEnd(34)} raw ${kb(raw).padStart(9)}  gzip ${kb(gzip).padStart(8)}  brotli ${kb(brotli).padStart(8)}  ${note}`);
}

if (!existsSync(new URL(CDN_FILE, dist))) {
  console.error(`dist/${CDN_FILE} is missing; run \`npm run build -w @mentor-finder/widget\` first`);
  process.exit(1);
}
const cdn = sizes(readFileSync(new URL(CDN_FILE, dist)));
const over = cdn.gzip > BUDGET_GZIP;
line(`${CDN_FILE} (CDN, all inlined)`, cdn, `budget ${kb(BUDGET_GZIP)} gzip: ${over ? `OVER by ${kb(cdn.gzip - BUDGET_GZIP)}` : 'within'}`);

const npmFiles = readdirSync(dist).filter((name) => name.endsWith('.js') && name !== CDN_FILE && name !== 'define.js');
const npm = sizes(Buffer.concat(npmFiles.map((name) => readFileSync(new URL(name, dist)))));
line('index.js + chunks (npm, unminified)', npm, 'Lit and the matcher not included');

if (over && process.argv.includes('--check')) process.exitCode = 1;

// @ts-check
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_RATE_LIMIT } from './create-rate-limiter.mjs';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The repository root (two levels above examples/server). */
export const REPO_ROOT = resolve(SERVER_DIR, '..', '..');

/**
 * @typedef {object} ServerOptions
 * @property {string} host
 * @property {number} port 0 picks a free port
 * @property {string} dataDir folder of the SQLite file; created on start
 * @property {boolean} inMemory keep the database in memory (tests)
 * @property {string} mentorsFile full mentor records (with private e-mails)
 * @property {string | undefined} programmesFile defaults to programmes.json beside the mentors file
 * @property {string | undefined} menteesFile the coordinator's sample mentees; defaults to mentees.json beside the mentors file
 * @property {{ burst: number, perMinute: number }} rateLimit
 * @property {number} bodyLimit bytes
 * @property {string} siteDir
 * @property {string} coordinatorDir
 * @property {string} widgetFile
 * @property {string} pairPreviewFile the <mentor-pair-preview> bundle
 * @property {string} pairWorkerFile its module worker
 */

/** @type {Readonly<ServerOptions>} */
export const DEFAULT_SERVER_OPTIONS = Object.freeze({
  host: '127.0.0.1',
  port: 8080,
  dataDir: join(SERVER_DIR, '.data'),
  inMemory: false,
  mentorsFile: resolve(REPO_ROOT, '..', 'shared', 'data', 'mentors.json'),
  programmesFile: undefined,
  menteesFile: undefined,
  rateLimit: Object.freeze({ burst: DEFAULT_RATE_LIMIT.burst, perMinute: DEFAULT_RATE_LIMIT.perMinute }),
  bodyLimit: 16 * 1024,
  siteDir: join(REPO_ROOT, 'examples', 'national-site'),
  coordinatorDir: join(REPO_ROOT, 'examples', 'coordinator'),
  widgetFile: join(REPO_ROOT, 'packages', 'widget', 'dist', 'mentor-finder.js'),
  pairPreviewFile: join(REPO_ROOT, 'packages', 'widget', 'dist', 'mentor-pair-preview.js'),
  pairWorkerFile: join(REPO_ROOT, 'packages', 'widget', 'dist', 'mentor-pair-worker.js'),
});

export const SERVER_USAGE = `Usage: node examples/server/bin/serve.mjs [options]

  --port <n>             port (default 8080, or PORT; 0 picks a free one)
  --host <addr>          address to bind (default 127.0.0.1)
  --data-dir <dir>       folder for the SQLite file (default examples/server/.data)
  --mentors <file>       full mentor records (default ../shared/data/mentors.json)
  --programmes <file>    programmes (default programmes.json beside the mentors file)
  --mentees <file>       the coordinator's sample mentees (default mentees.json beside the mentors file)
  --rate-burst <n>       contact requests one address may send at once (default ${DEFAULT_RATE_LIMIT.burst})
  --rate-per-minute <n>  requests added back per minute (default ${DEFAULT_RATE_LIMIT.perMinute})
  --help                 show this text
`;

/** @param {string | undefined} value @param {string} name @param {string[]} errors @param {number} min */
function toNumber(value, name, errors, min) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || (name === 'port' && (!Number.isInteger(n) || n > 65535))) {
    errors.push(`--${name}: expected a number >= ${min}, got "${value}"`);
    return undefined;
  }
  return n;
}

/**
 * @param {string[]} argv arguments after the script name
 * @param {Record<string, string | undefined>} env
 * @param {string} cwd relative paths are resolved against it
 * @returns {{ options: ServerOptions, help: boolean, errors: string[] }}
 */
export function parseServerArgs(argv, env = {}, cwd = REPO_ROOT) {
  /** @type {string[]} */
  const errors = [];
  /** @type {any} */
  let values = {};
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        mentors: { type: 'string' },
        programmes: { type: 'string' },
        mentees: { type: 'string' },
        'rate-burst': { type: 'string' },
        'rate-per-minute': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  const d = DEFAULT_SERVER_OPTIONS;
  const port = toNumber(values.port ?? env.PORT, 'port', errors, 0) ?? d.port;
  const burst = toNumber(values['rate-burst'], 'rate-burst', errors, 1) ?? d.rateLimit.burst;
  const perMinute = toNumber(values['rate-per-minute'], 'rate-per-minute', errors, 0.001) ?? d.rateLimit.perMinute;
  return {
    options: {
      ...d,
      port,
      host: values.host ?? d.host,
      dataDir: values['data-dir'] ? resolve(cwd, values['data-dir']) : d.dataDir,
      mentorsFile: values.mentors ? resolve(cwd, values.mentors) : d.mentorsFile,
      programmesFile: values.programmes ? resolve(cwd, values.programmes) : undefined,
      menteesFile: values.mentees ? resolve(cwd, values.mentees) : undefined,
      rateLimit: { burst, perMinute },
    },
    help: values.help === true,
    errors,
  };
}

/** @param {ServerOptions} options */
export const programmesFileOf = (options) => options.programmesFile ?? join(dirname(options.mentorsFile), 'programmes.json');

/** @param {ServerOptions} options */
export const menteesFileOf = (options) => options.menteesFile ?? join(dirname(options.mentorsFile), 'mentees.json');

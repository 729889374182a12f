// @ts-check
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {'production' | 'development' | 'demo'} Mode
 * @typedef {object} Config
 * @property {Mode} mode
 * @property {string} publicBaseUrl the address visitors and mail links use, ending in "/"
 * @property {string} host
 * @property {number} port
 * @property {{ url: string, from: string } | undefined} smtp undefined: mail is not sent (demo/dev only)
 * @property {string} dataDir folder of the SQLite file
 * @property {string} mentorsFile full mentor records (JSON)
 * @property {string | undefined} programmesFile
 * @property {string | undefined} siteDir static site served at /
 * @property {string | undefined} coordinatorDir static page served at /coordinator/
 * @property {string | undefined} siteName the organisation's site, named at the top of the pages mail links open
 * @property {string | undefined} siteUrl its home page, linked from that name
 * @property {string | undefined} privacyUrl the privacy notice the mentor's profile update page links from its consent box
 * @property {string | undefined} privacyVersion the current privacy notice's version: registrations and profile saves must accept it (409 `notice-changed` otherwise)
 * @property {string} timeZone IANA time zone the coordinator workspace shows times in
 * @property {string} widgetDir built widget bundles served at /
 * @property {boolean | number | string[]} trustProxy Fastify's trustProxy: false, hop count or addresses/CIDRs
 * @property {string} secret signs the mentor's answer links
 * @property {number} retentionDays contact requests are deleted after this many days unless the programme says otherwise
 * @property {number} replyWindowDays unless the programme says otherwise
 * @property {{ max: number, windowSeconds: number }} rateLimit contact requests per client (IPv4 address or IPv6 /64)
 * @property {number} maxConnections
 * @property {number} bodyLimit bytes
 * @property {{ maxAttempts: number }} mail
 * @property {import('../coordinator/coordinator-accounts.js').CoordinatorSettings} coordinator sessions and sign-in lockout of the coordinator workspace
 * @property {'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'} logLevel
 */

export class ConfigError extends Error {
  /** @param {string} setting the environment variable (and config file key) at fault @param {string} message */
  constructor(setting, message) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
    this.setting = setting;
  }
}

const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** The repository root when the server runs from a checkout. */
export const REPO_ROOT = resolve(PACKAGE_DIR, '..', '..');
const DEV_SECRET = 'development-only-secret-not-for-deployment';
const LOG_LEVELS = Object.freeze(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * Every setting: its key in the config file, its environment variable, and how to read it.
 * The README's table is written from this list.
 * @type {readonly { key: string, env: string, kind: 'string' | 'url' | 'link' | 'version' | 'zone' | 'integer' | 'path' | 'list' | 'mode' | 'level' | 'proxy' }[]}
 */
export const SETTINGS = Object.freeze([
  { key: 'mode', env: 'MF_MODE', kind: 'mode' },
  { key: 'publicBaseUrl', env: 'MF_PUBLIC_BASE_URL', kind: 'url' },
  { key: 'host', env: 'MF_HOST', kind: 'string' },
  { key: 'port', env: 'MF_PORT', kind: 'integer' },
  { key: 'smtpUrl', env: 'MF_SMTP_URL', kind: 'url' },
  { key: 'smtpFrom', env: 'MF_SMTP_FROM', kind: 'string' },
  { key: 'dataDir', env: 'MF_DATA_DIR', kind: 'path' },
  { key: 'mentorsFile', env: 'MF_MENTORS_FILE', kind: 'path' },
  { key: 'programmesFile', env: 'MF_PROGRAMMES_FILE', kind: 'path' },
  { key: 'siteDir', env: 'MF_SITE_DIR', kind: 'path' },
  { key: 'coordinatorDir', env: 'MF_COORDINATOR_DIR', kind: 'path' },
  { key: 'siteName', env: 'MF_SITE_NAME', kind: 'string' },
  { key: 'siteUrl', env: 'MF_SITE_URL', kind: 'link' },
  { key: 'privacyUrl', env: 'MF_PRIVACY_URL', kind: 'link' },
  { key: 'privacyVersion', env: 'MF_PRIVACY_VERSION', kind: 'version' },
  { key: 'timeZone', env: 'MF_TIME_ZONE', kind: 'zone' },
  { key: 'widgetDir', env: 'MF_WIDGET_DIR', kind: 'path' },
  { key: 'trustProxy', env: 'MF_TRUST_PROXY', kind: 'proxy' },
  { key: 'secret', env: 'MF_SECRET', kind: 'string' },
  { key: 'retentionDays', env: 'MF_RETENTION_DAYS', kind: 'integer' },
  { key: 'replyWindowDays', env: 'MF_REPLY_WINDOW_DAYS', kind: 'integer' },
  { key: 'rateLimitMax', env: 'MF_RATE_LIMIT_MAX', kind: 'integer' },
  { key: 'rateLimitWindowSeconds', env: 'MF_RATE_LIMIT_WINDOW_SECONDS', kind: 'integer' },
  { key: 'maxConnections', env: 'MF_MAX_CONNECTIONS', kind: 'integer' },
  { key: 'bodyLimit', env: 'MF_BODY_LIMIT', kind: 'integer' },
  { key: 'mailMaxAttempts', env: 'MF_MAIL_MAX_ATTEMPTS', kind: 'integer' },
  { key: 'logLevel', env: 'MF_LOG_LEVEL', kind: 'level' },
  { key: 'sessionIdleMinutes', env: 'MF_SESSION_IDLE_MINUTES', kind: 'integer' },
  { key: 'sessionAbsoluteHours', env: 'MF_SESSION_ABSOLUTE_HOURS', kind: 'integer' },
  { key: 'loginMaxFailuresPerAccount', env: 'MF_LOGIN_MAX_FAILURES_PER_ACCOUNT', kind: 'integer' },
  { key: 'loginMaxFailuresPerAddress', env: 'MF_LOGIN_MAX_FAILURES_PER_ADDRESS', kind: 'integer' },
  { key: 'loginLockoutMinutes', env: 'MF_LOGIN_LOCKOUT_MINUTES', kind: 'integer' },
]);

const INTEGER_RANGES = Object.freeze({
  port: [0, 65535],
  retentionDays: [1, 3650],
  replyWindowDays: [1, 365],
  rateLimitMax: [1, 1_000_000_000],
  rateLimitWindowSeconds: [1, 86_400],
  maxConnections: [1, 1_000_000],
  bodyLimit: [1024, 10 * 1024 * 1024],
  mailMaxAttempts: [1, 100],
  sessionIdleMinutes: [1, 1440],
  sessionAbsoluteHours: [1, 720],
  loginMaxFailuresPerAccount: [1, 1000],
  loginMaxFailuresPerAddress: [1, 100_000],
  loginLockoutMinutes: [1, 1440],
});

/**
 * Reads the configuration from the environment and an optional JSON file (`MF_CONFIG` or
 * `configFile`); the environment wins. Throws a ConfigError naming the first bad setting.
 * @param {{ env?: Record<string, string | undefined>, configFile?: string, cwd?: string, overrides?: Record<string, unknown> }} [input]
 * @returns {Readonly<Config>}
 */
export function loadConfig({ env = {}, configFile, cwd = process.cwd(), overrides = {} } = {}) {
  const file = configFile ?? env.MF_CONFIG;
  /** @type {Record<string, unknown>} */
  let fromFile = {};
  let fileDir = cwd;
  if (file) {
    const path = resolve(cwd, file);
    fileDir = dirname(path);
    try {
      fromFile = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError('MF_CONFIG', `cannot read ${path} as JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) throw new ConfigError('MF_CONFIG', `${path} must hold a JSON object`);
    const known = new Set(SETTINGS.map((s) => s.key));
    const unknown = Object.keys(fromFile).find((key) => !known.has(key));
    if (unknown) throw new ConfigError(unknown, `not a setting (see the configuration table in packages/server/README.md)`);
  }

  /** @type {Record<string, any>} */
  const raw = {};
  for (const setting of SETTINGS) {
    const fromEnv = env[setting.env];
    const value = Object.hasOwn(overrides, setting.key)
      ? { value: overrides[setting.key], base: cwd }
      : fromEnv !== undefined && fromEnv !== ''
        ? { value: fromEnv, base: cwd }
        : Object.hasOwn(fromFile, setting.key)
          ? { value: fromFile[setting.key], base: fileDir }
          : undefined;
    if (value !== undefined && value.value !== undefined) raw[setting.key] = parseSetting(setting, value.value, value.base);
  }

  const mode = raw.mode ?? 'production';
  const production = mode === 'production';
  const host = raw.host ?? '127.0.0.1';
  const port = raw.port ?? 8080;
  const named = (/** @type {string} */ key) => /** @type {string} */ (SETTINGS.find((s) => s.key === key)?.env);

  const publicBaseUrl = raw.publicBaseUrl ?? (production ? missing('publicBaseUrl') : `http://${host.includes(':') ? `[${host}]` : host}:${port}/`);
  const secret = raw.secret ?? (production ? missing('secret') : DEV_SECRET);
  if (Buffer.byteLength(secret, 'utf8') < 32) throw new ConfigError(named('secret'), 'must be at least 32 bytes (for example: openssl rand -base64 48)');
  if (production && secret === DEV_SECRET) throw new ConfigError(named('secret'), 'the development secret cannot be used in production');
  if (raw.smtpUrl !== undefined && !/^smtps?:$/.test(new URL(raw.smtpUrl).protocol)) throw new ConfigError(named('smtpUrl'), 'must start with smtp:// or smtps://');
  if (raw.smtpUrl === undefined && production) missing('smtpUrl');
  if (raw.smtpUrl !== undefined && raw.smtpFrom === undefined) missing('smtpFrom');
  // The home page is linked from the site's name; without a name there would be nothing to show.
  if (raw.siteUrl !== undefined && raw.siteName === undefined) throw new ConfigError(named('siteName'), `required with ${named('siteUrl')}: the name its link shows`);
  if (raw.smtpFrom !== undefined && !/^[^\r\n<>]*<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(raw.smtpFrom)) {
    throw new ConfigError(named('smtpFrom'), 'expected an address such as "Mentor Finder <mentors@example.org>"');
  }
  const dataDir = raw.dataDir ?? (production ? missing('dataDir') : resolve(PACKAGE_DIR, '.data'));
  const mentorsFile = raw.mentorsFile ?? (production ? missing('mentorsFile') : resolve(REPO_ROOT, '..', 'shared', 'data', 'mentors.json'));

  // Files and folders the service reads at start must be there; a typo should not serve an empty site.
  for (const [key, path, kind] of /** @type {const} */ ([
    ['mentorsFile', mentorsFile, 'file'],
    ['programmesFile', raw.programmesFile, 'file'],
    ['siteDir', raw.siteDir, 'folder'],
    ['coordinatorDir', raw.coordinatorDir, 'folder'],
  ])) {
    if (path === undefined) continue;
    const found = existsSync(path) ? statSync(path) : undefined;
    if (!found || (kind === 'file' ? !found.isFile() : !found.isDirectory())) throw new ConfigError(named(key), `no ${kind} at ${path}`);
  }

  /** @type {Config} */
  const config = {
    mode,
    publicBaseUrl: publicBaseUrl.endsWith('/') ? publicBaseUrl : `${publicBaseUrl}/`,
    host,
    port,
    smtp: raw.smtpUrl === undefined ? undefined : Object.freeze({ url: raw.smtpUrl, from: raw.smtpFrom }),
    dataDir,
    mentorsFile,
    programmesFile: raw.programmesFile,
    siteDir: raw.siteDir,
    coordinatorDir: raw.coordinatorDir,
    siteName: raw.siteName,
    siteUrl: raw.siteUrl,
    privacyUrl: raw.privacyUrl,
    privacyVersion: raw.privacyVersion,
    timeZone: raw.timeZone ?? 'UTC',
    widgetDir: raw.widgetDir ?? resolve(REPO_ROOT, 'packages', 'widget', 'dist'),
    trustProxy: raw.trustProxy ?? false,
    secret,
    retentionDays: raw.retentionDays ?? 90,
    replyWindowDays: raw.replyWindowDays ?? 14,
    rateLimit: Object.freeze({ max: raw.rateLimitMax ?? 5, windowSeconds: raw.rateLimitWindowSeconds ?? 600 }),
    maxConnections: raw.maxConnections ?? 1000,
    bodyLimit: raw.bodyLimit ?? 16 * 1024,
    mail: Object.freeze({ maxAttempts: raw.mailMaxAttempts ?? 8 }),
    logLevel: raw.logLevel ?? 'info',
    coordinator: Object.freeze({
      sessionIdleMinutes: raw.sessionIdleMinutes ?? 30,
      sessionAbsoluteHours: raw.sessionAbsoluteHours ?? 12,
      maxFailuresPerAccount: raw.loginMaxFailuresPerAccount ?? 5,
      maxFailuresPerAddress: raw.loginMaxFailuresPerAddress ?? 20,
      lockoutMinutes: raw.loginLockoutMinutes ?? 15,
    }),
  };
  return Object.freeze(config);

  /** @param {string} key @returns {never} */
  function missing(key) {
    throw new ConfigError(named(key), `required${production ? ' in production (MF_MODE=production)' : ''}; see packages/server/README.md`);
  }
}

const OWN_SITE = 'https://own-site.invalid';

/**
 * A page of the site (`/privacy.html`) that a browser cannot read as another host, or an http(s)
 * address; never a scheme a link could run, nor spaces, control characters or backslashes.
 * @param {string} text
 */
function isSafeLink(text) {
  if (/[\s\\\u0000-\u001f\u007f]/.test(text)) return false;
  try {
    if (text.startsWith('/')) return new URL(text, OWN_SITE).origin === OWN_SITE && !text.startsWith('//');
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * @param {typeof SETTINGS[number]} setting
 * @param {unknown} value
 * @param {string} base folder relative paths are read against
 */
function parseSetting(setting, value, base) {
  const fail = (/** @type {string} */ expected) => {
    throw new ConfigError(setting.env, `expected ${expected}, got ${JSON.stringify(value)}`);
  };
  const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (setting.kind === 'proxy' && Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string' && v.trim())) fail('a list of addresses or CIDR ranges');
    return value.map((v) => v.trim());
  }
  if (text === undefined || text === '') return fail('a non-empty value');
  switch (setting.kind) {
    case 'string':
      return text;
    case 'path':
      return isAbsolute(text) ? text : resolve(base, text);
    case 'url': {
      let url;
      try {
        url = new URL(text);
      } catch {
        return fail('an absolute URL');
      }
      if (setting.key === 'publicBaseUrl' && !/^https?:$/.test(url.protocol)) fail('an http:// or https:// URL');
      if (setting.key === 'publicBaseUrl' && (url.search || url.hash)) fail('a URL without query or fragment');
      // The pages the service writes (answers, registrations, the workspace) link from the host's root.
      if (setting.key === 'publicBaseUrl' && url.pathname !== '/') fail('the root of a host, such as https://mentors.example.org/ (the service cannot run under a path such as /mentors/; give it its own host name)');
      return text;
    }
    case 'link':
      return isSafeLink(text) ? text : fail('a path on this site starting with / or an http:// or https:// URL');
    case 'version':
      // Stored with each consent, whose schema allows 1 to 40 characters.
      return /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(text) ? text : fail('1 to 40 letters, digits, dots, dashes or underscores, such as 2026-12');
    case 'zone':
      try {
        return new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
      } catch {
        return fail('an IANA time zone such as Europe/Tallinn');
      }
    case 'integer': {
      const n = Number(text);
      const [min, max] = /** @type {Record<string, number[]>} */ (INTEGER_RANGES)[setting.key] ?? [0, Number.MAX_SAFE_INTEGER];
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < /** @type {number} */ (min) || n > /** @type {number} */ (max)) {
        return fail(`a whole number from ${min} to ${max}`);
      }
      return n;
    }
    case 'mode':
      return ['production', 'development', 'demo'].includes(text) ? text : fail('production, development or demo');
    case 'level':
      return LOG_LEVELS.includes(text) ? text : fail(LOG_LEVELS.join(', '));
    case 'proxy':
      if (text === 'false') return false;
      if (text === 'true') return true;
      if (/^\d+$/.test(text)) return Number(text);
      if (!/^[0-9A-Fa-f.:/,\s]+$/.test(text)) return fail('false, true, a hop count or a comma-separated list of addresses or CIDR ranges');
      return text.split(',').map((s) => s.trim()).filter(Boolean);
    default:
      return fail('a value');
  }
}

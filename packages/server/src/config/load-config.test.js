// @ts-check
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../testing/test-app.js';
import { ConfigError, loadConfig } from './load-config.js';

const SECRET = 'a-secret-of-at-least-thirty-two-bytes!';
const PRODUCTION = Object.freeze({
  MF_PUBLIC_BASE_URL: 'https://mentors.example.org',
  MF_SMTP_URL: 'smtp://mail.example.org:587',
  MF_SMTP_FROM: 'Mentor Finder <mentors@example.org>',
  MF_DATA_DIR: '/var/lib/mentor-finder',
  MF_MENTORS_FILE: `${SHARED_DATA}mentors.json`,
  MF_SECRET: SECRET,
});

/** @param {() => unknown} load */
function settingOf(load) {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return /** @type {ConfigError} */ (error).setting;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reads a complete production configuration into one frozen object', () => {
    const config = loadConfig({ env: { ...PRODUCTION, MF_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1', MF_REPLY_WINDOW_DAYS: '10' } });
    expect(config).toMatchObject({
      mode: 'production',
      publicBaseUrl: 'https://mentors.example.org/',
      smtp: { url: 'smtp://mail.example.org:587', from: 'Mentor Finder <mentors@example.org>' },
      secret: SECRET,
      dataDir: '/var/lib/mentor-finder',
      trustProxy: ['10.0.0.0/8', '127.0.0.1'],
      replyWindowDays: 10,
      retentionDays: 90,
      mail: { maxAttempts: 8 },
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.smtp)).toBe(true);
  });

  it.each(Object.keys(PRODUCTION))('stops when %s is missing in production, naming it', (name) => {
    const env = { ...PRODUCTION, [name]: undefined };
    expect(settingOf(() => loadConfig({ env }))).toBe(name);
  });

  it.each(/** @type {const} */ ([
    ['MF_SECRET', 'too-short'],
    ['MF_PORT', '80a'],
    ['MF_PORT', '70000'],
    ['MF_PUBLIC_BASE_URL', 'mentors.example.org'],
    ['MF_PUBLIC_BASE_URL', 'ftp://mentors.example.org/'],
    ['MF_PUBLIC_BASE_URL', 'https://www.example.org/mentors/'],
    ['MF_SMTP_URL', 'http://mail.example.org'],
    ['MF_SMTP_FROM', 'Mentor Finder\r\nBcc: x@example.org'],
    ['MF_TRUST_PROXY', 'everyone'],
    ['MF_RETENTION_DAYS', '0'],
    ['MF_REPLY_WINDOW_DAYS', '-3'],
    ['MF_MAX_CONNECTIONS', 'many'],
    ['MF_LOG_LEVEL', 'loud'],
    ['MF_MODE', 'staging'],
    ['MF_SITE_URL', 'javascript:alert(1)'],
    ['MF_SITE_URL', '//elsewhere.example/'],
    ['MF_PRIVACY_URL', 'javascript:alert(1)'],
    ['MF_PRIVACY_URL', '//elsewhere.example/privacy'],
    ['MF_PRIVACY_URL', 'privacy.html'],
    ['MF_PRIVACY_URL', '/\\evil.example/privacy'],
    ['MF_PRIVACY_URL', '/\t/evil.example/privacy'],
    ['MF_PRIVACY_URL', '/\n/evil.example'],
    ['MF_PRIVACY_URL', '/privacy notice.html'],
    ['MF_PRIVACY_VERSION', 'v 2'],
    ['MF_PRIVACY_VERSION', '-2026'],
    ['MF_PRIVACY_VERSION', 'x'.repeat(41)],
    ['MF_PRIVACY_VERSION', '2026-12"><script>'],
    ['MF_TIME_ZONE', 'Mars/Olympus_Mons'],
  ]))('stops on an invalid %s (%j), naming it', (name, value) => {
    expect(settingOf(() => loadConfig({ env: { ...PRODUCTION, [name]: value } }))).toBe(name);
  });

  it.each(/** @type {const} */ ([
    ['MF_MENTORS_FILE', '/no/such/mentors.json'],
    ['MF_PROGRAMMES_FILE', '/no/such/programmes.json'],
    ['MF_SITE_DIR', '/no/such/site'],
    ['MF_COORDINATOR_DIR', '/no/such/coordinator'],
  ]))('stops when %s names nothing (%s)', (name, value) => {
    expect(settingOf(() => loadConfig({ env: { MF_MODE: 'development', [name]: value } }))).toBe(name);
  });

  it('takes the privacy notice as a path on the site or an http(s) URL, and has none by default', () => {
    expect(loadConfig({ env: PRODUCTION }).privacyUrl).toBe(undefined);
    expect(loadConfig({ env: { ...PRODUCTION, MF_PRIVACY_URL: '/privacy.html' } }).privacyUrl).toBe('/privacy.html');
    expect(loadConfig({ env: { ...PRODUCTION, MF_PRIVACY_URL: 'https://example.org/privacy?lang=et' } }).privacyUrl).toBe('https://example.org/privacy?lang=et');
  });

  it('takes the site’s name and home page for the pages mail links open, and has neither by default', () => {
    expect(loadConfig({ env: PRODUCTION })).toMatchObject({ siteName: undefined, siteUrl: undefined });
    expect(loadConfig({ env: { ...PRODUCTION, MF_SITE_NAME: ' eTwinning Eesti ', MF_SITE_URL: 'https://etwinning.example.ee/' } })).toMatchObject({ siteName: 'eTwinning Eesti', siteUrl: 'https://etwinning.example.ee/' });
    expect(loadConfig({ env: { ...PRODUCTION, MF_SITE_NAME: 'eTwinning Eesti' } }).siteUrl).toBe(undefined);
    expect(settingOf(() => loadConfig({ env: { ...PRODUCTION, MF_SITE_URL: '/' } })), 'a home page needs a name to link from').toBe('MF_SITE_NAME');
  });

  it('takes the privacy notice’s version (at most 40 characters, as a consent stores it), and has none by default', () => {
    expect(loadConfig({ env: PRODUCTION }).privacyVersion).toBe(undefined);
    expect(loadConfig({ env: { ...PRODUCTION, MF_PRIVACY_VERSION: ' 2026-12 ' } }).privacyVersion).toBe('2026-12');
    expect(loadConfig({ env: { ...PRODUCTION, MF_PRIVACY_VERSION: `v${'1'.repeat(39)}` } }).privacyVersion).toHaveLength(40);
  });

  it('takes an IANA time zone for the workspace, UTC by default', () => {
    expect(loadConfig({ env: PRODUCTION }).timeZone).toBe('UTC');
    expect(loadConfig({ env: { ...PRODUCTION, MF_TIME_ZONE: 'Europe/Tallinn' } }).timeZone).toBe('Europe/Tallinn');
  });

  it('development and demo run without secret, SMTP or data settings', () => {
    const config = loadConfig({ env: { MF_MODE: 'demo', MF_PORT: '0' } });
    expect(config.smtp).toBeUndefined();
    expect(Buffer.byteLength(config.secret)).toBeGreaterThanOrEqual(32);
    expect(config.publicBaseUrl).toBe('http://127.0.0.1:0/');
  });

  it('reads a JSON file (paths relative to it); the environment wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(join(dir, 'mentors.json'), '[]');
    writeFileSync(file, JSON.stringify({ ...Object.fromEntries(Object.entries({ publicBaseUrl: 'https://a.example', smtpUrl: 'smtp://localhost:25', smtpFrom: 'a@example.org', secret: SECRET, mentorsFile: 'mentors.json', dataDir: 'data' })), port: 9000, trustProxy: 1 }));
    const config = loadConfig({ env: { MF_CONFIG: file, MF_PORT: '9100' } });
    expect(config.mentorsFile).toBe(join(dir, 'mentors.json'));
    expect(config.dataDir).toBe(join(dir, 'data'));
    expect(config.port).toBe(9100);
    expect(config.trustProxy).toBe(1);
  });

  it('names an unreadable file, and a key the file should not have', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-config-'));
    expect(settingOf(() => loadConfig({ configFile: join(dir, 'missing.json') }))).toBe('MF_CONFIG');
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ secrett: SECRET }));
    expect(settingOf(() => loadConfig({ configFile: file }))).toBe('secrett');
    writeFileSync(file, '{ not json');
    expect(settingOf(() => loadConfig({ configFile: file }))).toBe('MF_CONFIG');
  });
});

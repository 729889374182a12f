#!/usr/bin/env node
// @ts-check
// `npm start`: the server with the example national site and coordinator page, the sample
// mentors, and its mail going to a local mail catcher, so the demo shows real SMTP end to end.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../packages/server/src/app/free-port.js';
import { ConfigError, loadConfig } from '../../packages/server/src/config/load-config.js';
import { addCoordinator } from '../../packages/server/src/coordinator/coordinator-accounts.js';
import { startService } from '../../packages/server/src/start-service.js';

const EXAMPLES = fileURLToPath(new URL('../', import.meta.url));
const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const HOST = '127.0.0.1';
const DEFAULT_PORT = 8080;
const DEMO_COORDINATOR = 'coordinator@demo.invalid';

/** The mail catcher, when its module is there (it arrives with the mail delivery work). */
async function startCatcher() {
  const file = new URL('./mail-catcher.mjs', import.meta.url);
  if (!existsSync(file)) return undefined;
  const { startMailCatcher } = await import(file.href);
  return /** @type {{ smtpUrl: string, webUrl: string, close(): Promise<void> | void }} */ (await startMailCatcher({ host: HOST, smtpPort: 0, httpPort: 0 }));
}

/**
 * 8080 when it is free, else any free port; a port the person asked for is used as asked.
 * @param {string | undefined} asked
 */
async function demoPort(asked) {
  if (asked !== undefined) return Number(asked) === 0 ? freePort(HOST) : Number(asked);
  const free = await new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(DEFAULT_PORT, HOST, () => probe.close(() => resolve(true)));
  });
  if (free) return DEFAULT_PORT;
  process.stdout.write(`Port ${DEFAULT_PORT} is in use; the demo takes a free one (set MF_PORT to choose).\n`);
  return freePort(HOST);
}

const asked = process.env.MF_PORT ?? process.env.PORT;
let port = await demoPort(asked);
const catcher = await startCatcher();

/** @param {number} port */
function demoConfig(port) {
  try {
    return loadConfig({
      env: {
        MF_MODE: 'demo',
        MF_HOST: HOST,
        MF_DATA_DIR: fileURLToPath(new URL('./.data/', import.meta.url)),
        MF_MENTORS_FILE: `${SHARED_DATA}mentors.json`,
        MF_PROGRAMMES_FILE: `${SHARED_DATA}programmes.json`,
        MF_SITE_DIR: `${EXAMPLES}national-site`,
        MF_COORDINATOR_DIR: `${EXAMPLES}coordinator`,
        MF_SITE_NAME: 'eTwinning Eesti',
        MF_SITE_URL: '/',
        MF_PRIVACY_URL: '/privacy.html',
        MF_PRIVACY_VERSION: '2026-12',
        MF_TIME_ZONE: 'Europe/Tallinn',
        MF_RATE_LIMIT_MAX: '50',
        MF_LOG_LEVEL: 'warn',
        ...(catcher ? { MF_SMTP_URL: catcher.smtpUrl, MF_SMTP_FROM: 'Mentor Finder (demo) <mentors@demo.invalid>' } : {}),
        // What the person starting the demo sets wins.
        ...process.env,
        MF_PORT: String(port),
        MF_PUBLIC_BASE_URL: process.env.MF_PUBLIC_BASE_URL ?? `http://${HOST}:${port}/`,
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? 'Configuration error: ' : ''}${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}

/** The service on the demo's port; a port the demo picked (not one the person asked for) can be taken by another program between picking and listening: then another. */
async function startDemoService() {
  for (let attempt = 1; ; attempt++) {
    const config = demoConfig(port);
    if (!config) {
      await catcher?.close();
      process.exit(78);
    }
    try {
      return { config, service: await startService(config) };
    } catch (error) {
      const taken = /** @type {{ code?: unknown }} */ (error)?.code === 'EADDRINUSE';
      if (taken && (asked === undefined || Number(asked) === 0) && attempt < 5) {
        port = await freePort(HOST);
        continue;
      }
      process.stderr.write(`Could not start the demo: ${error instanceof Error ? error.message : String(error)}\n`);
      await catcher?.close();
      process.exit(1);
    }
  }
}

const { config, service } = await startDemoService();
const { url, directory } = service;
// A fresh password each start: the demo's workspace is usable at once, and no password is written down anywhere.
const coordinatorPassword = process.env.MF_DEMO_COORDINATOR_PASSWORD ?? randomBytes(12).toString('base64url');
try {
  await addCoordinator(service.db, { email: DEMO_COORDINATOR, password: coordinatorPassword, now: Date.now() });
} catch (error) {
  process.stderr.write(`MF_DEMO_COORDINATOR_PASSWORD: ${error instanceof Error ? error.message : String(error)}\n`);
  await service.close();
  await catcher?.close();
  process.exit(78);
}
const widgetBuilt = existsSync(`${config.widgetDir}/mentor-finder.js`);
const lines = [
  'Mentor Finder demo',
  `  National site:     ${url}`,
  `  Become a mentor:   ${url}become-a-mentor.html, become a mentee: ${url}become-a-mentee.html`,
  `  Workspace:         ${url}workspace/  (sign in as ${DEMO_COORDINATOR}, password ${coordinatorPassword})`,
  `  Coordinator page:  ${url}coordinator/  (pick the files in ${SHARED_DATA})`,
  `  Public mentors:    ${url}mentors.public.json (${directory.publicCount()} of ${directory.totalCount} records published)`,
  `  Contact endpoint:  POST ${url}api/contact-requests`,
  catcher ? `  Mail (catcher):    ${catcher.webUrl}  (every mail the service sends: read the request, follow the mentor's links)` : '  Mail:              not sent (examples/demo/mail-catcher.mjs is not there); mails are queued in the database',
  `  Health:            ${url}healthz, ${url}readyz`,
  `  Database:          ${config.dataDir}`,
];
if (!widgetBuilt) lines.push('  Warning: the widget is not built; run: npm run build -w @mentor-finder/widget');
lines.push('Press Ctrl+C to stop.');
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
/** @param {NodeJS.Signals} signal */
const stop = (signal) => {
  if (stopping) process.exit(1);
  stopping = true;
  process.stdout.write(`${signal}: finishing requests and mail, then stopping.\n`);
  service
    .close()
    .then(() => catcher?.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

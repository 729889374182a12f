// @ts-check
// Bounded load test on loopback: POSTs valid contact requests, each with its own idempotency key,
// to the service started in this process with its mail worker sending to a local SMTP server,
// then checks every answered request is stored exactly once with its mail queued.
//   npm run load-test -- [--duration 10] [--connections 50] [--amount N]
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config.js';
import { startTestSmtpServer } from '../src/mail/testing/start-test-smtp-server.js';
import { startService } from '../src/start-service.js';
import { makeContactRequest, SHARED_DATA } from '../src/testing/test-app.js';

const autocannon = /** @type {any} */ (createRequire(import.meta.url)('autocannon'));

/** Published mentors of the sample data with a free place, taking requests. */
const TARGETS = ['m-ee-01', 'm-ee-03', 'm-fi-01', 'm-lt-02', 'm-lv-02', 'm-pl-01'];

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    amount: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const amount = values.amount ? Number(values.amount) : undefined;

const dataDir = mkdtempSync(join(tmpdir(), 'mf-load-'));
// The temporary database goes however the run ends.
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
const smtp = await startTestSmtpServer();
const config = loadConfig({
  env: {
    MF_MODE: 'development',
    MF_PORT: '0',
    MF_DATA_DIR: dataDir,
    MF_MENTORS_FILE: `${SHARED_DATA}mentors.json`,
    MF_PROGRAMMES_FILE: `${SHARED_DATA}programmes.json`,
    MF_SMTP_URL: smtp.url,
    MF_SMTP_FROM: 'Mentor Finder <mentors@load-test.invalid>',
    // One client sends everything here: the limit is set out of the way for the run.
    MF_RATE_LIMIT_MAX: '1000000000',
    MF_LOG_LEVEL: 'silent',
  },
});
const service = await startService(config, { logger: false });

// Each request body is prefix + counter + suffix, so keys are unique without per-request JSON work.
const runId = Date.now().toString(36);
const bodies = TARGETS.map((mentorId) => {
  const text = JSON.stringify(makeContactRequest({ mentorId, idempotencyKey: '@KEY@' }));
  const [prefix, suffix] = text.split('@KEY@');
  return { prefix: prefix ?? '', suffix: suffix ?? '' };
});
let sequence = 0;
/** @type {Set<string>} */
const answeredIds = new Set();
let unreadable = 0;

console.log(`Machine: ${availableParallelism()} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} before the run`);
console.log(`Load test: ${amount ? `${amount} requests` : `${duration} s`}, ${connections} connections, POST ${service.url}api/contact-requests, mail worker sending to ${smtp.url}`);
/** @type {any} */
const result = await autocannon({
  url: `${service.url}api/contact-requests`,
  connections,
  ...(amount ? { amount } : { duration }),
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest(/** @type {any} */ request) {
        const n = sequence++;
        const { prefix, suffix } = /** @type {{ prefix: string, suffix: string }} */ (bodies[n % bodies.length]);
        return { ...request, body: `${prefix}load-${runId}-${n}${suffix}` };
      },
    },
  ],
  verifyBody(/** @type {string} */ body) {
    try {
      answeredIds.add(JSON.parse(body).id);
    } catch {
      unreadable++;
    }
    return true;
  },
});

const { db } = service;
const count = (/** @type {string} */ sql) => /** @type {number} */ (db.prepare(sql).pluck().get());
const rows = count('SELECT count(*) FROM contact_requests');
const keys = count('SELECT count(DISTINCT idempotency_key) FROM contact_requests');
const mails = count(`SELECT count(*) FROM mail_outbox WHERE kind = 'mentor-request'`);
const mailRequests = count(`SELECT count(DISTINCT request_id) FROM mail_outbox WHERE kind = 'mentor-request'`);
const sentByNow = count(`SELECT count(*) FROM mail_outbox WHERE status = 'sent'`);
const hasId = db.prepare('SELECT 1 FROM contact_requests WHERE id = ?');
const missing = [...answeredIds].filter((id) => !hasId.get(id)).length;
await service.close();
await smtp.close();

const ok2xx = result['2xx'];
const completed = ok2xx + result.non2xx;
// At the deadline autocannon drops requests still in flight; the server may have stored some of
// them already, so they may add rows without a 2xx. With --amount nothing is dropped.
const cut = Math.max(0, result.requests.sent - completed - result.errors);
const unanswered = rows - ok2xx;

console.log(`requests/s: ${Math.round(result.requests.average)} (mean), ${result.requests.p50} (median second)`);
console.log(`latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`);
console.log(`responses: ${ok2xx} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
console.log(`stored: ${rows} rows, ${keys} distinct keys, ${mails} queued mails (${sentByNow} delivered to SMTP by the end of the run)`);
console.log(`in flight at the deadline: ${cut} request(s) dropped by the load generator, ${unanswered} of them already stored`);

const failures = [
  result.non2xx > 0 && `${result.non2xx} non-2xx responses`,
  result.errors > 0 && `${result.errors} errors`,
  unreadable > 0 && `${unreadable} unreadable response bodies`,
  answeredIds.size !== ok2xx && `${ok2xx} 2xx responses but ${answeredIds.size} distinct ids`,
  missing > 0 && `${missing} answered request(s) not in the database (lost)`,
  keys !== rows && `${rows - keys} duplicated row(s)`,
  (mails !== rows || mailRequests !== rows) && `${rows} requests but ${mails} queued mails for ${mailRequests} requests`,
  unanswered < 0 && `${-unanswered} fewer rows than 2xx responses (lost)`,
  unanswered > cut && `${unanswered} stored rows without a 2xx, but only ${cut} requests were in flight`,
  cut > connections && `${cut} requests in flight, more than the ${connections} connections`,
].filter(Boolean);

if (failures.length > 0) {
  console.log(`FAILED: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`OK: rows ${rows} = 2xx ${ok2xx} + ${unanswered} stored while in flight at the deadline; mails queued = rows; every answered id stored once; no errors, no duplicates`);
}

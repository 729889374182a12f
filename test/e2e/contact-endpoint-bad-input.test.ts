// Bad input straight to POST /api/contact-requests of the running server binary: each gets its
// status and code, the process keeps answering, and nothing reaches the database.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, type RawRequest } from './raw-request.js';
import { startServerProcess, type ServerProcess } from './start-server-process.js';

let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess();
}, 60_000);

afterAll(async () => {
  // Refusals are logged as info; nothing failed inside the server.
  expect(server.output()).not.toMatch(/"level":50|TypeError|at .*\.js/);
  // Access logs name method, path and status; never what the visitor wrote or their address.
  expect(server.output()).toMatch(/"path":"\/api\/contact-requests"/);
  expect(server.output()).not.toContain('maarja.k@example.net');
  expect(server.output()).not.toContain('Otsin abi partneri');
  expect(await server?.stop()).toBe(0);
});

/** A request as the widget sends it, to a published mentor with a free place. */
const validRequest = (overrides: Record<string, unknown> = {}) => ({
  mentorId: 'm-ee-01',
  programmeId: 'etwinning-mentors-2026',
  sender: { name: 'Maarja K.', email: 'maarja.k@example.net' },
  message: { text: 'Tere! Otsin abi partneri leidmisel ja esimese projekti planeerimisel.', lang: 'et' },
  consent: { privacyNoticeAccepted: true, noticeVersion: '1' },
  idempotencyKey: randomUUID(),
  ...overrides,
});

const post = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): RawRequest => ({
  method: 'POST',
  path: '/api/contact-requests',
  headers,
  body,
});

function stored(): { requests: number; mails: number } {
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { requests: count('contact_requests'), mails: count('mail_outbox') };
  } finally {
    db.close();
  }
}

const SCRIPT = '<script>alert(1)</script>';

const BAD_INPUTS: [name: string, request: RawRequest, status: number, code: string, fields?: string[]][] = [
  ['malformed JSON', post('{"mentorId": "m-ee-01", '), 400, 'malformed-json'],
  ['bytes that are not UTF-8', post(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, 'malformed-json'],
  ['an empty object', post('{}'), 400, 'invalid-contact-request', ['mentorId', 'sender', 'message', 'consent']],
  ['missing sender and consent', post(JSON.stringify({ ...validRequest(), sender: undefined, consent: undefined })), 400, 'invalid-contact-request', ['sender', 'consent']],
  ['a JSON array', post('[1, 2, 3]'), 400, 'invalid-contact-request'],
  ['form encoding', post('mentorId=m-ee-01', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported-media-type'],
  ['a 1 MB body', post(Buffer.alloc(1024 * 1024, 0x61)), 413, 'payload-too-large'],
  ['a lone surrogate in the name', post(JSON.stringify(validRequest({ sender: { name: 'Piret \ud800 Proov', email: 'piret@example.net' } }))), 400, 'invalid-contact-request', ['/sender/name']],
  ['a name with an address in angle brackets', post(JSON.stringify(validRequest({ sender: { name: 'Kadri Tamm <coordinator@etwinning.example>', email: 'kadri@example.net' } }))), 400, 'invalid-contact-request', ['/sender/name']],
  ['a right-to-left override in the name', post(JSON.stringify(validRequest({ sender: { name: 'Kadri \u202Emmat', email: 'kadri@example.net' } }))), 400, 'invalid-contact-request', ['/sender/name']],
  ['a zero-width-only message', post(JSON.stringify(validRequest({ message: { text: '\u200B\u200C\u2060', lang: 'et' } }))), 400, 'invalid-contact-request', ['/message/text']],
  ['a mentor of the career programme (closed to public requests)', post(JSON.stringify(validRequest({ mentorId: 'm-cc-01', programmeId: 'career-mentoring-2025-26' }))), 403, 'contact-requests-closed'],
  ['an unknown mentor', post(JSON.stringify(validRequest({ mentorId: 'm-zz-99' }))), 404, 'mentor-not-found'],
  ['a script as the mentor id', post(JSON.stringify(validRequest({ mentorId: SCRIPT }))), 400, 'invalid-contact-request', ['mentorId']],
  ['a script as the e-mail', post(JSON.stringify(validRequest({ sender: { name: 'X', email: `${SCRIPT}@example.net` } }))), 400, 'invalid-contact-request', ['email']],
  ['a script as the idempotency key', post(JSON.stringify(validRequest({ idempotencyKey: SCRIPT }))), 400, 'invalid-contact-request', ['idempotencyKey']],
];

describe('bad input to the contact endpoint of the server process', () => {
  it.each(BAD_INPUTS.map(([name, request, status, code, fields]) => ({ name, request, status, code, fields })))(
    '$name gets $status $code and is not stored; the server still answers',
    async ({ request, status, code, fields }) => {
      const before = stored();
      const response = await rawRequest(server.url, request);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      const body = JSON.parse(response.body) as { code: string; errors?: { field: string; path: string }[] };
      expect(body.code).toBe(code);
      if (fields) {
        const named = (body.errors ?? []).map((e) => `${e.field} ${e.path}`).join('\n');
        for (const field of fields) expect(named).toContain(field);
      }
      // Errors may quote the value they refuse, but only as JSON the browser will not sniff as HTML.
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(stored()).toEqual(before);
      expect((await rawRequest(server.url, { path: '/mentors.public.json' })).status).toBe(200);
    },
  );

  it('a filled honeypot gets a normal-looking 201 and is thrown away', async () => {
    const before = stored();
    const response = await rawRequest(server.url, post(JSON.stringify(validRequest({ hp: SCRIPT }))));
    expect(response.status).toBe(201);
    expect(stored()).toEqual(before);
  });

  it('the same idempotency key with other content gets 409 and keeps the first', async () => {
    const first = validRequest();
    expect((await rawRequest(server.url, post(JSON.stringify(first)))).status).toBe(201);
    const before = stored();
    const reused = await rawRequest(server.url, post(JSON.stringify({ ...first, message: { text: 'Something else entirely, sent with the same key.', lang: 'en' } })));
    expect(reused.status).toBe(409);
    expect(JSON.parse(reused.body).code).toBe('idempotency-key-reused');
    expect(stored()).toEqual(before);
  });

  it('after all of that, a valid request is stored, so the counts above could have moved', async () => {
    const before = stored();
    const response = await rawRequest(server.url, post(JSON.stringify(validRequest())));
    expect(response.status).toBe(201);
    expect(stored()).toEqual({ requests: before.requests + 1, mails: before.mails + 1 });
  });
});

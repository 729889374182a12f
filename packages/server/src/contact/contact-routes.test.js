// @ts-check
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, makeContactRequest, postContact } from '../testing/test-app.js';

/** @type {import('fastify').FastifyInstance[]} */
const apps = [];
afterEach(async () => {
  while (apps.length) await apps.pop()?.close();
});

/** @param {Parameters<typeof buildTestApp>[0]} [options] */
async function setUp(options) {
  // A hook that queues a mail row, as the mail service's does, so "nothing sent" is observable.
  /** @type {string[]} */
  const hookCalls = [];
  const context = await buildTestApp({
    onContactRequestStored: (db, row) => {
      hookCalls.push(row.id);
      db.prepare(`INSERT INTO mail_outbox (message_id, kind, request_id, recipient, language, content_language, subject, text, html, next_attempt_at, created_at, updated_at)
        VALUES (?, 'mentor-request', ?, 'mentor@example.org', 'en', 'en', 's', 't', 'h', 0, 0, 0)`).run(`<${row.id}@test>`, row.id);
    },
    ...options,
  });
  apps.push(context.app);
  return { ...context, hookCalls, stored: () => ({ requests: context.count('contact_requests'), mails: context.count('mail_outbox') }) };
}

const base = makeContactRequest();
/** @param {Record<string, unknown>} sender */
const withSender = (sender) => makeContactRequest({ sender: { ...base.sender, ...sender } });
/** @param {Record<string, unknown>} message */
const withMessage = (message) => makeContactRequest({ message: { ...base.message, ...message } });

// Every case of issue 11's "Why" and "Bad input": status, the field named, nothing stored or queued.
const BAD_INPUT = /** @type {const} */ ([
  ['a lone surrogate in the name', withSender({ name: 'Piret \ud800 Proov' }), '/sender/name', 'lone-surrogate'],
  ['a lone low surrogate in the message', withMessage({ text: 'Tere \udfff abi vaja' }), '/message/text', 'lone-surrogate'],
  ['a lone surrogate in a topic', makeContactRequest({ topics: ['partner\ud83d'] }), '/topics/0', 'lone-surrogate'],
  ['angle brackets and an address in the name', withSender({ name: 'Kadri Tamm <coordinator@etwinning.example>' }), '/sender/name', 'angle-brackets'],
  ['an e-mail address as the name', withSender({ name: 'coordinator@etwinning.example' }), '/sender/name', 'contains-email'],
  ['a fullwidth at sign address in the name', withSender({ name: 'kadri＠etwinning.example' }), '/sender/name', 'contains-email'],
  ['angle brackets alone in the name', withSender({ name: 'Kadri <b>Tamm</b>' }), '/sender/name', 'angle-brackets'],
  ['a MIME encoded word hiding a direction override in the name', withSender({ name: '=?utf-8?q?Mari_=E2=80=AEeb.exe?=' }), '/sender/name', 'encoded-word'],
  ['a base64 encoded word in the name', withSender({ name: 'Kadri =?UTF-8?B?QWRtaW4=?=' }), '/sender/name', 'encoded-word'],
  ['a right-to-left override in the name', withSender({ name: 'Kadri \u202Emmat' }), '/sender/name', 'bidi-control'],
  ['a bidi isolate in the message', withMessage({ text: 'Tere \u2066abi\u2069 vaja' }), '/message/text', 'bidi-control'],
  ['a left-to-right embedding in the school', withSender({ school: 'Kool \u202A1' }), '/sender/school', 'bidi-control'],
  ['a zero-width-only name', withSender({ name: '\u200B\u200C\u200D' }), '/sender/name', 'invisible-only'],
  ['a name of spaces and word joiners', withSender({ name: ' \u2060 \uFEFF ' }), '/sender/name', 'invisible-only'],
  ['a zero-width-only message', withMessage({ text: '\u200B\u200B\u200B' }), '/message/text', 'invisible-only'],
  ['a message of invisible characters and line breaks', withMessage({ text: '\u00AD\n\u2063\r\n\u3164' }), '/message/text', 'invisible-only'],
  ['a line break in the name (header injection)', withSender({ name: 'Kadri\r\nBcc: all@example.org' }), '/sender/name', 'control-character'],
  ['a bell character in the name', withSender({ name: 'Kadri\u0007' }), '/sender/name', 'control-character'],
  ['a NUL in the message', withMessage({ text: 'Tere\u0000abi' }), '/message/text', 'control-character'],
  ['a C1 control in the message', withMessage({ text: 'Tere\u0085abi' }), '/message/text', 'control-character'],
]);

describe('POST /api/contact-requests: bad input', () => {
  it.each(BAD_INPUT)('%s: 400 naming the field, nothing stored or sent', async (_name, body, path, code) => {
    const { app, stored, hookCalls } = await setUp();
    const response = await postContact(app, body);
    expect(response.statusCode).toBe(400);
    const json = response.json();
    expect(json.code).toBe('invalid-contact-request');
    expect(json.errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(stored()).toEqual({ requests: 0, mails: 0 });
    expect(hookCalls).toEqual([]);
  });

  it('bytes that are not UTF-8 are refused as malformed, not stored with replacement characters', async () => {
    const { app, stored } = await setUp();
    const json = JSON.stringify(withSender({ name: 'Piret XX Proov' }));
    const bytes = Buffer.from(json, 'utf8');
    const at = bytes.indexOf('XX');
    bytes[at] = 0xed;
    bytes[at + 1] = 0xa0;
    const response = await postContact(app, bytes);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('malformed-json');
    expect(stored()).toEqual({ requests: 0, mails: 0 });
  });

  it('a schema error names its field too (and the text checks add theirs)', async () => {
    const { app, stored } = await setUp();
    const response = await postContact(app, makeContactRequest({ sender: { name: 'Kadri <x>', email: 'not-an-address' } }));
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((/** @type {{ path: string }} */ e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/sender/name', '/sender/email']));
    expect(stored()).toEqual({ requests: 0, mails: 0 });
  });

  it('ordinary names, line breaks and emoji in the message are accepted', async () => {
    const { app, stored, hookCalls } = await setUp();
    const response = await postContact(app, makeContactRequest({ sender: { ...base.sender, name: 'Jūratė Šimkutė-Ö’Neill' }, message: { text: 'Tere!\r\n\tVajan abi 🙂 (2026).', lang: 'et' } }));
    expect(response.statusCode).toBe(201);
    expect(stored()).toEqual({ requests: 1, mails: 1 });
    expect(hookCalls).toEqual([response.json().id]);
  });

  it('other content types get 415 and store nothing', async () => {
    const { app, stored } = await setUp();
    const response = await app.inject({ method: 'POST', url: '/api/contact-requests', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(base) });
    expect(response.statusCode).toBe(415);
    const latin1 = await postContact(app, JSON.stringify(base), { headers: { 'content-type': 'application/json; charset=latin1' } });
    expect(latin1.statusCode).toBe(415);
    expect(stored()).toEqual({ requests: 0, mails: 0 });
  });
});

describe('POST /api/contact-requests: mentors and programmes', () => {
  it.each(/** @type {const} */ ([
    ['a career programme mentor (programme closed to public requests)', { mentorId: 'm-cc-01', programmeId: 'career-mentoring-2025-26' }, 403, 'contact-requests-closed'],
    ['an unknown mentor', { mentorId: 'm-xx-99' }, 404, 'mentor-not-found'],
    ['an unpublished mentor', { mentorId: 'm-lv-04' }, 404, 'mentor-not-found'],
    ['a full mentor', { mentorId: 'm-ee-02' }, 409, 'mentor-full'],
    ['a mentor not accepting requests', { mentorId: 'm-lt-06' }, 409, 'not-accepting-requests'],
  ]))('%s: %i %s, nothing stored or sent', async (_name, fields, status, code) => {
    const { app, stored } = await setUp();
    const response = await postContact(app, makeContactRequest(fields));
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    expect(stored()).toEqual({ requests: 0, mails: 0 });
  });

  it('a programme that does not match the mentor is a 400 naming programmeId', async () => {
    const { app, stored } = await setUp();
    const response = await postContact(app, makeContactRequest({ programmeId: 'career-mentoring-2025-26' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path: '/programmeId', code: 'programme-mismatch' }));
    expect(stored()).toEqual({ requests: 0, mails: 0 });
  });

  it('with a privacy notice version configured, a consent to another is 409 notice-changed at the consent, nothing stored or counted', async () => {
    const { app, stored } = await setUp({ config: { privacyVersion: '2026-12', rateLimitMax: 1 } });
    expect(base.consent.noticeVersion).not.toBe('2026-12');
    const stale = await postContact(app, base);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'notice-changed', noticeVersion: '2026-12', errors: [{ code: 'consent', path: '/consent/privacyNoticeAccepted', params: { noticeVersion: '2026-12' } }] });
    expect(stored()).toEqual({ requests: 0, mails: 0 });
    const current = await postContact(app, makeContactRequest({ consent: { privacyNoticeAccepted: true, noticeVersion: '2026-12' } }));
    expect(current.statusCode, 'the refusal spent no rate-limit allowance').toBe(201);
    expect(stored()).toEqual({ requests: 1, mails: 1 });
  });

  it('follows the live capacity: a mentor whose last place was taken is full at once', async () => {
    const { app, db, directory, stored } = await setUp();
    db.prepare(`UPDATE mentor_state SET current_mentees = 2 WHERE mentor_id = 'm-ee-01'`).run();
    directory.invalidate();
    const response = await postContact(app, makeContactRequest());
    expect(response.json().code).toBe('mentor-full');
    expect(stored()).toEqual({ requests: 0, mails: 0 });
  });

  it('a filled honeypot looks like success and stores nothing', async () => {
    const { app, stored } = await setUp();
    const response = await postContact(app, makeContactRequest({ hp: 'http://spam.example' }));
    expect(response.statusCode).toBe(201);
    expect(stored()).toEqual({ requests: 0, mails: 0 });
  });
});

describe('POST /api/contact-requests: idempotency', () => {
  it('a retry with the same key and content gets 200 and the first id; one row, one mail', async () => {
    const { app, stored, db } = await setUp();
    const body = makeContactRequest();
    const first = await postContact(app, body);
    expect(first.statusCode).toBe(201);
    // Same content, keys in another order.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retry = await postContact(app, reordered);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(stored()).toEqual({ requests: 1, mails: 1 });
    const row = /** @type {Record<string, unknown>} */ (db.prepare('SELECT * FROM contact_requests').get());
    expect(row).toMatchObject({ mentor_id: 'm-ee-01', programme_id: 'etwinning-mentors-2026', sender_name: 'Maarja K.', sender_email: 'maarja.k@example.org', message_lang: 'et', requester_lang: 'et', status: 'received', idempotency_key: body.idempotencyKey });
    expect(row.delete_after).toBe(/** @type {number} */ (row.received_at) + 90 * 86_400_000);
  });

  it('the same key with different content is 409 and keeps the first text', async () => {
    const { app, stored, db } = await setUp();
    const body = makeContactRequest();
    await postContact(app, body);
    const changed = await postContact(app, { ...body, message: { text: 'A different message altogether.', lang: 'en' } });
    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toMatchObject({ code: 'idempotency-key-reused', errors: [expect.objectContaining({ path: '/idempotencyKey' })] });
    expect(stored()).toEqual({ requests: 1, mails: 1 });
    expect(JSON.parse(/** @type {string} */ (db.prepare('SELECT request_json FROM contact_requests').pluck().get())).message.lang).toBe('et');
  });
});

describe('POST /api/contact-requests: rate limit', () => {
  it('counts only requests that passed validation, per IPv6 /64, and never refuses a stored key’s retry', async () => {
    const { app, stored } = await setUp({ config: { rateLimitMax: 2 } });
    const ip = '2001:db8:1:2:aaaa::1';
    for (let i = 0; i < 5; i++) expect((await postContact(app, withSender({ name: 'Kadri <x>' }), { ip })).statusCode).toBe(400);
    const first = makeContactRequest();
    expect((await postContact(app, first, { ip })).statusCode).toBe(201);
    expect((await postContact(app, makeContactRequest(), { ip: '2001:db8:1:2:bbbb::2' })).statusCode).toBe(201);
    const limited = await postContact(app, makeContactRequest(), { ip: '2001:0db8:0001:0002:ffff:ffff:ffff:ffff' });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const retry = await postContact(app, first, { ip });
    expect(retry.statusCode).toBe(200);
    // The next /64 and an IPv4 client have their own allowance.
    expect((await postContact(app, makeContactRequest(), { ip: '2001:db8:1:3::1' })).statusCode).toBe(201);
    expect((await postContact(app, makeContactRequest(), { ip: '203.0.113.5' })).statusCode).toBe(201);
    expect(stored()).toEqual({ requests: 4, mails: 4 });
  });

  it('keys IPv4 clients by address, IPv4-mapped IPv6 included', async () => {
    const { app } = await setUp({ config: { rateLimitMax: 1 } });
    expect((await postContact(app, makeContactRequest(), { ip: '203.0.113.5' })).statusCode).toBe(201);
    expect((await postContact(app, makeContactRequest(), { ip: '::ffff:203.0.113.5' })).statusCode).toBe(429);
    expect((await postContact(app, makeContactRequest(), { ip: '203.0.113.6' })).statusCode).toBe(201);
  });

  it('behind a trusted proxy the client address comes from X-Forwarded-For', async () => {
    const { app } = await setUp({ config: { rateLimitMax: 1, trustProxy: '127.0.0.1' } });
    const via = (/** @type {string} */ client) => ({ ip: '127.0.0.1', headers: { 'x-forwarded-for': client } });
    expect((await postContact(app, makeContactRequest(), via('203.0.113.5'))).statusCode).toBe(201);
    expect((await postContact(app, makeContactRequest(), via('203.0.113.6'))).statusCode).toBe(201);
    expect((await postContact(app, makeContactRequest(), via('203.0.113.5'))).statusCode).toBe(429);
    // An untrusted sender cannot choose its address by header.
    expect((await postContact(app, makeContactRequest(), { ip: '198.51.100.1', headers: { 'x-forwarded-for': '192.0.2.99' } })).statusCode).toBe(201);
    expect((await postContact(app, makeContactRequest(), { ip: '198.51.100.1', headers: { 'x-forwarded-for': '192.0.2.100' } })).statusCode).toBe(429);
  });
});

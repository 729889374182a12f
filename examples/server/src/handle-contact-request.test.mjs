// @ts-check
import { describe, expect, it } from 'vitest';
import { makeContactRequest } from '../test-support/make-contact-request.mjs';
import { openTestContext } from '../test-support/open-test-context.mjs';
import { handleContactRequest } from './handle-contact-request.mjs';

const JSON_TYPE = 'application/json';

/**
 * @param {ReturnType<typeof openTestContext>} context
 * @param {unknown} payload object (serialised here) or raw string
 * @param {{ contentType?: string, ip?: string }} [options]
 */
async function post(context, payload, { contentType = JSON_TYPE, ip = '127.0.0.1' } = {}) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const response = await handleContactRequest({ ip, contentType, body: Buffer.from(body) }, context);
  return { ...response, json: JSON.parse(String(response.body)) };
}

describe('handleContactRequest', () => {
  it('stores a valid request with server fields and the mentor e-mail, queues the mail, answers 201 {id, status}', async () => {
    const context = openTestContext();
    const request = makeContactRequest();
    const response = await post(context, request);
    expect(response.status).toBe(201);
    expect(Object.keys(response.json).sort()).toEqual(['id', 'status']);
    expect(response.json.status).toBe('received');
    const stored = context.store.get(response.json.id);
    expect(stored).toMatchObject({
      mentorId: 'm-ee-01',
      programmeId: 'etwinning-mentors-2026',
      status: 'received',
      receivedAt: '2026-02-10T09:00:00.000Z',
      deleteAfter: '2026-05-11T09:00:00.000Z', // 90 days, from the programme's retention
      mentorEmail: 'kadri.tamm@example.org',
      idempotencyKey: request.idempotencyKey,
    });
    expect(stored?.request).not.toHaveProperty('hp');
    expect(stored?.request).not.toHaveProperty('idempotencyKey');
    expect(stored?.request.message.text).toBe(request.message.text);
    const [mail] = context.store.outbox.list();
    expect(mail).toMatchObject({ contactRequestId: response.json.id, to: 'kadri.tamm@example.org', replyTo: 'maarja.k@example.org' });
    expect(mail?.text).toContain(request.message.text);
  });

  it('answers a retry with the same key with the same id and stores one row', async () => {
    const context = openTestContext();
    const request = makeContactRequest();
    const first = await post(context, request);
    const second = await post(context, request);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.json).toEqual(first.json);
    expect(context.store.count()).toBe(1);
    expect(context.store.outbox.list()).toHaveLength(1);
  });

  it('stores requests without a key separately', async () => {
    const context = openTestContext();
    const { idempotencyKey: _k, ...request } = makeContactRequest();
    expect((await post(context, request)).status).toBe(201);
    expect((await post(context, request)).status).toBe(201);
    expect(context.store.count()).toBe(2);
  });

  it('rejects malformed JSON, invalid UTF-8 and empty bodies with 400', async () => {
    const context = openTestContext();
    for (const body of ['{"mentorId": "m-ee-01",', '', 'null garbage']) {
      const response = await handleContactRequest({ ip: '127.0.0.1', contentType: JSON_TYPE, body: Buffer.from(body) }, context);
      expect(response.status).toBe(400);
      expect(JSON.parse(String(response.body)).code).toBe('malformed-json');
    }
    const badUtf8 = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    expect((await handleContactRequest({ ip: '127.0.0.1', contentType: JSON_TYPE, body: badUtf8 }, context)).status).toBe(400);
    expect(context.store.count()).toBe(0);
  });

  it('rejects a wrong content type with 415 before parsing', async () => {
    const context = openTestContext();
    const body = JSON.stringify(makeContactRequest());
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', undefined]) {
      const response = await handleContactRequest({ ip: '127.0.0.1', contentType, body }, context);
      expect(response.status, String(contentType)).toBe(415);
    }
    expect((await post(context, makeContactRequest(), { contentType: 'Application/JSON; charset=UTF-8' })).status).toBe(201);
    expect(context.store.count()).toBe(1);
  });

  it('names each missing or invalid field in a 400', async () => {
    const context = openTestContext();
    const request = makeContactRequest();
    const { sender: _s, ...noSender } = request;
    const missing = await post(context, noSender);
    expect(missing.status).toBe(400);
    expect(missing.json.code).toBe('invalid-contact-request');
    expect(missing.json.errors.some((/** @type {any} */ e) => e.field === 'sender')).toBe(true);

    const badEmail = await post(context, { ...request, sender: { ...request.sender, email: 'not an address' } });
    expect(badEmail.status).toBe(400);
    expect(badEmail.json.errors.some((/** @type {any} */ e) => e.path === '/sender/email')).toBe(true);

    const noConsent = await post(context, { ...request, consent: { privacyNoticeAccepted: false, noticeVersion: '2025-08' } });
    expect(noConsent.status).toBe(400);

    for (const notAnObject of [[], 42, 'text', null]) expect((await post(context, JSON.stringify(notAnObject))).status).toBe(400);
    expect(context.store.count()).toBe(0);
  });

  it('survives deep nesting and prototype keys without storing anything', async () => {
    const context = openTestContext();
    const deep = `{"mentorId":"m-ee-01","topics":${'['.repeat(7000)}${']'.repeat(7000)}}`;
    expect((await post(context, deep)).status).toBe(400);
    const proto = JSON.stringify(makeContactRequest()).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const response = await post(context, proto);
    expect(response.status).toBe(400);
    expect(/** @type {any} */ ({}).polluted).toBeUndefined();
    expect(context.store.count()).toBe(0);
  });

  it('rejects an idempotency key that is not a plain token', async () => {
    const context = openTestContext();
    for (const idempotencyKey of ['short', 'x'.repeat(129), 'has space in it', 42]) {
      const response = await post(context, makeContactRequest({ idempotencyKey }));
      expect(response.status).toBe(400);
      expect(response.json.errors[0]).toMatchObject({ path: '/idempotencyKey', field: 'idempotencyKey' });
    }
    expect(context.store.count()).toBe(0);
  });

  it('accepts a filled honeypot silently and keeps nothing', async () => {
    const context = openTestContext();
    const response = await post(context, makeContactRequest({ hp: 'https://spam.example' }));
    expect(response.status).toBe(201);
    expect(response.json).toEqual({ id: expect.any(String), status: 'received' });
    expect(context.store.get(response.json.id)).toBeUndefined();
    expect(context.store.count()).toBe(0);
    expect(context.store.outbox.list()).toEqual([]);
  });

  it('answers 404 for unknown and unpublished mentors', async () => {
    const context = openTestContext();
    for (const mentorId of ['m-xx-99', 'm-lv-04' /* no consent to publish */, 'm-ge-01' /* paused */]) {
      const response = await post(context, makeContactRequest({ mentorId }));
      expect(response.status, mentorId).toBe(404);
      expect(response.json.code).toBe('mentor-not-found');
    }
    expect(context.store.count()).toBe(0);
  });

  it('answers 409 with a code for a full mentor or one not taking requests', async () => {
    const context = openTestContext();
    const full = await post(context, makeContactRequest({ mentorId: 'm-ee-02' }));
    expect([full.status, full.json.code]).toEqual([409, 'mentor-full']);
    const closed = await post(context, makeContactRequest({ mentorId: 'm-lt-06' }));
    expect([closed.status, closed.json.code]).toEqual([409, 'not-accepting-requests']);
    expect(context.store.count()).toBe(0);
  });

  it('refuses requests to a programme that takes none, and a programme that is not the mentor\'s', async () => {
    const context = openTestContext();
    const closed = await post(context, makeContactRequest({ mentorId: 'm-cc-01', programmeId: 'career-mentoring-2025-26' }));
    expect([closed.status, closed.json.code]).toEqual([403, 'contact-requests-closed']);
    const mismatch = await post(context, makeContactRequest({ programmeId: 'career-mentoring-2025-26' }));
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.errors[0]).toMatchObject({ path: '/programmeId', code: 'programme-mismatch' });
    expect(context.store.count()).toBe(0);
  });

  it('stores script payloads literally as text when the request is otherwise valid', async () => {
    const context = openTestContext();
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)> please help with eTwinning';
    const name = '<b onmouseover="alert(1)">Robert</b>';
    const request = makeContactRequest({ message: { text, lang: 'en' } });
    const response = await post(context, { ...request, sender: { ...request.sender, name } });
    expect(response.status).toBe(201);
    const stored = context.store.get(response.json.id);
    expect(stored?.request.message.text).toBe(text);
    expect(stored?.request.sender.name).toBe(name);
    expect(context.store.outbox.list()[0]?.text).toContain(text);
  });

  it('rate-limits per address with Retry-After, and lets the client back in after it', async () => {
    const context = openTestContext({ burst: 2, perMinute: 1 });
    expect((await post(context, makeContactRequest())).status).toBe(201);
    expect((await post(context, makeContactRequest())).status).toBe(201);
    const limited = await post(context, makeContactRequest());
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('60');
    expect(limited.json.code).toBe('rate-limited');
    expect((await post(context, makeContactRequest(), { ip: '192.0.2.7' })).status).toBe(201);
    context.clock.ms += 60_000;
    expect((await post(context, makeContactRequest())).status).toBe(201);
    expect(context.store.count()).toBe(4);
  });
});

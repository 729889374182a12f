// @ts-check
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestSmtpServer } from '../mail/testing/start-test-smtp-server.js';
import { createAnswerService, relayedFromRow } from './create-answer-service.js';
import { MENTORS, PROGRAMMES, setUp } from './testing/answer-test-context.js';

/** @type {(() => Promise<unknown> | unknown)[]} */
const cleanups = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('answer service', () => {
  it('relays a stored request from the hook, sends it, and the accept link leads to the requester’s mail', async () => {
    const smtp = await startTestSmtpServer();
    cleanups.push(smtp.close);
    const { db } = setUp();
    let invalidated = 0;
    const service = createAnswerService({
      db,
      config: { publicBaseUrl: 'http://127.0.0.1:9/', secret: 'service-test-secret-service-test-secret', replyWindowDays: 14, smtp: { url: smtp.url, from: 'noreply@mentors.example.org' }, mail: { pollMs: 50 } },
      findMentor: (id) => MENTORS.find((m) => m.id === id),
      listMentors: () => MENTORS,
      findProgramme: (id) => PROGRAMMES.find((p) => p.id === id),
    });
    service.attachDirectory({ invalidate: () => void invalidated++ });
    service.start();
    cleanups.push(() => service.stop());
    const app = Fastify();
    await app.register(service.plugin, service.pluginOptions);
    cleanups.push(() => app.close());

    const mentor = /** @type {import('@mentor-finder/matcher').Mentor} */ (MENTORS.find((m) => m.id === 'm-lv-02'));
    db.transaction(() => {
      db.prepare('INSERT INTO contact_requests (id) VALUES (?)').run('req-42');
      service.onContactRequestStored(
        db,
        {
          id: 'req-42',
          receivedAt: new Date().toISOString(),
          request: {
            mentorId: mentor.id,
            programmeId: mentor.programmeId,
            sender: { name: 'Anna Berzina', email: 'anna.berzina@example.org' },
            message: { text: 'Labdien! Vēlos palīdzību ar partneru meklēšanu.', lang: 'lv' },
            consent: { privacyNoticeAccepted: true, noticeVersion: '2025-08' },
            client: { locale: 'lv' },
          },
        },
        mentor,
        PROGRAMMES.find((p) => p.id === mentor.programmeId),
      );
    })();
    await smtp.waitForMails(1);
    const first = /** @type {import('mailparser').ParsedMail} */ (smtp.mails[0]?.parsed);
    expect(first.headers.get('content-language')).toBe('lv');
    const accept = /** @type {string} */ (first.text?.match(/http:\/\/127\.0\.0\.1:9\/answer\?t=\S+/)?.[0]);
    const path = accept.slice('http://127.0.0.1:9'.length);
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    expect(smtp.mails).toHaveLength(1);
    const posted = await app.inject({ method: 'POST', url: path, headers: { origin: 'http://127.0.0.1:9' } });
    expect(posted.statusCode).toBe(200);
    await smtp.waitForMails(2);
    expect(smtp.mails[1]?.envelopeTo).toEqual(['anna.berzina@example.org']);
    expect(smtp.mails[1]?.parsed.subject).toBe(`${mentor.displayName} pieņēma jūsu pieprasījumu`);
    expect(invalidated).toBe(1);
  });

  it('reads the stored row with times as ISO text or milliseconds', () => {
    const request = { sender: { name: 'A', email: 'a@example.org' }, message: { text: 'x' } };
    expect(relayedFromRow({ id: 'r', receivedAt: '2026-02-02T10:00:00.000Z', deleteAfter: '2026-05-03', request })).toEqual({
      request: { ...request, id: 'r', receivedAt: Date.UTC(2026, 1, 2, 10) },
      deleteAfter: Date.UTC(2026, 4, 3, 23, 59, 59, 999),
    });
    expect(relayedFromRow({ id: 'r', received_at: 5, request_json: JSON.stringify(request) }).request.receivedAt).toBe(5);
    expect(() => relayedFromRow({ id: 'r', request })).toThrow(/receivedAt/);
  });
});

// @ts-check
import { describe, expect, it } from 'vitest';
import { declineRequest } from '../answers/request-answers.js';
import { DAY, mailsOf, setUp } from '../answers/testing/answer-test-context.js';
import { createLifecycle, runDueLifecycle } from './run-due-lifecycle.js';

describe('lifecycle', () => {
  it('reminds once at half the window and closes at its end with the requester’s mail', () => {
    const { db, ctx, relay, advance, snapshot } = setUp();
    relay('m-fi-01', 'req-x', { client: { locale: 'fi' } });
    advance(7 * DAY - 1);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
    advance(1);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 1, expired: 0 });
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
    const [reminder] = mailsOf(db, 'mentor-reminder');
    expect(reminder).toMatchObject({ language: 'fi', request_id: 'req-x' });
    expect(reminder?.text).toContain('> I would like help with partner finding for a new project.');
    advance(7 * DAY - 1);
    const before = snapshot();
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
    expect(snapshot()).toEqual(before);
    advance(1);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 1 });
    expect(db.prepare('SELECT status FROM request_answers').get()).toEqual({ status: 'expired' });
    expect(db.prepare('SELECT status FROM contact_requests').get()).toEqual({ status: 'expired' });
    const [expiry] = mailsOf(db, 'requester-expired');
    expect(expiry).toMatchObject({ recipient: 'piret.proov@example.org', language: 'fi' });
    expect(expiry?.text).toMatch(/^- .+ \(/m);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
  });

  it('does not remind or expire an answered request', () => {
    const { ctx, relay, advance } = setUp();
    declineRequest(ctx, relay('m-ee-01').decline, '');
    advance(30 * DAY);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
  });
});

describe('retention', () => {
  it('removes the answer row, its used links and its sent mails after the delete date, and nothing before', () => {
    const { db, ctx, relay, advance } = setUp();
    const links = relay('m-ee-01');
    declineRequest(ctx, links.decline, 'Busy');
    db.prepare(`UPDATE mail_outbox SET status = 'sent'`).run();
    const lifecycle = createLifecycle(ctx);
    advance(90 * DAY - 1);
    expect(lifecycle.tick()).toEqual({ reminded: 0, expired: 0, purged: 0 });
    advance(1);
    expect(lifecycle.tick()).toEqual({ reminded: 0, expired: 0, purged: 1 });
    for (const table of ['request_answers', 'link_uses', 'mail_outbox']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });
});

// @ts-check
import { describe, expect, it } from 'vitest';
import { handleOutbox, isLoopback } from './handle-outbox.mjs';

const outbox = { enqueue() {}, list: () => [{ seq: 1, contactRequestId: 'r1', to: 'x@example.org', subject: 'S', text: 'T', createdAt: 'now', sentAt: null }] };

describe('handleOutbox', () => {
  it('lists queued mail to loopback clients only', () => {
    const local = handleOutbox({ ip: '127.0.0.1', host: '127.0.0.1:8080' }, { outbox });
    expect(local.status).toBe(200);
    expect(JSON.parse(String(local.body)).mails).toHaveLength(1);
    for (const ip of ['192.0.2.10', '10.0.0.1', '::ffff:192.0.2.1', '', '127.0.0.1.evil']) {
      const remote = handleOutbox({ ip, host: '127.0.0.1:8080' }, { outbox });
      expect(remote.status, ip).toBe(403);
      expect(String(remote.body)).not.toContain('x@example.org');
    }
  });

  it('refuses a loopback client that names another host (DNS rebinding)', () => {
    for (const host of ['evil.example:8080', 'evil.example', '127.0.0.1.nip.io', undefined]) {
      expect(handleOutbox({ ip: '127.0.0.1', host }, { outbox }).status, String(host)).toBe(403);
    }
    for (const host of ['localhost:8080', '[::1]:8080', '127.0.0.1']) {
      expect(handleOutbox({ ip: '::1', host }, { outbox }).status, host).toBe(200);
    }
  });

  it('recognises IPv4, IPv6 and mapped loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
  });
});

// @ts-check
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handleCohortData } from './handle-cohort-data.mjs';

const root = mkdtempSync(join(tmpdir(), 'mf-cohort-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, 'mentors.json'), '[{"id":"m-1","private":{"email":"a@example.org"}}]');
const files = { '/data/mentors.json': join(root, 'mentors.json'), '/data/mentees.json': join(root, 'missing.json') };
const local = { ip: '127.0.0.1', host: '127.0.0.1:8080' };

describe('handleCohortData', () => {
  it('gives a loopback client the full file, never to be cached', async () => {
    const response = await handleCohortData({ ...local, path: '/data/mentors.json' }, { files });
    expect([response.status, response.headers['content-type'], response.headers['cache-control']]).toEqual([
      200,
      'application/json; charset=utf-8',
      'no-store',
    ]);
    expect(String(response.body)).toContain('a@example.org');
  });

  it.each([
    ['another address', { ip: '192.0.2.7', host: '127.0.0.1:8080' }],
    ['a mapped outside address', { ip: '::ffff:192.0.2.7', host: 'localhost:8080' }],
    ['another Host (DNS rebinding)', { ip: '127.0.0.1', host: 'attacker.example:8080' }],
    ['no Host', { ip: '::1', host: undefined }],
  ])('refuses %s with 403 and no data', async (_name, who) => {
    const response = await handleCohortData({ ...who, path: '/data/mentors.json' }, { files });
    expect(response.status).toBe(403);
    expect(String(response.body)).not.toContain('example.org');
  });

  it('answers 404 for a path it does not serve or a file that is missing', async () => {
    for (const path of ['/data/mentees.json', '/data/secrets.json', '/data/constructor']) {
      const response = await handleCohortData({ ...local, path }, { files });
      expect(response.status, path).toBe(404);
    }
  });
});

// @ts-check
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestContext } from '../test-support/open-test-context.mjs';
import { createApp } from './create-app.mjs';

const root = mkdtempSync(join(tmpdir(), 'mf-app-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'site'));
mkdirSync(join(root, 'coordinator'));
writeFileSync(join(root, 'site', 'index.html'), '<h1>site</h1>');
writeFileSync(join(root, 'coordinator', 'index.html'), '<mentor-pair-preview></mentor-pair-preview>');
writeFileSync(join(root, 'pair.js'), 'export const pair = 1;');
writeFileSync(join(root, 'pair.js.map'), '{"version":3}');
writeFileSync(join(root, 'mentor-finder-match-engine-Ab12_c.js'), 'export const chunk = 1;');
writeFileSync(join(root, 'mentors.json'), '[{"id":"m-1","private":{"email":"private@example.org"}}]');

const context = openTestContext();
const app = createApp({
  ...context,
  mounts: [
    { prefix: '/', dir: join(root, 'site') },
    { prefix: '/coordinator/', dir: join(root, 'coordinator') },
  ],
  widgetFile: join(root, 'widget.js'),
  pairPreviewFile: join(root, 'pair.js'),
  pairWorkerFile: join(root, 'missing-worker.js'),
  cohortFiles: { '/data/mentors.json': join(root, 'mentors.json') },
});

/** @param {string} path @param {Partial<import('./create-app.mjs').AppRequest>} [extra] */
const get = (path, extra = {}) =>
  Promise.resolve(app({ method: 'GET', path, ip: '127.0.0.1', host: 'localhost:8080', contentType: undefined, body: new Uint8Array(), ...extra }));

describe('createApp routes for the coordinator demo', () => {
  it('serves the coordinator folder under /coordinator/', async () => {
    const response = await get('/coordinator/');
    expect([response.status, String(response.body)]).toEqual([200, '<mentor-pair-preview></mentor-pair-preview>']);
  });

  it('serves the pair preview bundle and its map as built', async () => {
    const bundle = await get('/mentor-pair-preview.js');
    expect([bundle.status, bundle.headers['content-type'], String(bundle.body)]).toEqual([200, 'text/javascript; charset=utf-8', 'export const pair = 1;']);
    expect((await get('/mentor-pair-preview.js.map')).status).toBe(200);
  });

  it('answers a missing worker bundle with 503 and the command that builds it', async () => {
    const response = await get('/mentor-pair-worker.js');
    expect(response.status).toBe(503);
    expect(String(response.body)).toContain('npm run build -w @mentor-finder/widget');
  });

  it("serves the finder's on-demand chunks from beside its bundle, and nothing else by that pattern", async () => {
    const chunk = await get('/mentor-finder-match-engine-Ab12_c.js');
    expect([chunk.status, chunk.headers['content-type'], String(chunk.body)]).toEqual([200, 'text/javascript; charset=utf-8', 'export const chunk = 1;']);
    expect((await get('/mentor-finder-missing-0000.js')).status).toBe(503);
    expect((await get('/mentor-finder-..%2Fmentors.js')).status).toBe(404);
  });

  it('gives cohort data to loopback only, and refuses writes', async () => {
    expect((await get('/data/mentors.json')).status).toBe(200);
    const outside = await get('/data/mentors.json', { ip: '203.0.113.5' });
    expect(outside.status).toBe(403);
    expect(String(outside.body)).not.toContain('private@example.org');
    expect((await get('/data/mentees.json')).status).toBe(404);
    expect((await get('/data/mentors.json', { method: 'POST' })).status).toBe(405);
  });
});

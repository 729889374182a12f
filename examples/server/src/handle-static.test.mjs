// @ts-check
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handleStatic, handleWidgetBundle, resolveStaticPath } from './handle-static.mjs';

const root = mkdtempSync(join(tmpdir(), 'mf-static-'));
const site = join(root, 'site');
const coordinator = join(root, 'coordinator');
mkdirSync(join(site, 'css'), { recursive: true });
mkdirSync(coordinator);
writeFileSync(join(site, 'index.html'), '<h1>site</h1>');
writeFileSync(join(site, 'css', 'site.css'), 'body{}');
writeFileSync(join(site, '.env'), 'SECRET=1');
writeFileSync(join(site, 'notes.xyz'), 'unknown type');
writeFileSync(join(coordinator, 'index.html'), '<h1>coordinator</h1>');
writeFileSync(join(root, 'secret.json'), '{"secret":true}');
const mounts = [
  { prefix: '/', dir: site },
  { prefix: '/coordinator/', dir: coordinator },
];
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('handleStatic', () => {
  it('serves index.html for folders and files with their content type', async () => {
    const index = await handleStatic({ path: '/' }, { mounts });
    expect([index.status, index.headers['content-type'], String(index.body)]).toEqual([200, 'text/html; charset=utf-8', '<h1>site</h1>']);
    const css = await handleStatic({ path: '/css/site.css' }, { mounts });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const coord = await handleStatic({ path: '/coordinator/' }, { mounts });
    expect(String(coord.body)).toBe('<h1>coordinator</h1>');
  });

  it('redirects a mount without its trailing slash', async () => {
    const response = await handleStatic({ path: '/coordinator' }, { mounts });
    expect([response.status, response.headers.location]).toEqual([301, '/coordinator/']);
  });

  it('never leaves the folder and hides dotfiles and unknown types', async () => {
    for (const path of ['/../secret.json', '/css/../../secret.json', '/coordinator/../../secret.json', '/.env', '/notes.xyz', '/missing.html', '/a\0b.html', '/..\\secret.json']) {
      const response = await handleStatic({ path }, { mounts });
      expect(response.status, path).toBe(404);
    }
    expect(resolveStaticPath('/../secret.json', mounts)).toBeUndefined();
  });
});

describe('handleWidgetBundle', () => {
  it('serves the bundle as JavaScript when it is built', async () => {
    writeFileSync(join(root, 'bundle.js'), 'export {};');
    const response = await handleWidgetBundle({}, { file: join(root, 'bundle.js') });
    expect([response.status, response.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
  });

  it('says how to build it when it is missing', async () => {
    const response = await handleWidgetBundle({}, { file: join(root, 'missing.js') });
    expect(response.status).toBe(503);
    expect(String(response.body)).toContain('npm run build -w @mentor-finder/widget');
  });
});

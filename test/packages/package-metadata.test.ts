// What npm reads from each published package.json: metadata, the files packed, bin and exports.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = ['matcher', 'widget', 'cli'] as const;
const dir = (name: string) => fileURLToPath(new URL(`../../packages/${name}/`, import.meta.url));
const manifest = (name: string) => JSON.parse(readFileSync(`${dir(name)}package.json`, 'utf8')) as Record<string, unknown>;

describe.each(PACKAGES)('@mentor-finder/%s package.json', (name) => {
  const pkg = manifest(name);

  it('has what a registry page and npm publish need', () => {
    expect(pkg['keywords']).toEqual(expect.arrayContaining(['mentoring']));
    expect(pkg['homepage']).toMatch(/^https:\/\//);
    expect(pkg['repository']).toMatchObject({ type: 'git', directory: `packages/${name}` });
    expect(pkg['bugs']).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
    expect(pkg['publishConfig']).toEqual({ access: 'public' });
    expect((pkg['scripts'] as Record<string, string>)['prepack']).toBe('npm run build');
  });

  it('packs a LICENSE file', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir(name), encoding: 'utf8' })) as { files: { path: string }[] }[];
    expect(packed?.files.map((file) => file.path)).toContain('LICENSE');
  });
});

describe('@mentor-finder/cli', () => {
  it('names its bin without "./", which npm publish would drop', () => {
    expect(manifest('cli')['bin']).toEqual({ 'mentor-match': 'bin/mentor-match.js' });
  });

  it('exports run(argv, io) and nodeIo', async () => {
    const cli = (await import(`${dir('cli')}dist/index.js`)) as Record<string, unknown>;
    expect(typeof cli['run']).toBe('function');
    expect(typeof cli['nodeIo']).toBe('function');
    expect((manifest('cli')['exports'] as Record<string, unknown>)['.']).toMatchObject({ import: './dist/index.js', types: './dist/index.d.ts' });
  });
});

describe('@mentor-finder/matcher', () => {
  it('can be required from CommonJS, with the same API as its ES module', async () => {
    const require = createRequire(`${dir('matcher')}package.json`);
    const cjs = require('@mentor-finder/matcher') as Record<string, unknown>;
    const esm = (await import('@mentor-finder/matcher')) as Record<string, unknown>;
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).filter((key) => key !== 'default').sort());
    expect(typeof cjs['rankMentors']).toBe('function');
  });

  it('exports its JSON schemas', async () => {
    const require = createRequire(`${dir('matcher')}package.json`);
    const schema = require('@mentor-finder/matcher/schemas/mentor.schema.json') as { $id?: string };
    expect(schema.$id ?? '').toMatch(/mentor/);
  });
});

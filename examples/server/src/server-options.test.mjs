// @ts-check
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_OPTIONS, parseServerArgs, programmesFileOf } from './server-options.mjs';

describe('parseServerArgs', () => {
  it('defaults to loopback, port 8080 and the shared sample data beside the repository', () => {
    const { options, errors } = parseServerArgs([], {});
    expect(errors).toEqual([]);
    expect(options).toEqual(DEFAULT_SERVER_OPTIONS);
    expect(options.host).toBe('127.0.0.1');
    expect(options.mentorsFile).toMatch(/shared[/\\]data[/\\]mentors\.json$/);
    expect(existsSync(options.mentorsFile)).toBe(true);
    expect(existsSync(programmesFileOf(options))).toBe(true);
    expect(options.dataDir).toMatch(/examples[/\\]server[/\\]\.data$/);
  });

  it('reads flags, PORT, and resolves paths against the working folder', () => {
    const { options, errors } = parseServerArgs(
      ['--data-dir', 'tmp/db', '--mentors', 'm.json', '--rate-burst', '100', '--rate-per-minute', '600'],
      { PORT: '0' },
      '/srv/site',
    );
    expect(errors).toEqual([]);
    expect(options).toMatchObject({ port: 0, dataDir: '/srv/site/tmp/db', mentorsFile: '/srv/site/m.json', rateLimit: { burst: 100, perMinute: 600 } });
    expect(programmesFileOf(options)).toBe('/srv/site/programmes.json');
    expect(parseServerArgs(['--port', '9000'], { PORT: '7000' }).options.port).toBe(9000);
  });

  it('names bad values and unknown flags', () => {
    expect(parseServerArgs(['--port', 'abc'], {}).errors).toEqual(['--port: expected a number >= 0, got "abc"']);
    expect(parseServerArgs(['--port', '70000'], {}).errors).toHaveLength(1);
    expect(parseServerArgs(['--rate-burst', '0'], {}).errors).toHaveLength(1);
    expect(parseServerArgs(['--nope'], {}).errors[0]).toMatch(/nope/);
    expect(parseServerArgs(['--help'], {}).help).toBe(true);
  });
});

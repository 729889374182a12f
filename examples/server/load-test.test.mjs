// @ts-check
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./load-test.mjs', import.meta.url));

describe('load-test.mjs', () => {
  it('runs a small fixed batch and finds every answered request stored exactly once', async () => {
    const { code, stdout } = await new Promise((resolve) => {
      execFile(process.execPath, [SCRIPT, '--amount', '300', '--connections', '5'], { timeout: 60_000 }, (error, out) =>
        resolve({ code: error ? error.code : 0, stdout: out }),
      );
    });
    expect(stdout).toMatch(/requests\/s: \d+/);
    expect(stdout).toMatch(/latency ms: p50 [\d.]+, p99 [\d.]+/);
    expect(stdout).toContain('responses: 300 2xx, 0 non-2xx, 0 errors, 0 timeouts');
    expect(stdout).toContain('stored: 300 rows, 300 distinct keys, 300 queued mails');
    expect(stdout).toMatch(/^OK: /m);
    expect(code).toBe(0);
  });
});

// @ts-check
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./load-test.js', import.meta.url));

describe('load-test.js', () => {
  it('runs a small fixed batch: every answered request stored once, one mail queued per row', async () => {
    /** @type {{ code: number | string | undefined, stdout: string }} */
    const { code, stdout } = await new Promise((resolve) => {
      execFile(process.execPath, [SCRIPT, '--amount', '300', '--connections', '5'], { timeout: 90_000 }, (error, out) =>
        resolve({ code: error ? (error.code ?? undefined) : 0, stdout: out }),
      );
    });
    expect(stdout).toMatch(/requests\/s: \d+/);
    expect(stdout).toMatch(/latency ms: p50 [\d.]+, p99 [\d.]+/);
    expect(stdout).toContain('responses: 300 2xx, 0 non-2xx, 0 errors, 0 timeouts');
    expect(stdout).toMatch(/stored: 300 rows, 300 distinct keys, 300 queued mails/);
    expect(stdout).toMatch(/^OK: /m);
    expect(code).toBe(0);
  }, 120_000);
});

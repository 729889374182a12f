// @ts-check
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './read-limited-body.mjs';

/** A stream of `total` bytes in 1 KB chunks that counts how many it has handed out. @param {number} total */
function countingStream(total) {
  const state = { produced: 0 };
  const stream = new Readable({
    read() {
      if (state.produced >= total) return this.push(null);
      const size = Math.min(1024, total - state.produced);
      state.produced += size;
      this.push(Buffer.alloc(size, 0x61));
    },
  });
  return { stream, state };
}

describe('readLimitedBody', () => {
  it('returns the whole body when it fits', async () => {
    const result = await readLimitedBody(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]), 100);
    expect(result.ok && result.body.toString()).toBe('{"a":1}');
  });

  it('accepts a body of exactly the limit', async () => {
    const { stream } = countingStream(16 * 1024);
    const result = await readLimitedBody(stream, 16 * 1024);
    expect(result.ok && result.body.length).toBe(16 * 1024);
  });

  it('stops reading a 1 MB body soon after the limit', async () => {
    const { stream, state } = countingStream(1024 * 1024);
    const result = await readLimitedBody(stream, 16 * 1024);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok ? 0 : result.bytesRead).toBe(16 * 1024 + 1024);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.produced).toBeLessThan(128 * 1024);
  });

  it('reports an aborted upload', async () => {
    const stream = new Readable({ read() {} });
    const pending = readLimitedBody(stream, 100);
    stream.push('{"a"');
    stream.destroy(new Error('connection reset'));
    await expect(pending).resolves.toMatchObject({ ok: false, reason: 'aborted' });
  });
});

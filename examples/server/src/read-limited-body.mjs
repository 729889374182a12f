// @ts-check
/**
 * @typedef {{ ok: true, body: Buffer } | { ok: false, reason: 'too-large' | 'aborted', bytesRead: number }} BodyResult
 */

/**
 * Reads a request body up to `limit` bytes. Past the limit it stops listening and pauses
 * the stream at once, so an oversized upload is never buffered whole.
 * @param {import('node:stream').Readable} stream
 * @param {number} limit
 * @returns {Promise<BodyResult>}
 */
export function readLimitedBody(stream, limit) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let bytesRead = 0;
    /** @param {BodyResult} result */
    const finish = (result) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
      resolve(result);
    };
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      bytesRead += chunk.length;
      if (bytesRead > limit) {
        stream.pause();
        chunks.length = 0;
        finish({ ok: false, reason: 'too-large', bytesRead });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, bytesRead) });
    const onError = () => finish({ ok: false, reason: 'aborted', bytesRead });
    const onClose = () => finish({ ok: false, reason: 'aborted', bytesRead });
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

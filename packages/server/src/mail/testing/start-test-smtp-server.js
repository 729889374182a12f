// @ts-check
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * @typedef {{ raw: string, envelopeTo: string[], parsed: import('mailparser').ParsedMail }} ReceivedMail
 */

/**
 * A real SMTP server on 127.0.0.1 for tests: plain SMTP (no STARTTLS, no AUTH), every mail kept
 * raw and parsed. `port` lets a test bring a stopped server back on the same port.
 * @param {{ port?: number }} [options]
 */
export async function startTestSmtpServer({ port = 0 } = {}) {
  /** @type {ReceivedMail[]} */
  const mails = [];
  /** @type {{ count: number, resolve: () => void }[]} */
  const waiters = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    closeTimeout: 1000,
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            mails.push({ raw, envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed });
            for (const waiter of waiters.filter((w) => mails.length >= w.count)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.resolve();
            }
            callback();
          },
          (error) => callback(error),
        );
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.server.address());
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    mails,
    /**
     * Resolves once `count` mails have arrived in all.
     * @param {number} count
     */
    waitForMails(count) {
      if (mails.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve: () => resolve(undefined) }));
    },
    /** Stops listening and drops open connections. */
    close() {
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

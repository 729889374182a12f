// @ts-check
import { createServer } from 'node:net';

/**
 * A port that is free on `host` now (the system picks it).
 * @param {string} host
 * @returns {Promise<number>}
 */
export function freePort(host) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * With port 0 and no public address given, the default address would name port 0, and browsers'
 * form posts would fail the Origin check: pick the port first so both agree.
 * @template {{ port: number, host: string, publicBaseUrl: string }} C
 * @param {Readonly<C>} config
 * @returns {Promise<Readonly<C>>}
 */
export async function settlePort(config) {
  const base = new URL(config.publicBaseUrl);
  if (config.port !== 0 || base.port !== '0') return config;
  const port = await freePort(config.host);
  base.port = String(port);
  return Object.freeze({ ...config, port, publicBaseUrl: base.href });
}

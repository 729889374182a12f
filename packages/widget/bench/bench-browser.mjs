// Shared by the widget benches: a loopback server for fixed files and Debian's Chromium.
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../test/chromium.mjs';

/**
 * Serves `files` (path -> [content type, body]) on 127.0.0.1 at a free port.
 * @returns {Promise<{ origin: string, server: import('node:http').Server }>}
 */
export async function serveFiles(files) {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    response.end(file?.[1] ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, server };
}

/** Headless Chromium with the flags this closed network needs. */
export function launchChromium(options = {}) {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    ...options,
  });
}

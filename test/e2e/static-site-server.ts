// A small static server for page tests that need no real back end: the example pages, the widget's
// built files and the sample data, under the same strict Content-Security-Policy a site uses, with
// stand-in endpoints that accept contact requests and registrations. Binds 127.0.0.1 on a free port.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DATA_DIR } from '../sample-data.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITE = `${ROOT}examples/national-site/`;
const COORDINATOR = `${ROOT}examples/coordinator/`;
export const WIDGET_DIST = `${ROOT}packages/widget/dist/`;

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface StaticSite {
  url: string;
  /** Bodies POSTed to the stand-in endpoints, by path. */
  posts: { path: string; body: unknown }[];
  close: () => Promise<void>;
}

function fileFor(path: string): string | undefined {
  if (path === '/' || path === '') return `${SITE}index.html`;
  if (path === '/coordinator' || path === '/coordinator/') return `${COORDINATOR}index.html`;
  if (path.startsWith('/coordinator/')) return COORDINATOR + path.slice('/coordinator/'.length);
  if (/^\/mentor-(finder|pair|registration)[\w.-]*\.js$/.test(path)) return WIDGET_DIST + path.slice(1);
  if (path === '/mentors.public.json') return `${ROOT}packages/widget/test/fixtures/mentors.public.json`;
  if (path === '/programmes.json') return `${SHARED_DATA_DIR}programmes.json`;
  const data = /^\/data\/(mentors|mentees|programmes)\.json$/.exec(path);
  if (data) return `${SHARED_DATA_DIR}${data[1]}.json`;
  return SITE + path.slice(1);
}

/** Starts the server; `close` stops it. Fails at once when the widget has not been built. */
export async function startStaticSite(): Promise<StaticSite> {
  for (const file of ['mentor-finder.js', 'mentor-registration.js', 'mentor-pair-preview.js']) {
    if (!existsSync(WIDGET_DIST + file)) throw new Error(`packages/widget/dist/${file} is missing: run \`npm run build -w @mentor-finder/widget\` first`);
  }
  const posts: StaticSite['posts'] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    response.setHeader('content-security-policy', CSP);
    response.setHeader('x-content-type-options', 'nosniff');
    if (request.method === 'POST' && (path === '/api/registrations' || path === '/api/contact-requests')) {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        posts.push({ path, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') });
        response.writeHead(path === '/api/registrations' ? 202 : 201, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id: 'r-1', status: 'received' }));
      });
      return;
    }
    const file = fileFor(path);
    if (!file || normalize(file) !== file || path.includes('..') || !existsSync(file) || !TYPES[extname(file)]) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)]!, 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    posts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

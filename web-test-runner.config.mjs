// Browser tests: real Chromium (Debian's), offline, TypeScript through esbuild with Lit's decorators.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './test/chromium.mjs';

const root = new URL('.', import.meta.url).pathname;
const widget = `${root}packages/widget`;


// The strict policy the widget must run under, set by a meta tag on the pages of the `csp` group.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stand-in for a site's contact endpoint, local to the test server: `/__test__/contact/<status>`
 * answers with that status and echoes the body; `slow` answers after 3 s; `drop` closes the socket.
 * With `?code=` the answer is an error body as the server sends it (`{ code, message, errors? }`),
 * `errors` taken from `?errors=` (JSON), and `?retryAfter=` sets the Retry-After header.
 */
async function contactEndpoints(context, next) {
  const match = /^\/__test__\/contact\/(\w+)/.exec(context.path);
  if (!match) return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString('utf8');
  const kind = match[1];
  if (kind === 'drop') {
    context.respond = false;
    context.status = 204;
    context.req.socket.destroy();
    return undefined;
  }
  if (kind === 'slow') await wait(3000);
  context.status = /^\d{3}$/.test(kind) ? Number(kind) : 201;
  context.type = 'application/json';
  const code = context.query.code;
  if (typeof code === 'string') {
    if (typeof context.query.retryAfter === 'string') context.set('retry-after', context.query.retryAfter);
    const errors = typeof context.query.errors === 'string' ? JSON.parse(context.query.errors) : undefined;
    context.body = JSON.stringify({ code, message: `test ${code}`, ...(errors ? { errors } : {}), echo: body ? JSON.parse(body) : null });
    return undefined;
  }
  context.body = JSON.stringify({ id: 'cr-1', status: 'received', method: context.method, contentType: context.get('content-type'), echo: body ? JSON.parse(body) : null });
  return undefined;
}

/**
 * Stand-in for a site's registration endpoint: `/__test__/register/<status>` answers with that status;
 * a 400 carries ValidationErrors under `/record` as a server that checks the record would send them.
 */
async function registerEndpoints(context, next) {
  const match = /^\/__test__\/register\/(\d{3})$/.exec(context.path);
  if (!match) return next();
  for await (const chunk of context.req) void chunk;
  context.status = Number(match[1]);
  context.type = 'application/json';
  context.body = JSON.stringify(
    context.status === 400
      ? { code: 'invalid-registration', errors: [{ path: '/record/private/email', code: 'email', field: 'email', message: 'not an e-mail address' }] }
      : { id: 'reg-1', status: context.status < 300 ? 'pending' : 'error' },
  );
  return undefined;
}

/** `executeServerCommand('emulate-forced-colors', { active })`: Windows' high-contrast themes, which the built-in emulateMedia cannot set under puppeteer. */
function forcedColorsPlugin() {
  // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
  const devtools = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (!devtools.has(session.id)) devtools.set(session.id, await session.browser.getPage(session.id).createCDPSession());
      await devtools.get(session.id).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

export default {
  rootDir: root,
  nodeResolve: true,
  files: [`packages/widget/src/**/*.test.ts`, `!packages/widget/src/**/*.csp.test.ts`],
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: `${widget}/tsconfig.json`, target: 'auto' }), forcedColorsPlugin()],
  groups: [
    {
      name: 'csp',
      files: 'packages/widget/src/**/*.csp.test.ts',
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  middleware: [
    contactEndpoints,
    registerEndpoints,
  ],
};

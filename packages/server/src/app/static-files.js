// @ts-check
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';

// The widget's bundles (and their source maps): entries keep their names, chunks carry a content hash.
const WIDGET_FILE = /^\/?(mentor-finder(-[A-Za-z0-9_.-]+)?|mentor-pair-preview|mentor-pair-worker|mentor-registration)\.js(\.map)?$/;
const HASHED_CHUNK = /^\/?mentor-finder-.+-[A-Za-z0-9_-]{8}\.js(\.map)?$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const WIDGET_BUILD_COMMAND = 'npm run build -w @mentor-finder/widget';

/**
 * Cache-Control for a served file: content-hashed chunks never change under their name; anything
 * else is revalidated with its ETag on every use.
 * @param {string} urlPath
 */
export const cacheControlFor = (urlPath) => (HASHED_CHUNK.test(urlPath) ? IMMUTABLE : 'no-cache');

/**
 * The site at /, the widget bundles beside it, the coordinator page at /coordinator/.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ siteDir?: string | undefined, coordinatorDir?: string | undefined, widgetDir: string }} dirs
 */
export async function registerStaticFiles(app, { siteDir, coordinatorDir, widgetDir }) {
  const widgetRoot = resolve(widgetDir);
  const roots = [siteDir, widgetDir].filter((dir) => dir !== undefined && existsSync(dir)).map((dir) => resolve(/** @type {string} */ (dir)));
  /** @type {import('@fastify/static').FastifyStaticOptions['setHeaders']} */
  const setHeaders = (reply, path) => {
    reply.header('cache-control', cacheControlFor(path.slice(path.lastIndexOf('/'))));
    // The current registration (RFC 9239), as browsers and the widget's docs name it.
    if (/\.m?js$/.test(path)) reply.header('content-type', 'text/javascript; charset=utf-8');
  };
  if (roots.length > 0) {
    await app.register(fastifyStatic, {
      root: roots,
      prefix: '/',
      cacheControl: false,
      etag: true,
      lastModified: true,
      dotfiles: 'ignore',
      // Only the bundles of the widget's dist are public; its library files are for bundlers.
      allowedPath: (pathName, root) => resolve(root ?? '') !== widgetRoot || WIDGET_FILE.test(pathName),
      setHeaders,
    });
  }
  if (coordinatorDir && existsSync(coordinatorDir)) {
    // The site's wildcard route would answer /coordinator with a 404 before the prefix redirect could.
    app.get('/coordinator', (_request, reply) => reply.redirect('/coordinator/', 301));
    await app.register(fastifyStatic, {
      root: resolve(coordinatorDir),
      prefix: '/coordinator/',
      decorateReply: roots.length === 0,
      redirect: true,
      cacheControl: false,
      etag: true,
      dotfiles: 'ignore',
      setHeaders,
    });
  }
}

/**
 * A bundle URL whose file is not built yet: the reply names the command that builds it.
 * @param {string} urlPath
 */
export const isWidgetBundle = (urlPath) => WIDGET_FILE.test(urlPath);

// @ts-check
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { errorResponse, textResponse } from './responses.mjs';

/**
 * @typedef {import('./responses.mjs').HandlerResponse} HandlerResponse
 * @typedef {{ prefix: string, dir: string }} StaticMount a URL prefix ending in "/" served from a folder
 */

export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
});

/** @param {string} file */
async function fileResponse(file) {
  const type = /** @type {Record<string, string>} */ (CONTENT_TYPES)[extname(file).toLowerCase()];
  if (!type) return undefined;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fileResponse(join(file, 'index.html'));
    if (!info.isFile()) return undefined;
    return { status: 200, headers: { 'content-type': type, 'cache-control': 'no-cache' }, body: await readFile(file) };
  } catch {
    return undefined;
  }
}

/**
 * Maps a URL path onto a file inside one of the mounts; anything that would leave the
 * folder (.., encoded slashes, NUL) or names a dotfile is not found.
 * @param {string} urlPath decoded path, starting with "/"
 * @param {StaticMount[]} mounts
 * @returns {string | undefined}
 */
export function resolveStaticPath(urlPath, mounts) {
  if (urlPath.includes('\0') || urlPath.includes('\\')) return undefined;
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length || a.prefix.localeCompare(b.prefix));
  const mount = sorted.find((m) => urlPath.startsWith(m.prefix));
  if (!mount) return undefined;
  const rest = urlPath.slice(mount.prefix.length);
  const segments = rest.split('/');
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return undefined;
  const root = resolve(mount.dir);
  const file = resolve(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * GET/HEAD for the example pages.
 * @param {{ path: string }} input
 * @param {{ mounts: StaticMount[] }} context
 * @returns {Promise<HandlerResponse>}
 */
export async function handleStatic(input, { mounts }) {
  const mount = mounts.find((m) => input.path === m.prefix.slice(0, -1) && m.prefix !== '/');
  if (mount) return { status: 301, headers: { location: mount.prefix }, body: '' };
  const file = resolveStaticPath(input.path, mounts);
  const response = file ? await fileResponse(file) : undefined;
  return response ?? errorResponse(404, 'not-found', `Nothing at ${input.path}.`);
}

export const WIDGET_BUILD_COMMAND = 'npm run build -w @mentor-finder/widget';

/**
 * GET of a built bundle (/mentor-finder.js and its chunks, /mentor-pair-preview.js, /mentor-pair-worker.js),
 * or a plain explanation with the command that builds it.
 * @param {unknown} _input
 * @param {{ file: string, build?: string }} context
 * @returns {Promise<HandlerResponse>}
 */
export async function handleWidgetBundle(_input, { file, build = WIDGET_BUILD_COMMAND }) {
  const response = await fileResponse(file);
  return (
    response ??
    textResponse(503, `The bundle is not built yet (${file} is missing).\nRun: ${build}\n`, { 'retry-after': '30' })
  );
}

// @ts-check
import { handleCohortData } from './handle-cohort-data.mjs';
import { handleContactRequest } from './handle-contact-request.mjs';
import { handleOutbox } from './handle-outbox.mjs';
import { dirname, join } from 'node:path';
import { handleStatic, handleWidgetBundle } from './handle-static.mjs';
import { errorResponse } from './responses.mjs';

/**
 * @typedef {import('./responses.mjs').HandlerResponse} HandlerResponse
 * @typedef {import('./handle-static.mjs').StaticMount} StaticMount
 * @typedef {import('./handle-contact-request.mjs').ContactRequestContext} ContactRequestContext
 *
 * Request data as the HTTP layer hands it over: no streams, no sockets.
 * @typedef {object} AppRequest
 * @property {string} method
 * @property {string} path decoded URL path
 * @property {string} ip
 * @property {string | undefined} host the Host header
 * @property {string | undefined} contentType
 * @property {Uint8Array} body empty unless POST
 *
 * @typedef {import('./handle-cohort-data.mjs').CohortFiles} CohortFiles
 *
 * @typedef {object} BundleFiles
 * @property {string} widgetFile
 * @property {string} [pairPreviewFile]
 * @property {string} [pairWorkerFile]
 *
 * @typedef {ContactRequestContext & BundleFiles & { mounts: StaticMount[], cohortFiles?: CohortFiles }} AppContext
 * @typedef {(request: AppRequest) => HandlerResponse | Promise<HandlerResponse>} App
 */

/** @param {string} allow */
const methodNotAllowed = (allow) =>
  errorResponse(405, 'method-not-allowed', `Use ${allow}.`, { headers: { allow } });

const BUNDLES = Object.freeze([
  { path: '/mentor-finder.js', key: 'widgetFile', build: undefined },
  { path: '/mentor-pair-preview.js', key: 'pairPreviewFile', build: undefined },
  { path: '/mentor-pair-worker.js', key: 'pairWorkerFile', build: undefined },
]);

// Parts of the finder loaded on demand (content-hashed names) and the registration form, beside /mentor-finder.js.
const FINDER_CHUNK = /^\/(mentor-finder-[A-Za-z0-9_-]+\.js|mentor-registration\.js)(\.map)?$/;

/**
 * The built file behind a bundle URL (or its source map), if the path names one.
 * @param {string} path
 * @param {BundleFiles} files
 * @returns {{ file: string, build?: string } | undefined}
 */
function bundleFor(path, files) {
  for (const { path: url, key, build } of BUNDLES) {
    const file = files[/** @type {keyof BundleFiles} */ (key)];
    if (!file || (path !== url && path !== `${url}.map`)) continue;
    return { file: path === url ? file : `${file}.map`, build };
  }
  const chunk = FINDER_CHUNK.exec(path);
  if (chunk) return { file: join(dirname(files.widgetFile), `${chunk[1]}${chunk[2] ?? ''}`) };
  return undefined;
}

/**
 * Routes requests to handlers. Every handler is a function of the request data and its context.
 * @param {AppContext} context
 * @returns {App}
 */
export function createApp(context) {
  const readOnly = (/** @type {string} */ method) => method === 'GET' || method === 'HEAD';
  return (request) => {
    const { method, path } = request;
    if (path === '/api/contact-requests') {
      if (method !== 'POST') return methodNotAllowed('POST');
      return handleContactRequest(
        { ip: request.ip, contentType: request.contentType, body: request.body },
        context,
      );
    }
    if (path === '/api/outbox') {
      if (!readOnly(method)) return methodNotAllowed('GET, HEAD');
      return handleOutbox(request, context.store);
    }
    if (!readOnly(method)) return methodNotAllowed('GET, HEAD');
    if (path === '/mentors.public.json') {
      return {
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
        body: context.directory.publicJson,
      };
    }
    if (path.startsWith('/data/')) return handleCohortData(request, { files: context.cohortFiles ?? {} });
    const bundle = bundleFor(path, context);
    if (bundle) return handleWidgetBundle(request, bundle);
    return handleStatic(request, context);
  };
}

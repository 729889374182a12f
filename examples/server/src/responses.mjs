// @ts-check
/**
 * What every handler returns; the HTTP layer writes it out unchanged
 * apart from the security headers.
 * @typedef {object} HandlerResponse
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {string | Uint8Array} body
 */

/**
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 * @returns {HandlerResponse}
 */
export function jsonResponse(status, value, headers = {}) {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(value),
  };
}

/**
 * Errors are data: a stable code the widget can translate, and plain English for logs.
 * @param {number} status
 * @param {string} code
 * @param {string} message
 * @param {{ errors?: unknown[], headers?: Record<string, string> }} [extra]
 * @returns {HandlerResponse}
 */
export function errorResponse(status, code, message, extra = {}) {
  /** @type {{ code: string, message: string, errors?: unknown[] }} */
  const body = { code, message };
  if (extra.errors) body.errors = extra.errors;
  return jsonResponse(status, body, extra.headers);
}

/**
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 * @returns {HandlerResponse}
 */
export function textResponse(status, text, headers = {}) {
  return {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: text,
  };
}

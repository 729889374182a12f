// @ts-check
/** Helmet's settings: the pages and the widget need nothing inline, nothing from elsewhere. */
const HELMET_OPTIONS = Object.freeze({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'https:', 'data:'],
      'connect-src': ["'self'"],
      // default-src would cover workers by fallback; named so the coordinator's module worker is allowed on purpose.
      'worker-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'"],
    },
  },
  referrerPolicy: { policy: /** @type {const} */ ('no-referrer') },
  crossOriginResourcePolicy: { policy: /** @type {const} */ ('same-origin') },
  crossOriginOpenerPolicy: { policy: /** @type {const} */ ('same-origin') },
  crossOriginEmbedderPolicy: false,
  frameguard: { action: /** @type {const} */ ('deny') },
});

/**
 * Helmet's settings for a service reached at `publicBaseUrl`. HSTS only when that is https, and
 * without includeSubDomains: the service is often reached through the organisation's own site
 * (its proxy forwards a path here), and one response must not force HTTPS on every subdomain of
 * that domain for a year.
 * @param {string} publicBaseUrl
 */
export function helmetOptions(publicBaseUrl) {
  const https = new URL(publicBaseUrl).protocol === 'https:';
  return { ...HELMET_OPTIONS, strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false };
}

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';

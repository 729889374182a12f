// @ts-check
/** Helmet's settings: the pages and the widget need nothing inline, nothing from elsewhere. */
export const HELMET_OPTIONS = Object.freeze({
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

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';

export * from './shared.js';
export * from './mentor.js';
export * from './mentee.js';
export * from './programme.js';
export * from './contact-request.js';
export * from './reason.js';
export * from './pair.js';
export * from './validation-error.js';

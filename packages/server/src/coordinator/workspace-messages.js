// @ts-check
/**
 * Words of the coordinator's sign-in pages. English now; the other languages add a catalogue
 * with the same keys (the test checks every key is present in each one).
 */
export const WORKSPACE_MESSAGES = Object.freeze({
  en: Object.freeze({
    'login.title': 'Coordinator sign-in',
    'login.heading': 'Sign in to the coordinator workspace',
    'login.email': 'E-mail',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.failed': 'The e-mail or password is not right. Check them and try again.',
    'login.locked': 'Too many failed sign-ins. For your safety, sign-in is locked for {minutes} minutes.',
    'login.expired': 'The sign-in form had expired. It has been renewed: please sign in again.',
    'login.other-site': 'This form was sent from another site and was refused.',
    'workspace.title': 'Coordinator workspace',
    'workspace.signed-in-as': 'Signed in as {email}.',
    'workspace.sign-out': 'Sign out',
    'signed-out.title': 'Signed out',
    'signed-out.body': 'You have signed out.',
    'signed-out.again': 'Sign in again',
    'unauthorised.title': 'Sign-in needed',
    'unauthorised.body': 'Sign in to use the coordinator workspace.',
  }),
});

/** @typedef {keyof typeof WORKSPACE_MESSAGES.en} WorkspaceMessageKey */

/**
 * @param {string} lang
 * @param {WorkspaceMessageKey} key
 * @param {Record<string, string | number>} [params]
 */
export function workspaceText(lang, key, params = {}) {
  const catalogue = /** @type {Record<string, Record<string, string>>} */ (WORKSPACE_MESSAGES)[lang] ?? WORKSPACE_MESSAGES.en;
  const text = catalogue[key] ?? WORKSPACE_MESSAGES.en[key];
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

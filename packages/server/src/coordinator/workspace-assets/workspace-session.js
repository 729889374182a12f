// The coordinator's session ends after a time without use, and a while after sign-in whatever
// happens. This script warns before either end and lets the coordinator stay signed in (WCAG 2.2.1),
// keeps a session in use alive, and after an end keeps the page as it is: forms are not sent into a
// sign-in page that would lose them; signing in again in another tab lets them be sent from here.
/// <reference lib="dom" />
// @ts-check
const API = '/workspace/api/session';
// The warning comes this long before the end (less for very short sessions), so there is time to answer.
const WARN_BEFORE_MS = 120_000;
const RETRY_MS = 30_000;

/** @typedef {{ signedIn: boolean, idleSeconds?: number, absoluteSeconds?: number }} SessionStatus */

/** @type {HTMLDialogElement | null} */
const dialog = document.querySelector('dialog#ws-session');
if (dialog) watchSession(dialog);

/** @param {HTMLDialogElement} dialog */
function watchSession(dialog) {
  const idleMs = Number(dialog.dataset.idleLeft) * 1000;
  const warnBefore = Math.min(WARN_BEFORE_MS, idleMs / 2);
  // Using the page counts as using the session once this much time has passed since the server last saw it.
  const renewAfter = Math.min(idleMs / 2, 5 * 60_000);
  const problem = /** @type {HTMLElement} */ (dialog.querySelector('.ws-session-problem'));
  const clock = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { timeStyle: 'short' });
  let idleEnd = Date.now() + idleMs;
  let absoluteEnd = Date.now() + Number(dialog.dataset.absoluteLeft) * 1000;
  let lastSeen = Date.now();
  let ended = false;
  // The end of the sign-in's age limit does not move: once said, it is not said again.
  let limitShown = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  /** @param {SessionStatus} status */
  const take = (status) => {
    if (!status.signedIn) return endSession();
    idleEnd = Date.now() + (status.idleSeconds ?? 0) * 1000;
    absoluteEnd = Date.now() + (status.absoluteSeconds ?? 0) * 1000;
    schedule(Math.min(idleEnd, absoluteEnd) - warnBefore);
  };

  /** @param {number} at */
  const schedule = (at) => {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, at - Date.now()));
  };

  /** @param {'GET' | 'POST'} method @returns {Promise<SessionStatus | undefined>} undefined when the server could not be reached */
  const ask = async (method) => {
    try {
      const response = await fetch(method === 'GET' ? `${API}/status` : `${API}/extend`, {
        method,
        credentials: 'same-origin',
        headers: method === 'GET' ? { accept: 'application/json' } : { accept: 'application/json', 'x-csrf-token': csrfToken() },
      });
      if (response.status === 401) return { signedIn: false };
      if (!response.ok) return undefined;
      if (method === 'POST') lastSeen = Date.now();
      return /** @type {SessionStatus} */ (await response.json());
    } catch {
      return undefined;
    }
  };

  // Another tab may have used the session since: the server says what is left before any warning.
  const check = async () => {
    const status = await ask('GET');
    if (!status) return schedule(Date.now() + RETRY_MS);
    if (!status.signedIn) return endSession();
    take(status);
    const end = Math.min(idleEnd, absoluteEnd);
    if (end - Date.now() > warnBefore + 1000) {
      if (dialog.open) dialog.close();
      return;
    }
    // Looked at again just after the end, which then shows the way back in.
    schedule(end + 1000);
    const limit = absoluteEnd <= idleEnd;
    if (limit && limitShown) return;
    limitShown ||= limit;
    show(limit ? 'limit' : 'idle', end);
  };

  function endSession() {
    ended = true;
    clearTimeout(timer);
    show('ended');
  }

  /** @param {'idle' | 'limit' | 'ended'} state @param {number} [end] */
  function show(state, end) {
    dialog.querySelectorAll('[data-state]').forEach((part) => {
      /** @type {HTMLElement} */ (part).hidden = part.getAttribute('data-state') !== state;
    });
    if (end !== undefined) {
      dialog.querySelectorAll(`[data-state="${state}"] [data-session-time]`).forEach((slot) => {
        slot.textContent = clock.format(end);
        slot.setAttribute('datetime', new Date(end).toISOString());
      });
    }
    dialog.setAttribute('aria-labelledby', `ws-session-${state}-title`);
    dialog.setAttribute('aria-describedby', `ws-session-${state}-text`);
    problem.textContent = '';
    if (!dialog.open) dialog.showModal();
  }

  dialog.addEventListener('click', async (event) => {
    const button = /** @type {Element} */ (event.target).closest('button[data-session]');
    const action = button?.getAttribute('data-session');
    if (action === 'close') return dialog.close();
    if (action === 'extend') {
      const status = await ask('POST');
      if (!status) return void (problem.textContent = problem.dataset.textUnreachable ?? '');
      if (!status.signedIn) return endSession();
      take(status);
      dialog.close();
    }
    if (action === 'continue') await signedInAgain();
  });

  // Signed in again elsewhere: this page's forms carry the new session's token from now on.
  async function signedInAgain() {
    try {
      const response = await fetch(API, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (response.status === 401) return void (problem.textContent = problem.dataset.textStillOut ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { csrfToken: token } = /** @type {{ csrfToken: string }} */ (await response.json());
      document.querySelectorAll('input[name="_csrf"]').forEach((field) => {
        /** @type {HTMLInputElement} */ (field).value = token;
      });
      document.querySelectorAll('[data-csrf]').forEach((holder) => {
        /** @type {HTMLElement} */ (holder).dataset.csrf = token;
      });
      ended = false;
      limitShown = false;
      lastSeen = Date.now();
      dialog.close();
      const status = await ask('GET');
      if (status) take(status);
    } catch {
      problem.textContent = problem.dataset.textUnreachable ?? '';
    }
  }

  // A form sent after the session ended would land on the sign-in page and lose what was typed; ask first.
  const checked = new WeakSet();
  document.addEventListener('submit', async (event) => {
    const form = /** @type {HTMLFormElement} */ (event.target);
    if (checked.has(form) || form.closest('dialog') || new URL(form.action).pathname === '/workspace/logout') {
      checked.delete(form);
      return;
    }
    event.preventDefault();
    const submitter = /** @type {SubmitEvent} */ (event).submitter;
    const status = ended ? { signedIn: false } : await ask('GET');
    if (status && !status.signedIn) return endSession();
    checked.add(form);
    form.requestSubmit(submitter instanceof HTMLElement && submitter.closest('form') === form ? submitter : null);
  });

  const renew = () => {
    if (!ended && !dialog.open && Date.now() - lastSeen > renewAfter) {
      lastSeen = Date.now();
      void ask('POST').then((status) => status && take(status));
    }
  };
  for (const type of ['keydown', 'pointerdown', 'input']) document.addEventListener(type, renew, { capture: true, passive: true });
  // Timers of a hidden tab may run late; looking again on return keeps the warning on time.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !ended && !dialog.open) void check();
  });
  schedule(Math.min(idleEnd, absoluteEnd) - warnBefore);

  function csrfToken() {
    return /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="_csrf"]'))?.value ?? '';
  }
}

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

/**
 * What the server says of this page's session (the one its CSRF token belongs to).
 * @typedef {{ signedIn: boolean, idleSeconds?: number, absoluteSeconds?: number }} SessionStatus
 * @typedef {'idle' | 'limit' | 'ended' | 'offline'} DialogState
 */

/** @type {HTMLDialogElement | null} */
const dialog = document.querySelector('dialog#ws-session');
if (dialog) watchSession(dialog);

/** @param {HTMLDialogElement} dialog */
function watchSession(dialog) {
  const idleLimit = Number(dialog.dataset.idleLimit) * 1000;
  const warnBefore = Math.min(WARN_BEFORE_MS, idleLimit / 2);
  // Using the page renews the session once this much time has passed since the server last saw it.
  const renewAfter = Math.min(idleLimit / 2, 5 * 60_000);
  const problem = /** @type {HTMLElement} */ (dialog.querySelector('.ws-session-problem'));
  const clock = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { timeStyle: 'short' });
  const start = Date.now();
  let idleEnd = start + Number(dialog.dataset.idleLeft) * 1000;
  let absoluteEnd = start + Number(dialog.dataset.absoluteLeft) * 1000;
  /** The session cannot be renewed past its next end (the sign-in's age limit comes first). */
  let limitNext = absoluteEnd <= idleEnd;
  let lastSeen = start;
  let lastActivity = 0;
  let ended = false;
  // The sign-in's age limit does not move: once said, it is not said again.
  let limitShown = false;
  /** @type {DialogState | undefined} */
  let shown;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  const end = () => Math.min(idleEnd, absoluteEnd);
  const csrfToken = () => /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="_csrf"]'))?.value ?? '';

  /** @param {number} at */
  const schedule = (at) => {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, at - Date.now()));
  };

  /** @param {SessionStatus} status */
  const take = (status) => {
    if (!status.signedIn) return endSession();
    const now = Date.now();
    const idle = status.idleSeconds ?? 0;
    const absolute = status.absoluteSeconds ?? 0;
    idleEnd = now + idle * 1000;
    absoluteEnd = now + absolute * 1000;
    limitNext = idle >= absolute;
    schedule(end() - warnBefore);
  };

  /**
   * GET: what is left, without renewing; POST: renew. Undefined when the server could not be reached.
   * @param {'GET' | 'POST'} method
   * @returns {Promise<SessionStatus | undefined>}
   */
  const ask = async (method) => {
    try {
      const response = await fetch(method === 'GET' ? `${API}/status` : `${API}/extend`, {
        method,
        credentials: 'same-origin',
        headers: { accept: 'application/json', 'x-csrf-token': csrfToken() },
      });
      // 403 to a renewal: the token is not the session's any more (signed out and in again elsewhere).
      if (response.status === 401 || response.status === 403) return { signedIn: false };
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
    take(status);
    if (ended) return;
    if (end() - Date.now() > warnBefore + 1000) {
      if (dialog.open && (shown === 'idle' || shown === 'limit')) dialog.close();
      return;
    }
    // Someone using the page is not asked whether they are still there.
    if (!limitNext && lastActivity > lastSeen) {
      const renewed = await ask('POST');
      if (renewed) return take(renewed);
    }
    // Looked at again just after the end, which then shows the way back in.
    schedule(end() + 1000);
    if (limitNext && limitShown) return;
    limitShown ||= limitNext;
    show(limitNext ? 'limit' : 'idle');
  };

  function endSession() {
    ended = true;
    clearTimeout(timer);
    show('ended');
  }

  /** @param {DialogState} state */
  function show(state) {
    dialog.querySelectorAll('[data-state]').forEach((part) => {
      /** @type {HTMLElement} */ (part).hidden = part.getAttribute('data-state') !== state;
    });
    dialog.querySelectorAll(`[data-state="${state}"] [data-session-time]`).forEach((slot) => {
      slot.textContent = clock.format(end());
      slot.setAttribute('datetime', new Date(end()).toISOString());
    });
    dialog.setAttribute('aria-labelledby', `ws-session-${state}-title`);
    dialog.setAttribute('aria-describedby', `ws-session-${state}-text`);
    problem.textContent = '';
    // Opened afresh when the state changes, so the focus moves to the new part and it is announced.
    if (dialog.open && shown !== state) dialog.close();
    shown = state;
    if (!dialog.open) dialog.showModal();
  }

  dialog.addEventListener('close', () => {
    // The event comes after the call: a dialog opened again meanwhile keeps its state.
    if (!dialog.open) shown = undefined;
  });

  dialog.addEventListener('click', async (event) => {
    const action = /** @type {Element} */ (event.target).closest('button[data-session]')?.getAttribute('data-session');
    if (action === 'close') dialog.close();
    else if (action === 'extend') await stay();
    else if (action === 'continue') await signedInAgain();
  });

  async function stay() {
    const status = await ask('POST');
    if (!status) return void (problem.textContent = problem.dataset.textUnreachable ?? '');
    take(status);
    if (!ended) dialog.close();
  }

  // Signed in again elsewhere: this page's forms carry the new session's token from now on.
  async function signedInAgain() {
    try {
      const response = await fetch(API, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (response.status === 401) return void (problem.textContent = problem.dataset.textStillOut ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { csrfToken: token, email } = /** @type {{ csrfToken: string, email: string }} */ (await response.json());
      // Forms held for one coordinator are not sent in another's name.
      if (email !== dialog.dataset.email) return void (problem.textContent = problem.dataset.textOtherAccount ?? '');
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
  /** @type {WeakSet<HTMLFormElement>} */
  const checking = new WeakSet();
  let resubmitting = false;
  document.addEventListener('submit', async (event) => {
    const form = /** @type {HTMLFormElement} */ (event.target);
    if (resubmitting || form.closest('dialog') || new URL(form.action).pathname === '/workspace/logout') return;
    event.preventDefault();
    // A second press while the first is being checked sends nothing more.
    if (checking.has(form)) return;
    checking.add(form);
    const submitter = /** @type {SubmitEvent} */ (event).submitter;
    const status = ended ? { signedIn: false } : await ask('GET');
    checking.delete(form);
    if (!status) return show('offline');
    if (!status.signedIn) return endSession();
    resubmitting = true;
    try {
      form.requestSubmit((submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement) && submitter.form === form ? submitter : null);
    } finally {
      resubmitting = false;
    }
  });

  // The pairs page's script found the session gone while proposing.
  document.addEventListener('workspace-session-ended', () => endSession());

  const used = () => {
    lastActivity = Date.now();
    if (!ended && !dialog.open && lastActivity - lastSeen > renewAfter) {
      lastSeen = lastActivity;
      void ask('POST').then((status) => status && take(status));
    }
  };
  for (const type of ['keydown', 'pointerdown', 'input']) document.addEventListener(type, used, { capture: true, passive: true });
  // Timers of a hidden tab may run late; looking again on return keeps the warning on time.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !ended && !dialog.open) void check();
  });
  schedule(end() - warnBefore);
}

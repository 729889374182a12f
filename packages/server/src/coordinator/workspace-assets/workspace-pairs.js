// The pairs page: feeds <mentor-pair-preview> with the programme's cohort from the workspace API
// and proposes the pairs it suggests (after the coordinator's pins, exclusions and swaps).
// Without this script the page still lists the pairs with their Confirm and End forms.
/// <reference lib="dom" />
// @ts-check
const workbench = document.getElementById('pair-workbench');
/** @type {(HTMLElement & { programme?: unknown, mentors?: unknown, mentees?: unknown }) | null | undefined} */
const preview = workbench?.querySelector('mentor-pair-preview');
/** @type {HTMLButtonElement | null | undefined} */
const proposeButton = workbench?.querySelector('button[data-action="propose"]');
const statusLine = document.getElementById('propose-status');

/** @typedef {{ pair: { menteeId: string, mentorId: string, acknowledge: boolean }, reasons: string }} Held */

/**
 * A refusal's reasons in the page's language, as one text; the codes when the server gave no words.
 * @param {{ reasons?: unknown, details?: unknown }} body
 * @returns {string}
 */
function reasonText(body) {
  const details = Array.isArray(body.details) ? body.details : [];
  const texts = details.map((detail) => (typeof detail?.text === 'string' ? detail.text : '')).filter(Boolean);
  if (texts.length > 0) return texts.join(' ');
  return Array.isArray(body.reasons) ? body.reasons.map(String).join(', ') : '';
}

if (workbench && preview && proposeButton && statusLine) {
  const { cohort = '', programme = '', textNothing = '', textProposing = '', textFailed = '', textLoadFailed = '', textRefused = '', textAnyway = '' } = workbench.dataset;
  // Read at each post: after signing in again in another tab, workspace-session.js writes the new token in.
  const csrfToken = () => workbench.dataset.csrf ?? '';
  /** @type {{ menteeId: string, mentorId: string, acknowledge: boolean }[]} */
  let suggested = [];
  /** Names by id, from the cohort, for the pairs the server refuses. */
  const names = new Map();

  document.getElementById('needs-script')?.setAttribute('hidden', '');
  workbench.hidden = false;

  preview.addEventListener('mentor-pair-preview-result', (event) => {
    const { pairs } = /** @type {CustomEvent<{ suggestion: { pairs: { menteeId: string, mentorId: string, pinned: boolean }[] } }>} */ (event).detail.suggestion;
    // A pin is the coordinator's own decision, made with the preview's warnings in view.
    suggested = pairs.map(({ menteeId, mentorId, pinned }) => ({ menteeId, mentorId, acknowledge: pinned === true }));
  });

  fetch(cohort, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`cohort: HTTP ${response.status}`);
      return response.json();
    })
    .then((/** @type {{ programme: unknown, mentors: unknown[], mentees: unknown[] }} */ data) => {
      for (const person of [...data.mentors, ...data.mentees]) {
        const { id, displayName } = /** @type {{ id?: unknown, displayName?: unknown }} */ (person ?? {});
        if (typeof id === 'string' && typeof displayName === 'string') names.set(id, displayName);
      }
      preview.programme = data.programme;
      preview.mentors = data.mentors;
      preview.mentees = data.mentees;
    })
    .catch((error) => {
      console.error('workspace: the cohort could not be loaded', error);
      statusLine.textContent = textLoadFailed;
    });

  // Narrowed once, for the functions below.
  const button = proposeButton;
  const status = statusLine;
  const refusedBox = document.getElementById('propose-refused');
  /** @type {{ menteeId: string, mentorId: string, acknowledge: boolean }[]} */
  let refused = [];
  // Pairs proposed by earlier presses, so that the notice after "Propose these anyway" counts them too.
  let proposedBefore = 0;
  // ...and which they were: a press after the session was renewed sends only the pairs not sent yet.
  const sent = new Set();
  const keyOf = (/** @type {{ menteeId: string, mentorId: string }} */ pair) => `${pair.menteeId}\u0000${pair.mentorId}`;

  /**
   * Proposes each pair; those the server refuses for the matcher's reasons are kept, with the reasons.
   * @param {{ menteeId: string, mentorId: string, acknowledge: boolean }[]} pairs
   */
  async function propose(pairs) {
    let proposed = 0;
    let failed = 0;
    /** @type {Held[]} */
    const held = [];
    for (const pair of pairs) {
      if (sent.has(keyOf(pair))) continue;
      try {
        const response = await fetch('/workspace/api/pairs', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
          body: JSON.stringify(pair),
        });
        if (response.status === 401 || response.status === 403) {
          // The session ended (or another began in another tab): workspace-session.js offers the way back in; the rest waits for it.
          document.dispatchEvent(new CustomEvent('workspace-session-ended'));
          failed = pairs.filter((p) => !sent.has(keyOf(p))).length - held.length;
          break;
        }
        const body = response.ok ? undefined : await response.json().catch(() => undefined);
        if (response.ok) {
          proposed += 1;
          sent.add(keyOf(pair));
        } else if (body?.code === 'pair-needs-acknowledgement') {
          held.push({ pair, reasons: reasonText(body) });
        } else {
          failed += 1;
        }
      } catch {
        failed += 1;
      }
    }
    return { proposed, failed, held };
  }

  /** @param {{ proposed: number, failed: number, held: Held[] }} outcome */
  function report({ proposed, failed, held }) {
    proposedBefore += proposed;
    if (failed === 0 && held.length === 0) {
      location.assign(`/workspace/pairs?programme=${encodeURIComponent(programme)}&done=proposed&count=${proposedBefore}#notice`);
      return;
    }
    button.disabled = false;
    status.textContent = failed > 0 ? textFailed.replace('{count}', String(failed)) : '';
    refused = held.map(({ pair }) => ({ ...pair, acknowledge: true }));
    if (!refusedBox) return;
    refusedBox.hidden = held.length === 0;
    const [intro, list, actions] = /** @type {[HTMLElement, HTMLElement, HTMLElement]} */ (Array.from(refusedBox.children));
    intro.textContent = textRefused;
    // Built as text nodes: names and reasons come from the server, but nothing here is ever markup.
    list.replaceChildren(...held.map(({ pair, reasons }) => {
      const item = document.createElement('li');
      item.textContent = `${names.get(pair.menteeId) ?? pair.menteeId} – ${names.get(pair.mentorId) ?? pair.mentorId}: ${reasons}`;
      return item;
    }));
    const anyway = /** @type {HTMLButtonElement} */ (actions.querySelector('button'));
    anyway.textContent = textAnyway;
  }

  button.addEventListener('click', async () => {
    if (suggested.length === 0) {
      status.textContent = textNothing;
      return;
    }
    button.disabled = true;
    status.textContent = textProposing;
    report(await propose(suggested));
  });

  refusedBox?.querySelector('button')?.addEventListener('click', async () => {
    if (refused.length === 0) return;
    button.disabled = true;
    status.textContent = textProposing;
    report(await propose(refused));
  });
}

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

if (workbench && preview && proposeButton && statusLine) {
  const { cohort = '', csrf = '', programme = '', textNothing = '', textProposing = '', textFailed = '', textLoadFailed = '' } = workbench.dataset;
  /** @type {{ menteeId: string, mentorId: string, acknowledge: boolean }[]} */
  let suggested = [];

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
      preview.programme = data.programme;
      preview.mentors = data.mentors;
      preview.mentees = data.mentees;
    })
    .catch((error) => {
      console.error('workspace: the cohort could not be loaded', error);
      statusLine.textContent = textLoadFailed;
    });

  proposeButton.addEventListener('click', async () => {
    if (suggested.length === 0) {
      statusLine.textContent = textNothing;
      return;
    }
    proposeButton.disabled = true;
    statusLine.textContent = textProposing;
    let proposed = 0;
    let failed = 0;
    for (const pair of suggested) {
      try {
        const response = await fetch('/workspace/api/pairs', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify(pair),
        });
        if (response.ok) proposed += 1;
        else failed += 1;
      } catch {
        failed += 1;
      }
    }
    if (failed === 0) {
      location.assign(`/workspace/pairs?programme=${encodeURIComponent(programme)}&done=proposed&count=${proposed}#notice`);
      return;
    }
    proposeButton.disabled = false;
    statusLine.textContent = textFailed.replace('{count}', String(failed));
  });
}

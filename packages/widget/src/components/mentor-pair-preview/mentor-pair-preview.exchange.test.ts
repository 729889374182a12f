import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { afterRun, deepActiveElement, find, findAll, sampleCohort, settled, WORKER_SRC } from '../../../test/pair-preview-fixtures.js';
import './mentor-pair-preview.js';
import type { MentorPairPreview } from './mentor-pair-preview.component.js';

async function loadedPreview(): Promise<MentorPairPreview> {
  const cohort = await sampleCohort();
  const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview
    worker-src=${WORKER_SRC}
    page-size="100"
    .mentors=${cohort.mentors}
    .mentees=${cohort.mentees}
    .programme=${cohort.programmes}
  ></mentor-pair-preview>`);
  await settled(element);
  return element;
}

const paired = (element: MentorPairPreview, menteeId: string) => element.suggestion?.pairs.find((p) => p.menteeId === menteeId);
const warningOf = (element: MentorPairPreview, menteeId: string) =>
  find<HTMLElement>(element, `[data-mentee="${menteeId}"] [part~="duplicate-warning"]`);

describe('<mentor-pair-preview> duplicates and exchanges', function () {
  // three runs and an axe check of a hundred rows
  (this as { timeout(ms: number): void }).timeout(30_000);

  it('pairs a person who registered twice once, warns at the row, and lets the coordinator keep the other record from the keyboard', async () => {
    const element = await loadedPreview();
    // e-ee-03 and e-ee-11: one person, one e-mail; the earlier submission takes part by default
    expect(paired(element, 'e-ee-11')).to.equal(undefined);
    const warning = warningOf(element, 'e-ee-03');
    expect(warning.closest('details'), 'not folded away').to.equal(null);
    expect(warning.textContent?.replace(/\s+/g, ' ')).to.contain('registered more than once').and.to.contain('Merike A.');
    expect(warning.textContent).to.contain('Merike A. (e-ee-03) and Merike A. (e-ee-11)').and.to.contain('Kept for pairing: Merike A. (e-ee-03).');
    await expect(element).to.be.accessible();

    const keep = warning.querySelector<HTMLButtonElement>('[data-keep="e-ee-11"]');
    if (!keep) throw new Error('no button to keep the other record');
    expect(keep.textContent).to.contain('Pair Merike A. (e-ee-11) instead');
    keep.focus();
    await afterRun(element, () => void sendKeys({ press: 'Enter' }));
    expect(element.suggestion?.pairs.some((p) => p.menteeId === 'e-ee-03')).to.equal(false);
    expect(element.suggestion?.unmatched.find((u) => u.menteeId === 'e-ee-03')?.reasons[0]?.params?.['keptMenteeId']).to.equal('e-ee-11');
    expect(element.currentConstraints.keep).to.deep.equal(['e-ee-11']);
    await waitUntil(() => deepActiveElement()?.closest('[data-mentee]')?.getAttribute('data-mentee') === 'e-ee-11', 'focus did not follow the kept record');
    expect(warningOf(element, 'e-ee-11').querySelector('[data-keep="e-ee-03"]')).to.not.equal(null);

    await afterRun(element, () => find(element, '#undo').click());
    expect(element.suggestion?.pairs.some((p) => p.menteeId === 'e-ee-11')).to.equal(false);
    expect(element.currentConstraints.keep ?? []).to.deep.equal([]);
  });

  it('keeps the record chosen for a person who registered twice when a pin is removed from the list', async () => {
    const element = await loadedPreview();
    const keep = warningOf(element, 'e-ee-03').querySelector<HTMLButtonElement>('[data-keep="e-ee-11"]');
    if (!keep) throw new Error('no button to keep the other record');
    await afterRun(element, () => keep.click());
    const pair = element.suggestion?.pairs.find((p) => p.menteeId !== 'e-ee-11');
    if (!pair) throw new Error('no pair to pin');
    await afterRun(element, () => element.pin(pair.menteeId, pair.mentorId));
    expect(element.currentConstraints.pins).to.have.length(1);
    await afterRun(element, () => find(element, '.constraints button').click());
    expect(element.currentConstraints.pins).to.deep.equal([]);
    expect(element.currentConstraints.keep).to.deep.equal(['e-ee-11']);
    expect(paired(element, 'e-ee-03')).to.equal(undefined);
  });

  it('offers exchanging mentors with another pair when every place is taken, shows both changes and announces the exchange', async () => {
    const element = await loadedPreview();
    const suggestion = element.suggestion;
    const pair = suggestion?.pairs.find((p) => !p.pinned && (suggestion.alternatives[p.menteeId] ?? []).some((a) => a.swap));
    if (!pair || !suggestion) throw new Error('the sample has no pair with an exchange');
    const alternative = suggestion.alternatives[pair.menteeId]?.find((a) => a.swap);
    const other = alternative?.swap;
    if (!alternative || !other) throw new Error('no exchange');
    const row = find(element, `tr[data-mentee="${pair.menteeId}"]`);
    expect(row.textContent).not.to.contain('No other mentor has room');
    const select = row.querySelector('select') as HTMLSelectElement;
    const option = [...select.options].find((o) => o.value === alternative.mentorId);
    expect(option?.textContent).to.match(/exchange with .+: [+−-]?\d+% here, [+−-]?\d+% for /);

    select.focus();
    const steps = [...select.options].indexOf(option as HTMLOptionElement) - select.selectedIndex;
    for (let i = 0; i < steps; i++) await sendKeys({ press: 'ArrowDown' });
    expect(select.value).to.equal(alternative.mentorId);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('data-action')).to.equal('swap');
    await afterRun(element, () => void sendKeys({ press: 'Enter' }));

    expect(paired(element, pair.menteeId)).to.include({ mentorId: alternative.mentorId, pinned: true });
    expect(paired(element, other.menteeId)).to.include({ mentorId: pair.mentorId, pinned: true });
    expect(find(element, '#announce').textContent).to.contain('Mentors exchanged:');
    expect(find(element, '#announce').closest('[role="status"], [aria-live]')).to.not.equal(null);

    await afterRun(element, () => find(element, '#undo').click());
    expect(paired(element, pair.menteeId)?.mentorId).to.equal(pair.mentorId);
    expect(paired(element, other.menteeId)?.mentorId).to.equal(alternative.mentorId);
    expect(findAll(element, '[part~="pinned-mark"]')).to.have.length(0);
  });
});

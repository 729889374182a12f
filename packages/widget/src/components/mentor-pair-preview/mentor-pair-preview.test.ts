import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_WEIGHTS, suggestPairs, type Suggestion } from '@mentor-finder/matcher';
import { afterRun, blobUrl, deepActiveElement, find, findAll, sampleCohort, settled, tableRows, WORKER_SRC } from '../../../test/pair-preview-fixtures.js';
import type { MentorPairPreviewErrorEvent, MentorPairPreviewResultEvent } from './mentor-pair-preview.events.js';
import './mentor-pair-preview.js';
import type { MentorPairPreview } from './mentor-pair-preview.component.js';

const pairsOf = (suggestion: Suggestion | undefined) => (suggestion?.pairs ?? []).map((p) => [p.menteeId, p.mentorId, p.score, p.pinned]);

async function loadedPreview(attributes: { pageSize?: number } = {}): Promise<{ element: MentorPairPreview; cohort: Awaited<ReturnType<typeof sampleCohort>> }> {
  const cohort = await sampleCohort();
  const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview
    worker-src=${WORKER_SRC}
    page-size=${attributes.pageSize ?? 100}
    .mentors=${cohort.mentors}
    .mentees=${cohort.mentees}
    .programme=${cohort.programmes}
  ></mentor-pair-preview>`);
  await settled(element);
  return { element, cohort };
}

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => undefined;
  return run().finally(() => (console.error = original));
}

describe('<mentor-pair-preview>', () => {
  describe('states', () => {
    it('is accessible when empty and says what to do', async () => {
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC}></mentor-pair-preview>`);
      await expect(element).to.be.accessible();
      expect(find(element, '[part~="state"]').textContent).to.contain('Load mentors and mentees');
      expect(find(element, '#file-mentors').getAttribute('type')).to.equal('file');
      expect(find(element, '#run').getAttribute('aria-disabled')).to.equal('true');
    });

    it('loads the sample cohort from the -src attributes and shows what suggestPairs gives', async () => {
      const cohort = await sampleCohort();
      const results: MentorPairPreviewResultEvent[] = [];
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview
        worker-src=${WORKER_SRC}
        page-size="100"
        mentors-src=${blobUrl(cohort.texts.mentors)}
        mentees-src=${blobUrl(cohort.texts.mentees)}
        programme-src=${blobUrl(cohort.texts.programmes)}
        @mentor-pair-preview-result=${(e: MentorPairPreviewResultEvent) => results.push(e)}
      ></mentor-pair-preview>`);
      await settled(element);
      const programme = cohort.programmes[0];
      const expected = suggestPairs({ mentors: cohort.mentors, mentees: cohort.mentees, ...(programme ? { programme } : {}) }, { weights: { ...DEFAULT_WEIGHTS } });
      expect(expected.pairs.length, 'the sample pairs someone').to.be.greaterThan(10);
      expect(pairsOf(element.suggestion)).to.deep.equal(pairsOf(expected));
      expect(element.suggestion?.unmatched.map((u) => u.menteeId)).to.deep.equal(expected.unmatched.map((u) => u.menteeId));
      expect(results).to.have.length(1);
      expect(results[0]?.detail.changes).to.equal(null);

      const shown = tableRows(element);
      expect(shown.map(([mentee, mentor]) => `${mentee}>${mentor}`).sort()).to.deep.equal(expected.pairs.map((p) => `${p.menteeId}>${p.mentorId}`).sort());
      const unmatched = findAll(element, '[part~="unmatched"] > li').map((li) => li.dataset['mentee']);
      expect(unmatched).to.deep.equal(expected.unmatched.map((u) => u.menteeId));
      expect(find(element, '[part~="unmatched"]').textContent).to.contain("No mentor speaks any of the mentee's languages");
      expect(find(element, '.statuses').textContent?.replace(/\s+/g, ' ')).to.contain(`Mentors: ${cohort.mentors.length} mentors`);
      expect(find(element, '.matched').textContent).to.equal(`${expected.stats.matched} of ${expected.stats.total} mentees matched`);
      const histogramTotal = findAll(element, '.histogram td.count').reduce((sum, td) => sum + Number(td.textContent), 0);
      expect(histogramTotal).to.equal(expected.pairs.length);
      const free = findAll(element, '[part~="free-mentors"] > li').map((li) => li.dataset['mentor']);
      expect(free.sort()).to.deep.equal(Object.entries(expected.stats.load).filter(([, l]) => l.remaining > 0).map(([id]) => id).sort());
      await expect(element).to.be.accessible();
    });

    it('shows no file pickers for the cohort when the page gives it (no-file-pickers), and still lists what was loaded', async () => {
      const cohort = await sampleCohort();
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview
        worker-src=${WORKER_SRC}
        no-file-pickers
        .mentors=${cohort.mentors}
        .mentees=${cohort.mentees}
        .programme=${cohort.programmes}
      ></mentor-pair-preview>`);
      await settled(element);
      expect(findAll(element, '#file-mentors, #file-mentees, #file-programmes, #file-mapping')).to.have.length(0);
      expect(find(element, '.statuses').textContent?.replace(/\s+/g, ' ')).to.contain(`Mentors: ${cohort.mentors.length} mentors`);
      // Pins and exclusions saved from an earlier session can still be loaded.
      expect(findAll(element, '#file-constraints')).to.have.length(1);
      await expect(element).to.be.accessible();
    });

    it('shows an accessible progress indicator while solving, and cancel keeps the last result', async () => {
      const { element } = await loadedPreview();
      const before = pairsOf(element.suggestion);
      // A worker that never answers holds the running state for as long as the test looks at it.
      element.workerSrc = '/packages/widget/test/pair-preview-silent-worker.js';
      element.run();
      await element.updateComplete;
      const progress = find(element, '[role="progressbar"]');
      expect(progress.getAttribute('aria-label')).to.equal('Finding the best pairs…');
      expect(progress.getAttribute('aria-valuetext')).to.match(/^Finding the best pairs… \d+ s$/);
      expect(find(element, '.results').getAttribute('aria-busy')).to.equal('true');
      expect(find(element, '#run').getAttribute('aria-disabled')).to.equal('true');
      await expect(element).to.be.accessible();
      find(element, '#cancel').focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[role="progressbar"]')).to.equal(null);
      expect(find(element, '.results').getAttribute('aria-busy')).to.equal('false');
      expect(find(element, '#announce').textContent).to.contain('Stopped');
      expect(pairsOf(element.suggestion)).to.deep.equal(before);
      await expect(element).to.be.accessible();
    });

    it('solves on the main thread when the worker cannot start, and says so in the console', async () => {
      const cohort = await sampleCohort();
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview
          worker-src="/packages/widget/test/fixtures/no-such-worker.js"
          .mentors=${cohort.mentors}
          .mentees=${cohort.mentees}
        ></mentor-pair-preview>`);
        await settled(element);
        const expected = suggestPairs({ mentors: cohort.mentors, mentees: cohort.mentees }, { weights: { ...DEFAULT_WEIGHTS } });
        expect(pairsOf(element.suggestion)).to.deep.equal(pairsOf(expected));
        expect(warnings.some((w) => w.includes('main thread'))).to.equal(true);
      } finally {
        console.warn = original;
      }
    });

    it('lists invalid records with row and field, uses the valid ones, and reports them', async () => {
      const cohort = await sampleCohort();
      const mentees: unknown[] = [...cohort.mentees];
      mentees.splice(2, 0, { ...cohort.mentees[0], id: 'e-broken-1', languages: 'et' });
      const errors: MentorPairPreviewErrorEvent[] = [];
      await quietly(async () => {
        const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview
          worker-src=${WORKER_SRC}
          @mentor-pair-preview-error=${(e: MentorPairPreviewErrorEvent) => errors.push(e)}
          .mentors=${cohort.mentors}
          .mentees=${mentees}
        ></mentor-pair-preview>`);
        await settled(element);
        const issue = find(element, '[part~="issues"] li[data-row="3"]');
        expect(issue.dataset['field']).to.equal('languages');
        expect(issue.textContent?.replace(/\s+/g, ' ')).to.contain('Mentees, row 3 (e-broken-1), field “languages”');
        expect(find(element, '[part~="issues"] [role="alert"]').textContent).to.contain('1 problem in the data');
        expect(errors.map((e) => [e.detail.code, e.detail.source])).to.deep.equal([['invalid-records', 'mentees']]);
        expect(element.suggestion?.stats.total).to.equal(cohort.mentees.length);
        await expect(element).to.be.accessible();
      });
    });

    it('reports a load failure by source and cause', async () => {
      const errors: MentorPairPreviewErrorEvent[] = [];
      await quietly(async () => {
        const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview
          worker-src=${WORKER_SRC}
          mentors-src="/packages/widget/test/fixtures/missing.json"
          @mentor-pair-preview-error=${(e: MentorPairPreviewErrorEvent) => errors.push(e)}
        ></mentor-pair-preview>`);
        await waitUntil(() => errors.length > 0, 'no error event');
        await element.updateComplete;
        expect(errors[0]?.detail).to.include({ code: 'load-failed', source: 'mentors' });
        expect(find(element, '.status--error').textContent).to.contain('Mentors could not be loaded (HTTP 404)');
        await expect(element).to.be.accessible();
      });
    });

    it('shows names from the data as text, never as markup', async () => {
      const cohort = await sampleCohort();
      const markup = '<img src=x onerror="window.__pairPreviewXss=1">Mari';
      const mentees = cohort.mentees.map((m, i) => (i === 0 ? { ...m, displayName: markup } : m));
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC} page-size="100" .mentors=${cohort.mentors} .mentees=${mentees}></mentor-pair-preview>`);
      await settled(element);
      const id = cohort.mentees[0]?.id ?? '';
      const place = element.shadowRoot?.querySelector(`[data-mentee="${id}"] .name`);
      expect(place?.textContent).to.equal(markup);
      expect(element.shadowRoot?.querySelector('img')).to.equal(null);
      expect((window as { __pairPreviewXss?: number }).__pairPreviewXss).to.equal(undefined);
    });
  });

  it('compares a run only with one on the same lists: a programme loaded after the people gives a first run', async () => {
    const cohort = await sampleCohort();
    const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC} .mentors=${cohort.mentors} .mentees=${cohort.mentees}></mentor-pair-preview>`);
    await settled(element);
    expect(element.suggestion).to.not.equal(undefined);
    await afterRun(element, () => (element.programme = cohort.programmes));
    const inProgramme = new Set(cohort.mentees.filter((m) => m.programmeId === cohort.programmes[0]?.id).map((m) => m.id));
    expect(element.suggestion?.pairs.every((p) => inProgramme.has(p.menteeId)), 'the programme applies').to.equal(true);
    expect(find(element, '#announce').textContent).to.match(/^First run: \d+ pairs? suggested\.$/);
    expect(find(element, '[part~="change-summary"]').textContent?.trim()).to.match(/^First run: /);
  });

  describe('pin, exclude, swap and undo', () => {
    it('excluding a pair re-runs without it, highlights what changed, and undo brings it back', async () => {
      const { element, cohort } = await loadedPreview();
      const programme = cohort.programmes[0];
      const first = element.suggestion?.pairs[0];
      if (!first || !programme) throw new Error('no pair to exclude');
      const original = pairsOf(element.suggestion);
      const row = find(element, `tr[data-mentee="${first.menteeId}"]`);
      await afterRun(element, () => row.querySelector<HTMLButtonElement>('[data-action="exclude"]')?.click());

      const expected = suggestPairs(
        { mentors: cohort.mentors, mentees: cohort.mentees, programme, exclusions: [{ menteeId: first.menteeId, mentorId: first.mentorId }] },
        { weights: { ...DEFAULT_WEIGHTS } },
      );
      expect(pairsOf(element.suggestion)).to.deep.equal(pairsOf(expected));
      expect(element.suggestion?.pairs.some((p) => p.menteeId === first.menteeId && p.mentorId === first.mentorId)).to.equal(false);
      const changed = findAll(element, 'tr[data-change]');
      expect(changed.length).to.be.greaterThan(0);
      expect(find(element, '[part~="change-summary"]').textContent).to.match(/Since the last run: .*changed\./);
      expect(find(element, '.constraints').textContent).to.contain('never with');
      await expect(element).to.be.accessible();

      await afterRun(element, () => find(element, '#undo').click());
      expect(pairsOf(element.suggestion)).to.deep.equal(original);
      expect(element.currentConstraints.exclusions).to.deep.equal([]);
    });

    it('pinning keeps a pair through re-runs with other weights, and marks it', async () => {
      const { element, cohort } = await loadedPreview();
      const programme = cohort.programmes[0];
      const target = element.suggestion?.pairs.find((p) => p.score < 0.9) ?? element.suggestion?.pairs[0];
      if (!target || !programme) throw new Error('no pair to pin');
      const pinButton = find(element, `tr[data-mentee="${target.menteeId}"] [data-action="pin"]`);
      expect(pinButton.getAttribute('aria-pressed')).to.equal('false');
      await afterRun(element, () => pinButton.click());
      const pinned = element.suggestion?.pairs.find((p) => p.menteeId === target.menteeId);
      expect(pinned).to.include({ mentorId: target.mentorId, pinned: true });
      expect(find(element, `tr[data-mentee="${target.menteeId}"] [data-action="pin"]`).getAttribute('aria-pressed')).to.equal('true');
      expect(find(element, `tr[data-mentee="${target.menteeId}"] [part~="pinned-mark"]`).textContent).to.equal('pinned');

      const slider = find<HTMLInputElement>(element, '#weight-topics');
      slider.value = '0';
      slider.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(find(element, 'output[for="weight-topics"]').textContent).to.equal('0.00');
      // Shown with the page language's decimal sign, as the exports write numbers.
      element.lang = 'fi';
      await waitUntil(() => find(element, 'output[for="weight-topics"]').textContent === '0,00', 'not in the Finnish number format', { timeout: 10_000 });
      element.lang = 'en';
      await element.updateComplete;
      await afterRun(element, () => find(element, '#run').click());
      const expected = suggestPairs(
        { mentors: cohort.mentors, mentees: cohort.mentees, programme, pins: [{ menteeId: target.menteeId, mentorId: target.mentorId }] },
        { weights: { ...DEFAULT_WEIGHTS, topics: 0 } },
      );
      expect(pairsOf(element.suggestion)).to.deep.equal(pairsOf(expected));
      expect(element.suggestion?.pairs.find((p) => p.menteeId === target.menteeId)?.mentorId).to.equal(target.mentorId);
      await expect(element).to.be.accessible();
    });

    it('swapping gives the mentee the chosen alternative, as a pin', async () => {
      const { element, cohort } = await loadedPreview();
      // The sample fills every free place; one more place per mentor leaves alternatives to swap to.
      const roomier = cohort.mentors.map((m) => ({ ...m, capacity: { ...m.capacity, maxMentees: Math.min(10, m.capacity.maxMentees + 1) } }));
      await afterRun(element, () => (element.mentors = roomier));
      const pair = element.suggestion?.pairs.find((p) => (element.suggestion?.alternatives[p.menteeId] ?? []).length > 0);
      if (!pair) throw new Error('no pair with alternatives');
      const alternative = element.suggestion?.alternatives[pair.menteeId]?.[0]?.mentorId ?? '';
      const row = find(element, `tr[data-mentee="${pair.menteeId}"]`);
      const select = row.querySelector('select') as HTMLSelectElement;
      expect([...select.options].map((o) => o.value)).to.deep.equal(element.suggestion?.alternatives[pair.menteeId]?.map((a) => a.mentorId));
      select.value = alternative;
      await afterRun(element, () => row.querySelector<HTMLButtonElement>('[data-action="swap"]')?.click());
      expect(element.suggestion?.pairs.find((p) => p.menteeId === pair.menteeId)).to.include({ mentorId: alternative, pinned: true });
      expect(element.currentConstraints.pins).to.deep.equal([{ menteeId: pair.menteeId, mentorId: alternative }]);
      expect(find(element, `tr[data-mentee="${pair.menteeId}"]`).dataset['change']).to.equal('changed');
    });
  });

  describe('programme settings', () => {
    it('says when no mentee or mentor of the files belongs to the programme, rather than that everyone has a mentor', async () => {
      const { element, cohort } = await loadedPreview();
      const hint = (section: string) => element.shadowRoot?.querySelector(`section[aria-labelledby="${section}"] .hint`)?.textContent ?? '';
      expect(hint('unmatched-title') + hint('free-title')).not.to.contain('belongs to this programme');
      const elsewhere = { ...cohort.programmes[0]!, id: 'another-programme-2027' };
      await afterRun(element, () => (element.programme = [elsewhere]));
      expect(element.suggestion?.stats.total).to.equal(0);
      expect(hint('unmatched-title')).to.equal('No mentee in the loaded files belongs to this programme.');
      expect(hint('free-title')).to.equal('No mentor in the loaded files belongs to this programme.');
    });

    it('applies the programme picked in the select and the relationship dates typed in', async () => {
      const { element, cohort } = await loadedPreview();
      const association = cohort.programmes.find((p) => p.id === 'career-mentoring-2025-26');
      if (!association) throw new Error('no association programme in the sample');
      const select = find<HTMLSelectElement>(element, '#programme');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['', ...cohort.programmes.map((p) => p.id)]);
      select.value = association.id;
      select.dispatchEvent(new Event('change'));
      const start = find<HTMLInputElement>(element, '#relationship-start');
      const end = find<HTMLInputElement>(element, '#relationship-end');
      start.value = '2026-05-04';
      start.dispatchEvent(new Event('change'));
      end.value = '2026-12-18';
      end.dispatchEvent(new Event('change'));
      await afterRun(element, () => find(element, '#run').click());
      const expected = suggestPairs(
        { mentors: cohort.mentors, mentees: cohort.mentees, programme: association },
        { weights: { ...DEFAULT_WEIGHTS }, relationship: { start: '2026-05-04', end: '2026-12-18' } },
      );
      const withoutDates = suggestPairs({ mentors: cohort.mentors, mentees: cohort.mentees, programme: association }, { weights: { ...DEFAULT_WEIGHTS } });
      expect(pairsOf(element.suggestion)).to.deep.equal(pairsOf(expected));
      expect(element.suggestion?.stats.total).to.equal(cohort.mentees.filter((m) => m.programmeId === association.id).length);
      expect(pairsOf(expected), 'the dates matter in this programme').to.not.deep.equal(pairsOf(withoutDates));
    });

    it('says when the relationship would end before it starts, and uses the programme’s dates meanwhile', async () => {
      const { element, cohort } = await loadedPreview();
      const association = cohort.programmes.find((p) => p.id === 'career-mentoring-2025-26');
      if (!association) throw new Error('no association programme in the sample');
      const select = find<HTMLSelectElement>(element, '#programme');
      select.value = association.id;
      select.dispatchEvent(new Event('change'));
      const end = find<HTMLInputElement>(element, '#relationship-end');
      end.value = '2025-01-01';
      end.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(find(element, '#dates-error').textContent).to.equal('The relationship ends before it starts; the programme’s dates are used until this is corrected.');
      for (const field of [end, find<HTMLInputElement>(element, '#relationship-start')]) {
        expect(field.getAttribute('aria-invalid'), field.id).to.equal('true');
        expect(field.getAttribute('aria-describedby'), field.id).to.contain('dates-error');
      }
      await afterRun(element, () => find(element, '#run').click());
      const programmeDates = suggestPairs({ mentors: cohort.mentors, mentees: cohort.mentees, programme: association }, { weights: { ...DEFAULT_WEIGHTS } });
      expect(pairsOf(element.suggestion)).to.deep.equal(pairsOf(programmeDates));
      end.value = '';
      end.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('#dates-error')).to.equal(null);
      await expect(element).to.be.accessible();
    });
  });

  describe('table', () => {
    it('sorts by keyboard with aria-sort, and filters by text', async () => {
      const { element } = await loadedPreview();
      const headers = findAll(element, 'thead th');
      expect(headers[0]?.getAttribute('aria-sort')).to.equal('ascending');
      const scoreButton = find(element, 'button[data-column="score"]');
      scoreButton.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(findAll(element, 'thead th')[2]?.getAttribute('aria-sort')).to.equal('descending');
      expect(findAll(element, 'thead th')[0]?.getAttribute('aria-sort')).to.equal('none');
      const scores = findAll(element, 'tbody td.score').map((td) => Number(td.textContent?.replace('%', '')));
      expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(findAll(element, 'thead th')[2]?.getAttribute('aria-sort')).to.equal('ascending');

      const filter = find<HTMLInputElement>(element, '#filter');
      // The count's live region is there, empty, before the first filter, so its first count is read out.
      const count = find(element, '#filter-count');
      expect(count.getAttribute('role')).to.equal('status');
      expect(count.textContent?.trim()).to.equal('');
      filter.focus();
      await sendKeys({ type: 'e-lt' });
      await element.updateComplete;
      const rows = tableRows(element);
      expect(rows.length).to.be.greaterThan(0);
      expect(rows.every(([mentee, mentor]) => mentee.includes('e-lt') || mentor.includes('e-lt'))).to.equal(true);
      expect(find(element, '#filter-count')).to.equal(count);
      expect(count.textContent).to.contain(`${rows.length} of`);
    });

    it('pins a pair from the keyboard and keeps focus on that row', async () => {
      const { element } = await loadedPreview();
      const first = tableRows(element)[0]?.[0] ?? '';
      const pin = find(element, `tr[data-mentee="${first}"] [data-action="pin"]`);
      pin.focus();
      await afterRun(element, () => void sendKeys({ press: 'Space' }));
      await waitUntil(() => deepActiveElement()?.closest('tr')?.getAttribute('data-mentee') === first, 'focus left the row');
      expect(deepActiveElement()?.getAttribute('aria-pressed')).to.equal('true');
      // A toggle keeps its name (the state is aria-pressed, read out once), and looks pressed.
      const pressed = deepActiveElement() as HTMLElement;
      const other = findAll(element, 'tbody tr[data-mentee] [data-action="pin"][aria-pressed="false"]')[0]!;
      const name = (button: Element) => {
        const copy = button.cloneNode(true) as Element;
        copy.querySelector('.visually-hidden')?.remove();
        return copy.textContent?.trim();
      };
      expect(name(pressed)).to.equal('Pin');
      expect(name(other)).to.equal('Pin');
      expect(getComputedStyle(pressed).backgroundColor).not.to.equal(getComputedStyle(other).backgroundColor);
    });

    it('swaps a mentor from the keyboard: choose in the list, then the swap button', async () => {
      const { element, cohort } = await loadedPreview();
      const roomier = cohort.mentors.map((m) => ({ ...m, capacity: { ...m.capacity, maxMentees: Math.min(10, m.capacity.maxMentees + 1) } }));
      await afterRun(element, () => (element.mentors = roomier));
      const row = findAll(element, 'tbody tr[data-mentee]').find((tr) => (tr.querySelector('select')?.options.length ?? 0) > 1);
      if (!row) throw new Error('no row with two alternatives');
      const menteeId = row.dataset['mentee'] ?? '';
      const second = row.querySelector('select')?.options[1]?.value;
      row.querySelector('select')?.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.getAttribute('data-action')).to.equal('swap');
      await afterRun(element, () => void sendKeys({ press: 'Enter' }));
      expect(element.suggestion?.pairs.find((p) => p.menteeId === menteeId)).to.include({ mentorId: second, pinned: true });
    });

    it('speaks the page language: Estonian headings and reasons', async () => {
      const cohort = await sampleCohort();
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview lang="et" worker-src=${WORKER_SRC} .mentors=${cohort.mentors} .mentees=${cohort.mentees} .programme=${cohort.programmes}></mentor-pair-preview>`);
      await settled(element);
      expect(find(element, '#summary-title').textContent).to.equal('Kokkuvõte');
      expect(find(element, 'thead th button[data-column="mentee"]').textContent).to.contain('Mentii');
      expect(find(element, '.base').getAttribute('lang')).to.equal('et');
      element.lang = 'lv';
      await element.updateComplete;
      expect(find(element, '#summary-title').textContent).to.equal('Kopsavilkums');
    });
  });
});

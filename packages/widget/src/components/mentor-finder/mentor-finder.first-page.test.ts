// Its own file: the page must not have loaded the validator or made a collator before these tests.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sampleMentors, shadow } from '../../../test/helpers.js';
import type { MentorFinder } from './mentor-finder.component.js';
import type { MentorFinderErrorDetail } from '../../events/mentor-finder-error.js';

const jsonUrl = (data: unknown): string => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
const names = (finder: MentorFinder): string[] => [...shadow(finder).querySelectorAll('[part~="name"]')].map((name) => name.textContent ?? '');

/** Runs `check` on the first frame that shows a card (before that frame paints). */
function onFirstCard(finder: () => MentorFinder | null, check: (finder: MentorFinder) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = (): void => {
      const found = finder();
      if (found?.shadowRoot?.querySelector('[part~="card"]')) {
        try {
          check(found);
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Each element's box, in whole pixels. */
const boxes = (elements: Iterable<Element>): number[][] =>
  [...elements].map((element) => {
    const box = element.getBoundingClientRect();
    return [box.x, box.y, box.width, box.height].map(Math.round);
  });

describe('<mentor-finder> first page', () => {
  it('draws the first cards in name order before validating the list or making a collator, then keeps only valid mentors', async () => {
    const mentors = await sampleMentors();
    // A record a card can show but the schema refuses (no such status), sorted first by name.
    const invalid = { ...mentors[0]!, id: 'not-valid', displayName: 'Aapo A.', status: 'sleeping' };
    const Collator = Intl.Collator;
    let collators = 0;
    Intl.Collator = new Proxy(Collator, { construct: (target, args: ConstructorParameters<typeof Intl.Collator>) => ((collators += 1), new target(...args)) });
    // Room for every module the page loaded, so the validator's request is not dropped from the list.
    performance.setResourceTimingBufferSize(10_000);
    const reports: MentorFinderErrorDetail[] = [];
    let first: { names: string[]; collators: number; validated: boolean } | undefined;
    try {
      const drawn = onFirstCard(
        () => document.querySelector<MentorFinder>('mentor-finder'),
        (finder) => (first = { names: names(finder), collators, validated: performance.getEntriesByType('resource').some((entry) => entry.name.includes('public-mentor-validation')) }),
      );
      const finder = await fixture<MentorFinder>(
        html`<mentor-finder lang="fi" src=${jsonUrl([...mentors, invalid])} @mentor-finder-error=${(event: CustomEvent<MentorFinderErrorDetail>) => reports.push(event.detail)}></mentor-finder>`,
      );
      await drawn;
      await finder.updateComplete;
      const collator = new Collator('fi');
      const byName = [...mentors, invalid].map((mentor) => mentor.displayName).sort(collator.compare);
      expect(first?.collators).to.equal(0);
      expect(first?.validated).to.equal(false);
      expect(first?.names).to.deep.equal(byName.slice(0, first?.names.length));
      expect(first?.names[0]).to.equal('Aapo A.');
      // Validated: the refused record is gone and reported, the rest in the collator's order.
      expect(names(finder)).to.deep.equal(byName.filter((name) => name !== 'Aapo A.').slice(0, 24));
      expect(reports.map((report) => report.code)).to.deep.equal(['invalid-records']);
    } finally {
      Intl.Collator = Collator;
    }
  });

  it('draws a first page of the programme\'s mentors only', async () => {
    const mentors = await sampleMentors();
    // Enough mentors of another programme, first by name, for a first page of their own.
    const others = Array.from({ length: 40 }, (_, i) => ({ ...mentors[0]!, id: `other-${i}`, displayName: `Aa ${i}`, programmeId: 'other-programme' }));
    let first: string[] | undefined;
    // Any frame that says there are no mentors, while they are loading.
    let saidEmpty = false;
    const watch = (): void => {
      saidEmpty ||= Boolean(document.querySelector('mentor-finder[programme]')?.shadowRoot?.querySelector('.state--empty'));
      if (!first) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const drawn = onFirstCard(
      () => document.querySelector<MentorFinder>('mentor-finder[programme]'),
      (finder) => (first = names(finder)),
    );
    const finder = await fixture<MentorFinder>(html`<mentor-finder programme="career-mentoring-2025-26" src=${jsonUrl([...others, ...mentors])}></mentor-finder>`);
    await drawn;
    await finder.updateComplete;
    const career = mentors.filter((mentor) => mentor.programmeId === 'career-mentoring-2025-26').map((mentor) => mentor.displayName);
    expect(saidEmpty).to.equal(false);
    expect(first?.length).to.be.greaterThan(0);
    expect(first?.every((name) => career.includes(name))).to.equal(true);
    expect(names(finder).sort()).to.deep.equal([...career].sort());
  });

  // Form controls are slow to create and lay out; the first frame with cards has boxes of their
  // size in their place, so the cards paint sooner and nothing moves when the lists arrive.
  for (const fontSize of ['16px', '28px']) {
    it(`draws boxes where the filter lists go in its first frame, which the lists then take without moving anything (${fontSize} text)`, async () => {
      const mentors = await sampleMentors();
      const finderIn = (): MentorFinder | null => document.querySelector<MentorFinder>('mentor-finder.first-frame');
      const selectsAt = (root: ShadowRoot): Element[] => [...root.querySelectorAll('.filters .field:not(.checkbox) > :last-child')];
      let first: { selects: number; boxes: number[][]; cards: number[][] } | undefined;
      const drawn = onFirstCard(finderIn, (finder) => {
        const root = shadow(finder);
        first = { selects: root.querySelectorAll('select').length, boxes: boxes(selectsAt(root)), cards: boxes(root.querySelectorAll('[part~="card"]')) };
      });
      const finder = await fixture<MentorFinder>(html`<mentor-finder class="first-frame" style="font-size: ${fontSize}; width: 60rem" src=${jsonUrl(mentors)}></mentor-finder>`);
      await drawn;
      await waitUntil(() => shadow(finder).querySelectorAll('.filters select').length === 5, 'the filter lists never came', { timeout: 3000 });
      const root = shadow(finder);
      expect(first?.selects).to.equal(0);
      expect(first?.boxes.length).to.equal(5);
      expect(first?.boxes).to.deep.equal(boxes(selectsAt(root)));
      expect(first?.cards).to.deep.equal(boxes(root.querySelectorAll('[part~="card"]')).slice(0, first?.cards.length));
    });
  }
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sampleCohort } from '../../../test/pair-preview-fixtures.js';
import type { MentorPairPreview } from './mentor-pair-preview.component.js';

// Runs the built files (npm run build; dist/mentor-pair-preview.js and dist/mentor-pair-worker.js)
// under the strict policy of the `csp` group: no inline script or style, workers from 'self' only.
const CDN_FILE = '/packages/widget/dist/mentor-pair-preview.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));

describe('dist/mentor-pair-preview.js (CDN build)', () => {
  it('defines <mentor-pair-preview> on import, and importing it twice is harmless', async () => {
    const module = (await import(CDN_FILE)) as { MentorPairPreview: CustomElementConstructor };
    expect(customElements.get('mentor-pair-preview')).to.equal(module.MentorPairPreview);
    await import(`${CDN_FILE}?again`);
    expect(customElements.get('mentor-pair-preview')).to.equal(module.MentorPairPreview);
  });

  it('solves the sample cohort in its worker from beside the script, with no policy violation', async () => {
    await import(CDN_FILE);
    const cohort = await sampleCohort();
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview .mentors=${cohort.mentors} .mentees=${cohort.mentees} .programme=${cohort.programmes}></mentor-pair-preview>`);
      await waitUntil(() => element.suggestion !== undefined, 'no result', { timeout: 20_000 });
      await element.updateComplete;
      expect(element.suggestion?.pairs.length).to.be.greaterThan(10);
      expect(element.shadowRoot?.querySelectorAll('tbody tr[data-mentee]').length).to.be.greaterThan(10);
      expect(warnings, 'solved in the worker, no fallback').to.deep.equal([]);
      expect(violations).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
  });
});

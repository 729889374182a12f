import { expect, fixture, html } from '@open-wc/testing';
import type { MentorFinder } from './components/mentor-finder/mentor-finder.component.js';

// Runs the built, minified CDN file (build first) under the strict policy of the `csp` group.
const CDN_FILE = '/packages/widget/dist/mentor-finder.js';
const MENTORS_URL = '/packages/widget/test/fixtures/mentors.public.json';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));

describe('dist/mentor-finder.js (CDN build)', () => {
  it('defines <mentor-finder> on import, and importing it twice is harmless', async () => {
    expect(customElements.get('mentor-finder')).to.equal(undefined);
    const module = (await import(CDN_FILE)) as { MentorFinder: CustomElementConstructor };
    expect(customElements.get('mentor-finder')).to.equal(module.MentorFinder);
    expect(customElements.get('mentor-contact-dialog')).to.be.a('function');
    await import(`${CDN_FILE}?again`);
    expect(customElements.get('mentor-finder')).to.equal(module.MentorFinder);
  });

  it('loads, validates and lists mentors with no policy violation', async () => {
    await import(CDN_FILE);
    const element = await fixture<MentorFinder>(html`<mentor-finder src=${MENTORS_URL} endpoint="/__test__/contact/201"></mentor-finder>`);
    const root = element.shadowRoot as ShadowRoot;
    for (let i = 0; i < 100 && !root.querySelector('[part~="card"]'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelectorAll('[part~="card"]').length).to.equal(24);
    expect(root.querySelector('[part~="results-count"]')?.textContent?.trim()).to.equal('38 mentors found');
    expect(violations).to.deep.equal([]);
  });
});

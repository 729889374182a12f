import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// Runs the built file (npm run build; dist/mentor-registration.js) under the strict policy of the
// `csp` group: no inline script or style, no eval, requests to 'self' only.
const CDN_FILE = '/packages/widget/dist/mentor-registration.js';
const PROGRAMMES = '/packages/widget/test/fixtures/programmes.json';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));

describe('dist/mentor-registration.js (CDN build)', () => {
  it('defines <mentor-registration> on import, apart from the finder', async () => {
    const module = (await import(CDN_FILE)) as { MentorRegistration: CustomElementConstructor };
    expect(customElements.get('mentor-registration')).to.equal(module.MentorRegistration);
    expect(customElements.get('mentor-finder')).to.equal(undefined);
  });

  it('renders the form from the programme file and shows schema errors with no policy violation', async () => {
    await import(CDN_FILE);
    const element = await fixture(html`<mentor-registration src=${PROGRAMMES} programme="career-mentoring-2025-26" kind="mentor" lang="fi"></mentor-registration>`);
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector('#certificateType'), 'no form', { timeout: 5000 });
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root.querySelector('#givenName-error'), 'no errors');
    expect(root.querySelector('#givenName-error')?.textContent).to.equal('Tämä kenttä on pakollinen.');
    expect(getComputedStyle(root.querySelector('.section')!).borderTopStyle).to.equal('solid');
    expect(violations).to.deep.equal([]);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cards, choose, dialogOf, dialogPart, MENTORS_URL, part, ready, shadow, typeInto } from '../../../test/helpers.js';
import type { MentorFinder } from './mentor-finder.component.js';

// This file runs in the `csp` group, whose page sets the policy in a meta tag:
// `script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'` and no unsafe-inline or unsafe-eval.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));

const ENDPOINT = '/__test__/contact/201';
// The test server serves every source module on its own; the default buffer of 250 entries would
// drop the last requests of the page.
performance.setResourceTimingBufferSize(5_000);
/** Modules of the widget and its dependencies, as the test server serves them from the repository. */
const OWN_MODULE = /^\/(packages\/(widget|matcher)|node_modules)\/[^?#]+\.(ts|js|mjs)$/;

describe('<mentor-finder> under a strict Content Security Policy', () => {
  it('runs on a page that really forbids eval and reports violations', async () => {
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(policy, 'this page has no policy: run the file in its group (web-test-runner --group csp)').to.be.a('string');
    expect(() => eval('1')).to.throw(EvalError);
    expect(() => new Function('return 1')).to.throw(EvalError);
    await waitUntil(() => violations.length === 2, 'violations were not reported');
    expect(violations.every((violation) => violation.startsWith('script-src'))).to.equal(true);
    violations.length = 0;
  });

  it('works fully: loads, searches, filters, ranks, sends a request, with no violation and constructable styles', async () => {
    const element = await fixture<MentorFinder>(html`<mentor-finder src=${MENTORS_URL} endpoint=${ENDPOINT} debounce="0"></mentor-finder>`);
    await ready(element);
    expect(cards(element).length).to.equal(24);
    typeInto(part(element, '#search') as HTMLInputElement, 'Quality Label');
    await element.updateComplete;
    choose(part(element, '#filter-countries') as HTMLSelectElement, 'EE');
    await element.updateComplete;
    expect(cards(element).length).to.be.greaterThan(0);

    part(element, '[part~="contact-button"]').click();
    await waitUntil(() => (dialogPart(element, 'dialog') as HTMLDialogElement).open, 'dialog did not open');
    typeInto(dialogPart(element, '#name') as HTMLInputElement, 'Mari Maasikas');
    typeInto(dialogPart(element, '#email') as HTMLInputElement, 'mari@example.org');
    typeInto(dialogPart(element, '#message') as HTMLTextAreaElement, 'Tere! Otsin partnerit oma eTwinningu projektile.');
    (dialogPart(element, '#consent') as HTMLInputElement).click();
    dialogPart(element, 'button[type="submit"]').click();
    await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'not sent');
    dialogPart(element, '[part~="confirmation"] ~ .actions button').click();

    part(element, '#tab-match').click();
    await element.updateComplete;
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, 'partner finding and quality label');
    part(element, '.match-form button[type="submit"]').click();
    // The ranking part is imported on demand.
    await waitUntil(() => shadow(element).querySelector('.match-results [part~="card"]'), 'no ranked mentors', { timeout: 5000 });

    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal([]);
    for (const root of [shadow(element), shadow(dialogOf(element))]) {
      expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(root.querySelectorAll('style, [style]').length).to.equal(0);
    }
    expect(getComputedStyle(part(element, '[part~="tab"]')).fontWeight).to.equal('600');
  });

  it('sends requests only to src and endpoint', async () => {
    const start = performance.now();
    const fetched: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(new URL(String(input instanceof Request ? input.url : input), location.href).pathname);
      return original(input, init);
    };
    try {
      const element = await fixture<MentorFinder>(html`<mentor-finder src=${MENTORS_URL} endpoint=${ENDPOINT} debounce="0"></mentor-finder>`);
      await ready(element);
      part(element, '[part~="show-more"]').click();
      part(element, '#tab-match').click();
      await element.updateComplete;
      part(element, '.match-form button[type="submit"]').click();
      await waitUntil(() => shadow(element).querySelector('.match-results'), 'no ranked mentors', { timeout: 5000 });
      part(element, '#tab-browse').click();
      await element.updateComplete;
      part(element, '[part~="contact-button"]').click();
      await waitUntil(() => (dialogPart(element, 'dialog') as HTMLDialogElement).open, 'dialog did not open');
      typeInto(dialogPart(element, '#name') as HTMLInputElement, 'Mari Maasikas');
      typeInto(dialogPart(element, '#email') as HTMLInputElement, 'mari@example.org');
      typeInto(dialogPart(element, '#message') as HTMLTextAreaElement, 'Tere! Otsin partnerit oma eTwinningu projektile.');
      (dialogPart(element, '#consent') as HTMLInputElement).click();
      dialogPart(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'not sent');
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      window.fetch = original;
    }
    expect(fetched).to.deep.equal([MENTORS_URL, ENDPOINT]);
    const resources = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= start)
      .map((entry) => new URL(entry.name));
    // Besides the data and the endpoint, only the element's own modules (parts imported on demand).
    expect(resources.filter((url) => url.origin !== location.origin)).to.deep.equal([]);
    const paths = resources.map((url) => url.pathname);
    expect(paths.filter((path) => !OWN_MODULE.test(path))).to.deep.equal([MENTORS_URL, ENDPOINT]);
    expect(violations).to.deep.equal([]);
  });
});

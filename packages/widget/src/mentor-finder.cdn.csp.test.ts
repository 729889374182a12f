import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { EN_LABELS, ET_LABELS, FI_LABELS, LT_LABELS, LV_LABELS, type PublicMentor } from '@mentor-finder/matcher';
import type { MentorFinder } from './components/mentor-finder/mentor-finder.component.js';

// Runs the built, minified CDN files (build first) under the strict policy of the `csp` group: the
// entry, and the chunks it imports on demand from beside itself.
const DIST = '/packages/widget/dist/';
const CDN_FILE = `${DIST}mentor-finder.js`;
const MENTORS_URL = '/packages/widget/test/fixtures/mentors.public.json';
const ENDPOINT = '/__test__/contact/201';
const OWN_CHUNK = /^\/packages\/widget\/dist\/mentor-finder-[\w-]+\.js$/;

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));

function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no open shadow root`);
  return element.shadowRoot;
}

describe('dist/mentor-finder.js (CDN build)', () => {
  it('defines <mentor-finder> on import, and importing it twice is harmless', async () => {
    expect(customElements.get('mentor-finder')).to.equal(undefined);
    const module = (await import(CDN_FILE)) as { MentorFinder: CustomElementConstructor };
    expect(customElements.get('mentor-finder')).to.equal(module.MentorFinder);
    expect(customElements.get('mentor-contact-dialog'), 'defined when contact is offered').to.equal(undefined);
    await import(`${CDN_FILE}?again`);
    expect(customElements.get('mentor-finder')).to.equal(module.MentorFinder);
  });

  it('carries the English vocabulary labels only; each other language’s arrive with its strings', async () => {
    const entry = await (await fetch(CDN_FILE)).text();
    expect(entry).to.contain(EN_LABELS.topic['partner-finding']);
    for (const labels of [ET_LABELS, FI_LABELS, LT_LABELS, LV_LABELS]) expect(entry).not.to.contain(labels.topic['partner-finding']);
  });

  it('loads, validates and lists mentors with no policy violation', async () => {
    await import(CDN_FILE);
    const element = await fixture<MentorFinder>(html`<mentor-finder src=${MENTORS_URL} endpoint=${ENDPOINT}></mentor-finder>`);
    const root = shadow(element);
    await waitUntil(() => root.querySelector('[part~="card"]'), 'no cards', { timeout: 5000 });
    // The first frame draws the first cards; the rest of the page follows.
    await element.updateComplete;
    expect(root.querySelectorAll('[part~="card"]').length).to.equal(24);
    expect(root.querySelector('[part~="results-count"]')?.textContent?.trim()).to.equal('38 mentors found');
    await waitUntil(() => customElements.get('mentor-contact-dialog'), 'contact dialog never defined', { timeout: 5000 });
    expect(violations).to.deep.equal([]);
  });

  it('loads its language and ranking parts and the contact validator from beside the entry, and nothing else', async () => {
    const start = performance.now();
    await import(CDN_FILE);
    const element = await fixture<MentorFinder>(html`<mentor-finder lang="lv" src=${MENTORS_URL} endpoint=${ENDPOINT}></mentor-finder>`);
    const root = shadow(element);
    await waitUntil(() => root.querySelector('[part~="card"]') && root.querySelector('#filter-languages option + option'), 'no cards', { timeout: 5000 });
    await element.updateComplete;
    expect(root.querySelector('[part~="results-count"]')?.textContent?.trim()).to.equal('Atrasti 38 mentori');
    // Labels come with the language's chunk: the first card names its country and topics in Latvian.
    const first = root.querySelector('[part~="card"]')!;
    const mentors = (await (await fetch(MENTORS_URL)).json()) as PublicMentor[];
    const shown = mentors.find((mentor) => mentor.displayName === first.querySelector('[part~="name"]')?.textContent)!;
    expect(first.querySelector('[part~="place"]')?.textContent).to.contain(LV_LABELS.country[shown.country as keyof typeof LV_LABELS.country]);
    const tags = [...first.querySelectorAll('[part~="tag"]')].map((tag) => tag.textContent);
    expect(tags).to.deep.equal(shown.topics.map((topic) => LV_LABELS.topic[topic as keyof typeof LV_LABELS.topic]));

    (root.querySelector('#tab-match') as HTMLElement).click();
    await element.updateComplete;
    (root.querySelector('.match-form button[type="submit"]') as HTMLElement).click();
    await waitUntil(() => root.querySelector('.match-results [part~="card"]'), 'no ranked mentors', { timeout: 5000 });

    (root.querySelector('[part~="contact-button"]') as HTMLElement).click();
    const dialog = root.querySelector('mentor-contact-dialog') as HTMLElement;
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'dialog did not open', { timeout: 5000 });
    (dialog.shadowRoot?.querySelector('button[type="submit"]') as HTMLElement).click();
    await waitUntil(() => dialog.shadowRoot?.querySelector('[part~="alert"]')?.textContent?.trim(), 'no validation errors', { timeout: 5000 });

    const resources = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= start)
      .map((entry) => new URL(entry.name));
    expect(resources.every((url) => url.origin === location.origin), resources.join(' ')).to.equal(true);
    const paths = resources.map((url) => url.pathname);
    const chunks = paths.filter((path) => path !== MENTORS_URL);
    expect(paths).to.include(MENTORS_URL);
    expect(chunks.length, 'language, ranking and validation chunks').to.be.greaterThan(2);
    expect(chunks.filter((path) => !OWN_CHUNK.test(path)), 'requests other than the data and own chunks').to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });
});
